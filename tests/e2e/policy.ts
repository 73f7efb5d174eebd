/**
 * Writes a real managed-policy file, as IT's group policy would deliver it on Linux, and removes it afterwards.
 * Chromium merges every file in the folder for the whole machine: end-to-end files run one at a time
 * (vitest.config.ts), and every test that writes one removes it in afterEach/afterAll, also when it fails.
 */
import { accessSync, constants, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { chromiumPath } from '../../scripts/chromium.ts';
import { requirement, type Requirement } from './requirements.ts';

function policyDir(): string {
  const browser = chromiumPath();
  if (/google-chrome|opt\/google/.test(browser)) return '/etc/opt/chrome/policies/managed';
  if (/edge/.test(browser)) return '/etc/opt/edge/policies/managed';
  return '/etc/chromium/policies/managed';
}

export const POLICY_FILE = join(policyDir(), 'vardmoteskollen-test.json');

/**
 * The tests that write machine policy need root (CI and this kind of machine are root; a laptop usually is not):
 * `describe.skipIf(POLICY.skip)(POLICY.name('…'), …)`. Under CI a machine that cannot write it fails.
 */
export const POLICY: Requirement = requirement(
  canWritePolicy(),
  `writing ${dirname(POLICY_FILE)} needs root`,
);

/** Writing machine policy needs root (CI and this kind of machine are root; a laptop usually is not). */
export function canWritePolicy(): boolean {
  try {
    mkdirSync(dirname(POLICY_FILE), { recursive: true });
    accessSync(dirname(POLICY_FILE), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** The extension's 3rdparty policy, and any browser-level policies (e.g. ExtensionSettings) beside it. */
export function writePolicy(
  extensionId: string,
  extensionPolicy: unknown,
  browserPolicies: Record<string, unknown> = {},
): void {
  mkdirSync(dirname(POLICY_FILE), { recursive: true });
  const file = { ...browserPolicies, '3rdparty': { extensions: { [extensionId]: extensionPolicy } } };
  writeFileSync(POLICY_FILE, JSON.stringify(file, null, 2));
}

export function removePolicy(): void {
  rmSync(POLICY_FILE, { force: true });
}

/**
 * Asks Chromium to read the policy files again now, as chrome://policy's "Reload policies" button does; without it
 * Chromium notices a changed file by itself after a while.
 */
export async function reloadPolicies(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto('chrome://policy');
    await page.locator('#reload-policies').click();
    await page.waitForTimeout(500);
  } finally {
    await page.close();
  }
}
