/**
 * Children benchmark (part of `npm run bench`): what the children check costs on the main thread, in headless
 * Chromium with the built extension against the replica portals. The check reads the patient field on every change
 * of the page (lib/checks/children/patient.ts) and leaves each reading on the page's performance timeline as
 * `vmk-children:read`, collected here by a PerformanceObserver in the page:
 *   - on a child's case or conversation: readings until the hint shows and a second after, their total and longest;
 *   - on an inbox of 2 000 messages (no patient field, the deadlines check drawing its badges, the single-page app
 *     updating live): readings in the first 6 s, their total and longest.
 * Prints JSON lines; median (and max) over VMK_BENCH_ROUNDS page loads (default 5).
 */
import type { Page } from 'playwright-core';
import { buildIfNeeded } from './analyze.ts';
import { collectMeasured, medianAndMax as summary, warmUpExtension } from './benchmark-support.ts';
import { launchWithExtension } from './chromium.ts';
import { replicaOrigin, type ReplicaName } from '../tests/replicas/hosts.ts';
import { startReplicaServer } from '../tests/replicas/server.ts';

const ROUNDS = Number(process.env.VMK_BENCH_ROUNDS ?? 5);
const READ = 'vmk-children:read';

interface PageCase {
  name: string;
  replica: ReplicaName;
  path: string;
  /** Until when readings are counted, once the page has loaded. */
  settle: (page: Page) => Promise<void>;
}

const hintShown = async (page: Page) => {
  await page.locator('vmk-child-hint [data-vmk-child-hint]').waitFor({ timeout: 20_000 });
  await page.waitForTimeout(1000);
};

const CASES: PageCase[] = [
  { name: 'child_case_1177', replica: '1177', path: '/arende/104211', settle: hintShown },
  {
    name: 'child_conversation_vardochhalsa',
    replica: 'vardochhalsa',
    path: '/meddelanden/c3106',
    settle: hintShown,
  },
  {
    name: 'inbox_1177',
    replica: '1177',
    path: '/arenden?rows=2000',
    settle: (page) => page.waitForTimeout(6000),
  },
  {
    name: 'inbox_vardochhalsa',
    replica: 'vardochhalsa',
    path: '/meddelanden?rows=2000',
    settle: (page) => page.waitForTimeout(6000),
  },
];

buildIfNeeded();
const server = await startReplicaServer({ port: 0, latencyMs: { min: 50, max: 50 } });
const browser = await launchWithExtension();
try {
  await warmUpExtension(browser.context, server.port);
  for (const pageCase of CASES) {
    const counts: number[] = [];
    const totals: number[] = [];
    const longest: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const page = await browser.context.newPage();
      await page.addInitScript(collectMeasured, [READ]);
      await page.goto(`${replicaOrigin(pageCase.replica, server.port)}${pageCase.path}`);
      await pageCase.settle(page);
      const reads = await page.evaluate((name) => window.__vmkMeasured?.[name] ?? [], READ);
      counts.push(reads.length);
      totals.push(reads.reduce((sum, duration) => sum + duration, 0));
      longest.push(Math.max(0, ...reads));
      await page.close();
    }
    console.log(
      JSON.stringify({
        bench: `children.${pageCase.name}`,
        unit: 'ms',
        reads: summary(counts),
        total: summary(totals),
        longest: summary(longest),
        runs: ROUNDS,
      }),
    );
  }
} finally {
  await browser.close();
  await server.close();
}
