import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasContentScriptWorld } from '../../scripts/content-script-world.ts';
import { startSession, type E2eSession } from './harness.ts';
import { POLICY, removePolicy, writePolicy } from './policy.ts';

const PORTAL_PAGES = [
  { replica: '1177', portal: '1177' },
  { replica: 'vardochhalsa', portal: 'vardochhalsa' },
  { replica: 'sob', portal: 'sob' },
] as const;

let session: E2eSession;

beforeAll(async () => {
  removePolicy();
  session = await startSession();
});
afterAll(async () => {
  removePolicy();
  await session?.close();
});

async function presenceMark(page: Page) {
  return page.locator('vmk-presence');
}

describe('the extension on the replica portals', () => {
  for (const { replica, portal } of PORTAL_PAGES) {
    it(`shows its mark in a shadow root on ${replica}`, async () => {
      const page = await session.newPage();
      await page.goto(session.url(replica));
      expect(await hasContentScriptWorld(page, session.extensionId)).toBe(true);
      const mark = await presenceMark(page);
      await expect.poll(() => mark.getAttribute('data-vmk-presence'), { timeout: 10_000 }).toBe(portal);
      // The mark's text lives inside the shadow root, not in the host page's DOM.
      expect(
        await page.evaluate(() => document.querySelector('vmk-presence')?.shadowRoot?.textContent),
      ).toContain('Vårdmöteskollen');
      expect(await page.evaluate(() => document.body.innerText)).not.toContain('Vårdmöteskollen är aktiv');
      await page.close();
    });
  }

  it('stays off a site that is not a portal', async () => {
    const page = await session.newPage();
    await page.goto(session.url('other'));
    // Loaded, and the extension's content script was never injected (not merely not yet).
    expect(await hasContentScriptWorld(page, session.extensionId)).toBe(false);
    expect(await page.locator('vmk-presence').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-vmk-portal'))).toBe(false);
    await page.close();
  });
});

describe.skipIf(POLICY.skip)(POLICY.name('managed policy from a real policy file'), () => {
  afterEach(() => removePolicy());

  it('switches the check off, and on again, without a browser restart', async () => {
    const page = await session.newPage();
    await page.goto(session.url('1177'));
    await expect.poll(() => page.locator('vmk-presence').count(), { timeout: 10_000 }).toBe(1);

    writePolicy(session.extensionId, { checks: { presence: { enabled: false } } });
    await expect.poll(() => page.locator('vmk-presence').count(), { timeout: 20_000, interval: 500 }).toBe(0);

    removePolicy();
    await expect.poll(() => page.locator('vmk-presence').count(), { timeout: 20_000, interval: 500 }).toBe(1);
    await page.close();
  });

  it('applies the good fields of a malformed policy, keeps defaults for the rest, and lists each problem', async () => {
    writePolicy(session.extensionId, {
      profile: { hospital: 'Södra Älvsborgs Sjukhus', unit: 'Barnmottagningen' },
      // A wrong type: Chromium drops the whole top-level group `checks` (measured), so presence stays on.
      checks: { presence: { enabled: 'nej' } },
      portals: {
        // Right types, nonsense values: they reach the extension, which refuses them field by field.
        '1177': { selectors: { messageRow: ['tr[[trasig'] }, urlPatterns: ['inte ett mönster'] },
        okandPortal: { enabled: false }, // unknown portal: Chromium drops the key
      },
      okandNyckel: true, // unknown key: Chromium drops it
    });
    const options = await session.newPage();
    await options.goto(session.extensionUrl('options.html'));
    const inEffect = options.locator('[data-vmk-policy-field="profile.hospital"]');
    await expect.poll(() => inEffect.count(), { timeout: 20_000, interval: 500 }).toBe(1);
    expect(
      await options
        .locator('[data-vmk-policy-field]')
        .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-vmk-policy-field'))),
    ).toEqual(['profile.hospital', 'profile.unit']);

    // What reached the extension but was not usable is listed, with the reason, in Swedish.
    const problems = await options
      .locator('[data-vmk-problem]')
      .evaluateAll((rows) =>
        rows.map((row) => [row.getAttribute('data-vmk-problem'), (row as HTMLElement).innerText]),
      );
    expect(problems.map(([path]) => path).sort()).toEqual([
      'portals.1177.selectors.messageRow.0',
      'portals.1177.urlPatterns.0',
    ]);
    expect(problems.find(([path]) => path?.includes('messageRow'))?.[1]).toContain(
      'inte en giltig CSS-väljare',
    );
    expect(problems.find(([path]) => path?.includes('urlPatterns'))?.[1]).toContain(
      'inte ett giltigt URL-mönster',
    );

    // The fields set by policy are locked; the others stay editable.
    expect(await options.locator('#profile-hospital').isDisabled()).toBe(true);
    expect(await options.locator('#profile-hospital').inputValue()).toBe('Södra Älvsborgs Sjukhus');
    expect(await options.locator('#profile-phone').isDisabled()).toBe(false);
    expect(await options.locator('#check-presence').isDisabled()).toBe(false);

    // The portal still works on its built-in patterns and selectors, and the check on its default.
    const page = await session.newPage();
    await page.goto(session.url('1177'));
    await expect.poll(() => page.locator('vmk-presence').count(), { timeout: 10_000 }).toBe(1);
    await Promise.all([page.close(), options.close()]);
  });
});

describe('privacy', () => {
  it('sent no request off the computer during the whole run', () => {
    expect(session.requests.length).toBeGreaterThan(0);
    expect(session.outsideRequests()).toEqual([]);
  });
});
