import { browser } from 'wxt/browser';
import { loadSettings } from '../settings/store';
import { isMappingMessage, OPTIONS_ANCHOR, type ShowExportMessage } from './messages';
import { openMappingInTab } from './open';

/** The shortcut (no key by default): the assistant on the page in front, unless IT switched it off. */
async function openFromShortcut(): Promise<void> {
  const { settings } = await loadSettings();
  if (settings.portals.mappingAssistant === false) return;
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (tab?.id !== undefined) await openMappingInTab(tab.id);
}

/**
 * The overlay's "Export" opens the options page at the assistant's section (a tab cannot open it itself); the
 * shortcut opens the overlay.
 */
export function setUpMapping(): void {
  browser.commands.onCommand.addListener((command) => {
    if (command === 'open-mapping') void openFromShortcut().catch(() => undefined);
  });
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if (sender.id !== browser.runtime.id || !sender.tab) return undefined;
    if (!isMappingMessage<ShowExportMessage>(raw, 'mapping:show-export')) return undefined;
    void browser.tabs.create({ url: browser.runtime.getURL(`/options.html#${OPTIONS_ANCHOR}`) });
    return undefined;
  });
}
