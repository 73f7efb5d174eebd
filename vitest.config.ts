import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * One command, three tiers: `unit` (logic and portal fixtures, WXT's fake browser) and `e2e` (the built extension
 * in a real Chromium against the replica portals). End-to-end files run one at a time: they share the machine's
 * managed-policy folder and its two cores.
 */
export default defineConfig({
  test: {
    // The usual report, then the tests skipped and why (a machine without root or without a virtual display).
    reporters: ['default', './tests/skipped-reporter.ts'],
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}', 'lib/**/*.test.{ts,tsx}'],
          environment: 'node',
          restoreMocks: true,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // What a test waits for crosses processes (page, content script, service worker, storage): on two busy
          // cores that can take more than the default second without anything being wrong.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
