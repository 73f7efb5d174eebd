import { browser } from 'wxt/browser';
import { t } from '../../i18n';
import { builtInMatchPatterns, patternsInEffect } from '../../portals/resolve';
import { loadSettings, watchSettings } from '../../settings/store';
import {
  INSERT_COMMAND,
  MENU_ITEM_ID,
  isOpenOptionsRequest,
  type SignatureBackgroundToContent,
} from './messages';
import { logError } from '../../log';

/**
 * The signature's browser-level triggers: the keyboard shortcut (manifest `commands`, rebindable by the clinician
 * at chrome://extensions/shortcuts) and the context-menu item on editable fields of portal pages. Both only pass
 * the request on to the content script of the tab (and frame) it came from, which does the insertion.
 */
async function documentPatterns(): Promise<{ visible: boolean; patterns: string[] }> {
  const { settings } = await loadSettings();
  const fromPolicy = patternsInEffect(settings);
  return {
    visible: settings.checks.signature.enabled,
    patterns: [...new Set([...builtInMatchPatterns(), ...fromPolicy])],
  };
}

async function createMenu(): Promise<void> {
  const { visible, patterns } = await documentPatterns();
  await browser.contextMenus.remove(MENU_ITEM_ID).catch(() => undefined);
  await new Promise<void>((resolve, reject) =>
    browser.contextMenus.create(
      {
        id: MENU_ITEM_ID,
        title: t('signatureMenuItem'),
        contexts: ['editable'],
        documentUrlPatterns: patterns,
        visible,
      },
      () => (browser.runtime.lastError ? reject(new Error(browser.runtime.lastError.message)) : resolve()),
    ),
  );
}

/** A policy or settings change: the item follows the check's switch and the portals' addresses. */
async function updateMenu(): Promise<void> {
  const { visible, patterns } = await documentPatterns();
  try {
    await browser.contextMenus.update(MENU_ITEM_ID, { visible, documentUrlPatterns: patterns });
  } catch {
    await createMenu(); // the worker woke before the item was made
  }
}

async function sendInsert(tabId: number, via: SignatureBackgroundToContent['via'], frameId?: number) {
  const message: SignatureBackgroundToContent = { type: 'signature:insert', via };
  try {
    await browser.tabs.sendMessage(tabId, message, frameId === undefined ? undefined : { frameId });
  } catch {
    // No content script there (not a portal page, or the check is off): nothing to sign.
  }
}

function logged(promise: Promise<unknown>): void {
  promise.catch((error: unknown) => logError('signature', error));
}

export function setUpSignatureTriggers(): void {
  browser.runtime.onInstalled.addListener(() => logged(createMenu()));
  browser.runtime.onStartup.addListener(() => logged(createMenu()));
  watchSettings(() => logged(updateMenu()), new AbortController().signal);

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ITEM_ID || tab?.id === undefined) return;
    logged(sendInsert(tab.id, 'contextMenu', info.frameId));
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== INSERT_COMMAND) return;
    const target = tab?.id
      ? Promise.resolve(tab.id)
      : browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => active?.id);
    logged(target.then((tabId) => (tabId === undefined ? undefined : sendInsert(tabId, 'command', 0))));
  });

  browser.runtime.onMessage.addListener((message) => {
    if (isOpenOptionsRequest(message)) logged(browser.runtime.openOptionsPage());
    return undefined;
  });
}
