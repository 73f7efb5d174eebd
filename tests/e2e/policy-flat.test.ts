/**
 * IT's policy in the flat form, through real policy files: a value of the wrong type costs only its own key (the
 * rest stays in effect and locked, and the options page names the key that did not arrive); values of the right
 * type but harmful content are listed with their key and reason; a policy of ten thousand list entries and
 * megabyte texts leaves the options page and the portal pages working.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type E2eSession } from './harness.ts';
import { POLICY, reloadPolicies, removePolicy, writePolicy } from './policy.ts';
import { CONTENT_CASES, SAMPLE, samplePolicy } from './policy-flat-support.ts';

declare const chrome: { storage: { managed: { get(keys: null): Promise<Record<string, unknown>> } } };

let session: E2eSession;
let options: Page;

async function deliver(policy: unknown): Promise<void> {
  writePolicy(session.extensionId, policy);
  await reloadPolicies(session.browser.context);
}

async function managed(): Promise<Record<string, unknown>> {
  return (await session.browser.serviceWorker?.evaluate(() => chrome.storage.managed.get(null))) ?? {};
}

function rows(mark: string): Promise<string[]> {
  return options
    .locator(`[${mark}]`)
    .evaluateAll((found, name) => found.map((row) => row.getAttribute(name) ?? ''), mark);
}

async function reasonOf(mark: string, key: string): Promise<string> {
  return options.locator(`[${mark}="${key}"]`).innerText();
}

describe.skipIf(POLICY.skip)(POLICY.name('the flat policy form, from real policy files'), () => {
  beforeAll(async () => {
    removePolicy();
    session = await startSession();
    options = await session.newPage();
  });
  afterEach(() => removePolicy());
  afterAll(async () => {
    removePolicy();
    await session?.close();
  });

  it.each(SAMPLE.map(({ key }) => key))('one wrong type in %s costs only that key', async (wrongKey) => {
    await deliver(samplePolicy(wrongKey));
    const others = SAMPLE.map(({ key }) => key).filter((key) => key !== wrongKey);
    // Chromium drops the wrong value alone: every other key arrives.
    await expect
      .poll(async () => Object.keys(await managed()).sort(), { timeout: 20_000, interval: 500 })
      .toEqual([...others, 'policy.expectedKeys'].sort());

    await options.goto(session.extensionUrl('options.html'));
    // The options page names the key that did not arrive, and nothing else.
    await expect.poll(() => rows('data-vmk-policy-warning'), { timeout: 10_000 }).toEqual([wrongKey]);
    expect(await reasonOf('data-vmk-policy-warning', wrongKey)).toContain('nådde inte tillägget');
    expect(await rows('data-vmk-problem')).toEqual([]);
    // The rest is in effect (listed field by field; a map by its entries).
    const inEffect = await rows('data-vmk-policy-field');
    for (const key of others)
      expect(
        inEffect.some((field) => field.startsWith(key)),
        key,
      ).toBe(true);
    expect(inEffect.some((field) => field.startsWith(wrongKey))).toBe(false);

    // Locked where set, the clinician's (default) where dropped.
    const hospital = options.locator('#profile-hospital');
    const signature = options.locator('#check-signature');
    if (wrongKey === 'profile.hospital') {
      expect(await hospital.isDisabled()).toBe(false);
      expect(await hospital.inputValue()).toBe('');
    } else {
      expect(await hospital.isDisabled()).toBe(true);
      expect(await hospital.inputValue()).toBe('Södra Älvsborgs Sjukhus');
    }
    expect(await signature.isDisabled()).toBe(wrongKey !== 'checks.signature.enabled');
    expect(await signature.isChecked()).toBe(wrongKey === 'checks.signature.enabled');
  });

  it('still applies the nested form, and lists it as a warning', async () => {
    await deliver({ profile: { unit: 'Barnmottagningen' }, 'profile.hospital': 'SÄS' });
    await options.goto(session.extensionUrl('options.html'));
    await expect
      .poll(() => rows('data-vmk-policy-warning'), { timeout: 20_000, interval: 500 })
      .toEqual(['profile']);
    expect(await reasonOf('data-vmk-policy-warning', 'profile')).toContain('nästlad form');
    expect(await options.locator('#profile-unit').inputValue()).toBe('Barnmottagningen');
    expect(await options.locator('#profile-unit').isDisabled()).toBe(true);
    expect(await options.locator('#profile-hospital').inputValue()).toBe('SÄS');
  });

  it('lists each value it refuses with its key and reason; 10 000 entries and 1 MB texts leave the pages working', async () => {
    const policy: Record<string, unknown> = Object.fromEntries(
      CONTENT_CASES.map(({ key, value }) => [key, value]),
    );
    policy['profile.hospital'] = 'Södra Älvsborgs Sjukhus';
    await deliver(policy);
    await expect
      .poll(async () => Object.keys(await managed()).length, { timeout: 30_000, interval: 500 })
      .toBe(CONTENT_CASES.length + 1);

    await options.goto(session.extensionUrl('options.html'));
    await expect
      .poll(async () => (await rows('data-vmk-problem')).sort(), { timeout: 20_000, interval: 500 })
      .toEqual(CONTENT_CASES.map(({ key }) => key).sort());
    for (const { key, says } of CONTENT_CASES) {
      expect(await reasonOf('data-vmk-problem', key), key).toContain(says);
    }
    // Each fell back alone: the hospital is in effect and locked, the unit is the clinician's to fill in.
    expect(await options.locator('#profile-hospital').inputValue()).toBe('Södra Älvsborgs Sjukhus');
    expect(await options.locator('#profile-unit').isDisabled()).toBe(false);
    // The page still answers: a script runs and a click is handled.
    expect(await options.evaluate(() => document.title.length >= 0, undefined)).toBe(true);
    await options.locator('#profile-phone').click({ timeout: 20_000 });
    await options.locator('#profile-phone').fill('033-61 61 00', { timeout: 20_000 });

    for (const replica of ['1177', 'vardochhalsa', 'sob'] as const) {
      const page = await session.newPage();
      await page.goto(session.url(replica));
      await expect.poll(() => page.locator('vmk-presence').count(), { timeout: 20_000 }).toBe(1);
      expect(await page.evaluate(() => document.readyState)).toBe('complete');
      await page.close();
    }
  });
});
