import { browser } from 'wxt/browser';
import { builtInMatchPatterns, matchesUrl, patternsInEffect } from '../portals/resolve';
import { loadSettings } from '../settings/store';
import { DRAFT_KEY, readDraft, withDraft } from '../mapping/draft';
import { logError } from '../log';

/**
 * Addresses IT adds by policy (`portals.<id>.urlPatterns`, `portals.custom.<id>.urlPatterns`) that the manifest's
 * content script does not match: the content script is registered for them at run time and put into the tabs
 * already open on them, as soon as the policy arrives. No click is needed where the extension holds the host
 * permission: a force-installed copy is granted the manifest's `host_permissions` at install (narrowed by IT with
 * ExtensionSettings `runtime_blocked_hosts`); a copy installed by hand whose site access the clinician restricted
 * asks once on the options page (patternsAwaitingPermission).
 */
export const EXTRA_SCRIPT_ID = 'vmk-extra-hosts';
const CONTENT_SCRIPT = 'content-scripts/portal.js';

export async function policyPatternsOutsideManifest(): Promise<string[]> {
  // The administrator's local draft (lib/mapping/draft.ts) counts as policy in this browser.
  const [{ settings: loaded }, draft] = await Promise.all([loadSettings(), readDraft()]);
  const settings = withDraft(loaded, draft);
  const builtIn = new Set(builtInMatchPatterns());
  return patternsInEffect(settings).filter((pattern) => !builtIn.has(pattern));
}

async function granted(pattern: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [pattern] });
  } catch {
    return false;
  }
}

/** Patterns named by policy that still lack the host permission. */
export async function patternsAwaitingPermission(): Promise<string[]> {
  const missing: string[] = [];
  for (const pattern of await policyPatternsOutsideManifest()) {
    if (!(await granted(pattern))) missing.push(pattern);
  }
  return missing;
}

/**
 * Puts the content script into the open tabs on `patterns` that do not run it yet (a tab that runs it follows
 * policy changes by itself). The probe runs in the extension's isolated world, which the page cannot see.
 */
async function injectIntoOpenTabs(patterns: readonly string[]): Promise<number> {
  if (patterns.length === 0) return 0;
  let injected = 0;
  for (const tab of await browser.tabs.query({})) {
    if (tab.id === undefined || !tab.url || !matchesUrl(patterns, tab.url)) continue;
    try {
      const [probe] = await browser.scripting.executeScript({
        target: { tabId: tab.id },
        func: () => Boolean((globalThis as { vmkPortalHost?: boolean }).vmkPortalHost),
      });
      if (probe?.result === true) continue;
      await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [`/${CONTENT_SCRIPT}`] });
      injected += 1;
    } catch {
      // A tab the extension may not touch (a blocked host, an error page): it gets the script on its next load.
    }
  }
  return injected;
}

/** Registers the content script for the policy's extra hosts that have permission, and reaches the open tabs. */
export async function syncExtraHostScripts(): Promise<string[]> {
  const live: string[] = [];
  for (const pattern of await policyPatternsOutsideManifest()) {
    if (await granted(pattern)) live.push(pattern);
  }
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [EXTRA_SCRIPT_ID] });
  const before = existing[0]?.matches ?? [];
  const same = before.length === live.length && before.every((pattern) => live.includes(pattern));
  if (!same) {
    if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [EXTRA_SCRIPT_ID] });
    if (live.length > 0) {
      await browser.scripting.registerContentScripts([
        {
          id: EXTRA_SCRIPT_ID,
          matches: live,
          js: [CONTENT_SCRIPT],
          runAt: 'document_idle',
          persistAcrossSessions: true,
        },
      ]);
    }
  }
  await injectIntoOpenTabs(live);
  return live;
}

export function watchExtraHosts(): void {
  let queue = Promise.resolve();
  const sync = () => {
    // One sync at a time: a policy refresh and a permission change can arrive together.
    queue = queue
      .then(() => syncExtraHostScripts())
      .then(
        () => undefined,
        (error: unknown) => logError('extra-hosts', error),
      );
  };
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed' || (area === 'local' && DRAFT_KEY in changes)) sync();
  });
  // The worker also starts for other reasons (a message, an alarm): make sure the registration matches policy.
  sync();
}
