import { browser } from 'wxt/browser';
import { isMappingMessage, OPTIONS_ANCHOR, type ShowExportMessage } from './messages';

/** The overlay's "Export" opens the options page at the assistant's section (a tab cannot open it itself). */
export function setUpMapping(): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if (sender.id !== browser.runtime.id || !sender.tab) return undefined;
    if (!isMappingMessage<ShowExportMessage>(raw, 'mapping:show-export')) return undefined;
    void browser.tabs.create({ url: browser.runtime.getURL(`/options.html#${OPTIONS_ANCHOR}`) });
    return undefined;
  });
}
