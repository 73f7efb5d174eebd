/**
 * Answer deadlines on a computer whose clock is behind the portal's: Chromium's clock is set three days and an hour
 * behind the replica portals' (libfaketime, in the browser's processes only), as on a computer whose clock has
 * stopped or lost its time. The 1177 list shows its arrivals in every form it has (machine-readable `<time>`, dates
 * with and without a year): the badges must give each message its real due time, never invent an overdue message
 * or say a readable date cannot be read, and the popup must say that the clock seems wrong.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { oracleDue } from './due-oracle.ts';
import { copyOfBuiltExtension } from './checklist-support.ts';
import { startSession, type E2eSession } from './harness.ts';

const BEHIND_SECONDS = (3 * 24 + 1) * 3600;
const extension = copyOfBuiltExtension();
let session: E2eSession;
/** The 1177 list, kept open: the popup counts from what the open portal pages say of the clock. */
let portal: Page | undefined;

beforeAll(async () => {
  session = await startSession({ extensionDir: extension.dir, browserClockShiftSeconds: -BEHIND_SECONDS });
});
afterAll(async () => {
  await session?.close();
  extension.remove();
});

interface Arende {
  id: string;
  status: string;
  inkommet: string;
}

async function getJson<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (url) => (await fetch(url)).json(), path) as Promise<T>;
}

describe('a computer clock three days behind the portal', () => {
  it('the browser really is behind (the rest would prove nothing otherwise)', async () => {
    const page = await session.newPage();
    await page.goto(session.url('1177', '/arenden'));
    const behind = Date.now() - (await page.evaluate(() => Date.now()));
    expect(Math.abs(behind / 1000 - BEHIND_SECONDS)).toBeLessThan(60);
    await page.close();
  });

  it('badges every open 1177 message with its real due time, none unreadable, the newest not overdue', async () => {
    const page = await session.newPage();
    await page.goto(session.url('1177', '/arenden'));
    const arenden = await getJson<Arende[]>(page, '/api/arenden');
    const open = arenden.filter((a) => a.status === 'obesvarat');
    await expect.poll(() => page.locator('vmk-deadline').count(), { timeout: 15_000 }).toBe(open.length);
    const badges = await page.evaluate(() =>
      [...document.querySelectorAll('vmk-deadline')].map((host) => ({
        id: host.closest('tr')?.getAttribute('data-arende-id') ?? '',
        level: host.getAttribute('data-vmk-deadlines-level'),
        due: host.getAttribute('data-vmk-due'),
        text: host.shadowRoot?.textContent ?? '',
      })),
    );
    // The page learns the portal's time from its machine-readable arrivals as it reads them; the badges drawn
    // before that are redrawn, so the final state is what counts.
    const want = new Map(open.map((a) => [a.id, oracleDue(new Date(a.inkommet)).iso]));
    expect(badges.map((badge) => [badge.id, badge.due]).sort()).toEqual([...want.entries()].sort());
    for (const badge of badges) {
      expect(badge.level, `${badge.id}: ${badge.text}`).not.toBe('unreadable');
      expect(badge.level, `${badge.id}: ${badge.text}`).not.toBe('untrusted');
    }
    const newest = open.reduce((a, b) => (Date.parse(a.inkommet) > Date.parse(b.inkommet) ? a : b));
    const newestBadge = badges.find((badge) => badge.id === newest.id);
    expect(newestBadge?.level).toBe('green');
    expect(newestBadge?.text).not.toMatch(/Försenat/);
    portal = page;
  });

  it('the popup says once, while the portal is open, that the computer’s clock seems to be behind, and by at least how much', async () => {
    expect(portal?.isClosed()).toBe(false);
    const popup = await session.newPage();
    await popup.goto(session.extensionUrl('popup.html'));
    const notice = popup.locator('[data-vmk-section="deadlines"] [data-vmk-deadlines-clock]');
    await expect.poll(() => notice.count()).toBe(1);
    // Three days and an hour behind, less the 25 minutes since the newest message came: at least 3 days.
    expect(await notice.innerText()).toMatch(/^Datorns klocka verkar gå efter med minst 3 dygn\./);
    await popup.close();
    await portal?.close();
  });

  it('sent no request off the computer', () => {
    expect(session.outsideRequests()).toEqual([]);
  });
});
