import { browser } from 'wxt/browser';
import type { OpenMappingMessage } from './messages';

const CONTENT_SCRIPT = '/content-scripts/portal.js';

export type OpenResult = 'opened' | 'not-a-web-page' | 'no-access';

/**
 * Opens the inspect overlay in a tab, from the popup or the options page. A page no portal matches yet has no
 * content script: it is put in now (the extension holds the host permission: force-installed, or granted at
 * install), where it finds no portal and only waits for the overlay.
 */
export async function openMappingInTab(tabId: number): Promise<OpenResult> {
  const tab = await browser.tabs.get(tabId);
  if (!tab.url || !/^https?:/.test(tab.url)) return 'not-a-web-page';
  try {
    const [probe] = await browser.scripting.executeScript({
      target: { tabId },
      func: () => Boolean((globalThis as { vmkPortalHost?: boolean }).vmkPortalHost),
    });
    if (probe?.result !== true)
      await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
  } catch {
    return 'no-access';
  }
  // The script just put in starts listening within moments: ask again a few times.
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      await browser.tabs.sendMessage(tabId, { type: 'mapping:open' } satisfies OpenMappingMessage);
      await browser.tabs.update(tabId, { active: true });
      return 'opened';
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }
  return 'no-access';
}

/** The web pages open now that the overlay can be opened in (title and address, for the options page's list). */
export async function mappableTabs(): Promise<{ id: number; title: string; url: string }[]> {
  const tabs = await browser.tabs.query({});
  return tabs
    .filter((tab) => tab.id !== undefined && tab.url && /^https?:/.test(tab.url))
    .map((tab) => ({ id: tab.id!, title: tab.title ?? '', url: tab.url! }));
}
