/**
 * The toolbar count and the popup's list of answer deadlines, in a browser of its own: this file opens the three
 * replica portals' lists itself, so what it expects does not depend on other tests. Which messages are overdue or
 * due today depends on the moment (on a Monday morning the oldest open 1177 message may not be due yet, on the
 * first weekend of a year none may be), so the expectation is worked out for the moment it is checked, by the
 * tests' own working of the rule (./due-oracle.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { badgeText, copyOfBuiltExtension, setStorageFromWorker } from './checklist-support.ts';
import { oracleDue, swedishDate, type OracleDue } from './due-oracle.ts';
import { startSession, type E2eSession } from './harness.ts';

/** The toolbar icon's API, as the service worker sees it (evaluated there). */
declare const chrome: {
  action: { getBadgeText(details: object): Promise<string>; getTitle(details: object): Promise<string> };
};

const extension = copyOfBuiltExtension();
let session: E2eSession;

beforeAll(async () => {
  session = await startSession({ extensionDir: extension.dir });
});
afterAll(async () => {
  await session?.close();
  extension.remove();
});

/** The open messages the lists showed, by portal name. */
const shown: { portal: string; due: OracleDue }[] = [];

async function getJson<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (url) => (await fetch(url)).json(), path) as Promise<T>;
}

/** Opens a list and waits for its badges: one per open message. */
async function showList(page: Page, url: string, open: number): Promise<void> {
  await page.goto(url);
  await expect.poll(() => page.locator('vmk-deadline').count(), { timeout: 15_000 }).toBe(open);
}

/** The portal names of the shown messages overdue or due today, now, one per message, sorted. */
function countedNow(): string[] {
  const today = swedishDate(new Date());
  return shown
    .filter(({ due }) => due.at.getTime() <= Date.now() || due.day <= today)
    .map(({ portal }) => portal)
    .sort();
}

describe('across portals', () => {
  it('shows the open messages of the three portals', async () => {
    const page = await session.newPage();
    await page.goto(session.url('1177', '/arenden'));
    const arenden = (await getJson<{ status: string; inkommet: string }[]>(page, '/api/arenden')).filter(
      (a) => a.status === 'obesvarat',
    );
    await showList(page, session.url('1177', '/arenden'), arenden.length);
    for (const a of arenden)
      shown.push({ portal: '1177 Personalverktyget', due: oracleDue(new Date(a.inkommet)) });

    await page.goto(session.url('vardochhalsa', '/meddelanden'));
    const inbox = await getJson<{ items: { status: string; receivedAt: string }[] }>(
      page,
      '/api/conversations?inbox=mine',
    );
    const conversations = inbox.items.filter((c) => c.status === 'open');
    await showList(page, session.url('vardochhalsa', '/meddelanden'), conversations.length);
    for (const c of conversations)
      shown.push({ portal: 'Vård och hälsa', due: oracleDue(new Date(c.receivedAt)) });

    for (const momentId of ['2041', '2042', '2043']) {
      await page.goto(session.url('sob', `/moment/${momentId}`));
      const moment = await getJson<{
        svarstidVardagar: number;
        meddelanden: { direction: string; status: string | null; at: string }[];
      }>(page, `/api/moment/${momentId}`);
      const open = moment.meddelanden.filter((m) => m.direction === 'in' && m.status === 'obesvarat');
      await showList(page, session.url('sob', `/moment/${momentId}`), open.length);
      for (const m of open) {
        shown.push({
          portal: 'Stöd och behandling',
          due: oracleDue(new Date(m.at), moment.svarstidVardagar),
        });
      }
    }
    expect(new Set(shown.map(({ portal }) => portal)).size).toBe(3);
    await page.close();
  });

  it('the toolbar counts those overdue or due today, and the popup lists them with a link back', async () => {
    // Worked out at each look: a run may cross 17:00 or midnight. None due: the icon is blank.
    const wanted = () => (countedNow().length > 0 ? String(countedNow().length) : '');
    await expect
      .poll(async () => ({ shown: await badgeText(session), counted: wanted() }), { timeout: 15_000 })
      .toSatisfy(({ shown, counted }) => shown === counted);

    const popup = await session.newPage();
    await popup.goto(session.extensionUrl('popup.html'));
    const entries = popup.locator('[data-vmk-section="deadlines"] [data-vmk-deadline-entry]');
    await expect.poll(() => entries.count(), { timeout: 10_000 }).toBe(countedNow().length);
    const listed = await entries.evaluateAll((items) =>
      items.map((item) => ({
        kind: item.getAttribute('data-vmk-deadline-entry'),
        portal: item.querySelector('a')?.textContent ?? '',
        href: item.querySelector('a')?.getAttribute('href') ?? '',
        text: (item as HTMLElement).innerText,
      })),
    );
    for (const entry of listed) {
      expect(entry.href).toMatch(
        /^http:\/\/(personal\.1177|vardochhalsa|sob)\.localhost:\d+\/(arende\/\d+|meddelanden\/\w+|moment\/\d+#meddelande-[\w-]+)$/,
      );
      expect(entry.text).toMatch(entry.kind === 'overdue' ? /Försenat sedan/ : /Besvaras senast idag/);
      expect(entry.text).toMatch(/Inkom /);
    }
    // Each portal as often as its messages counted now, none other.
    expect(listed.map((entry) => entry.portal).sort()).toEqual(countedNow());
    await popup.close();
  });

  it('still counts a meeting’s reminder raised while the popup opens on a slow computer', async () => {
    // The worst moment, made on purpose: the popup's reads of the browser's session storage (where the portals'
    // clock is kept, read before the deadlines are counted) answer two seconds late, as on a busy computer, and the
    // reminder is written as soon as the popup has first read the reminders (a call ending as the popup opens).
    const popup = await session.newPage();
    await popup.addInitScript(() => {
      type Get = (keys: unknown) => Promise<unknown>;
      type Storage = { local: { get: Get }; session: { get: Get } };
      const storage = (globalThis as unknown as { chrome: { storage: Storage } }).chrome.storage;
      const local = storage.local.get.bind(storage.local);
      const session = storage.session.get.bind(storage.session);
      let told = false;
      storage.local.get = (keys) => {
        if (keys === 'reminders:pending' && !told) {
          told = true;
          console.info('vmk-test: the popup read the reminders');
        }
        return local(keys);
      };
      storage.session.get = async (keys) => {
        const answer = await session(keys);
        await new Promise((resolve) => setTimeout(resolve, 2000));
        return answer;
      };
    });
    const readReminders = new Promise<void>((resolve) =>
      popup.on('console', (message) => {
        if (message.text() === 'vmk-test: the popup read the reminders') resolve();
      }),
    );
    const opening = popup.goto(session.extensionUrl('popup.html'));
    await readReminders;
    // Raised as the background raises it, by the browser's clock.
    const at = await session.browser.serviceWorker!.evaluate(() => Date.now());
    await setStorageFromWorker(session, {
      'reminders:pending': [{ kind: 'call', portal: 'vardochhalsa', at }],
    });
    await opening;
    // Once the popup has read the messages' store (its deadlines section shows then) and shows the reminder, the
    // icon counts both, and goes on doing so.
    await popup.locator('[data-vmk-section="deadlines"]').waitFor({ timeout: 30_000 });
    await popup.locator('[data-vmk-reminder="call"]').waitFor({ timeout: 30_000 });
    // The icon counts the deadlines the background counts (its tooltip says how many; worked out by the background
    // itself, so a run that crosses midnight cannot make it disagree) and the reminder, and goes on doing so.
    const icon = () =>
      session.browser.serviceWorker!.evaluate(async () => ({
        badge: await chrome.action.getBadgeText({}),
        title: await chrome.action.getTitle({}),
      }));
    const countsReminder = ({ badge, title }: { badge: string; title: string }) => {
      const deadlines = Number(/(\d+) meddelanden/.exec(title)?.[1] ?? 0);
      return badge === String(deadlines + 1) && title.includes('dokumentera mötet eller svaret');
    };
    await expect.poll(icon, { timeout: 10_000 }).toSatisfy(countsReminder);
    await popup.waitForTimeout(3000);
    expect(countsReminder(await icon())).toBe(true);

    await setStorageFromWorker(session, { 'reminders:pending': [] });
    await popup.close();
  });

  it('sent no request off the computer', () => {
    expect(session.outsideRequests()).toEqual([]);
  });
});
