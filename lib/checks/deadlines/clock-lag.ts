import { browser } from 'wxt/browser';

/**
 * How far behind the portals' clock this computer's is, as the portal pages last said (`clockBehindMs` in
 * deadlines:seen), one number of milliseconds per tab: nothing about any message. In storage.session, so it is
 * gone when the browser closes; a tab's number goes when the tab does, and a page that has shown dated arrivals
 * replaces it (0 once the computer's clock is right again). The toolbar and the popup count from the computer's
 * clock plus the largest of them, since each is a lower bound.
 */
export const CLOCK_KEY = 'deadlines:clock';

type Lags = Record<string, number>;

async function readLags(): Promise<Lags> {
  try {
    const stored = (await browser.storage.session.get(CLOCK_KEY))[CLOCK_KEY];
    return typeof stored === 'object' && stored !== null ? (stored as Lags) : {};
  } catch {
    return {};
  }
}

/** At least how far behind the computer's clock is (0 when no page has shown it). */
export async function clockBehindMs(): Promise<number> {
  const lags = Object.values(await readLags()).filter((value) => Number.isFinite(value) && value > 0);
  return lags.length > 0 ? Math.max(...lags) : 0;
}

/** What the page in a tab last said; 0 forgets the tab. */
export async function rememberLag(tabId: number, behindMs: number): Promise<void> {
  const lags = await readLags();
  if (behindMs > 0) lags[tabId] = behindMs;
  else if (tabId in lags) delete lags[tabId];
  else return;
  await browser.storage.session.set({ [CLOCK_KEY]: lags });
}

export async function forgetTab(tabId: number): Promise<void> {
  await rememberLag(tabId, 0);
}
