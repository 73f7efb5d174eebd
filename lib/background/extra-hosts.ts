import { browser } from 'wxt/browser';
import { builtInMatchPatterns } from '../portals/resolve';
import { PORTAL_IDS } from '../portals/types';
import { loadSettings } from '../settings/store';

/**
 * IT may point a portal at a host the manifest does not list (a test environment, a new address) through policy
 * `portals.<id>.urlPatterns`. The manifest's content script only matches the known portals (least privilege), so
 * such a host needs the clinician's one-time permission (options page) and a content script registered at run time.
 */
export const EXTRA_SCRIPT_ID = 'vmk-extra-hosts';

export async function policyPatternsOutsideManifest(): Promise<string[]> {
  const { settings } = await loadSettings();
  const builtIn = new Set(builtInMatchPatterns());
  const wanted = PORTAL_IDS.flatMap((id) => settings.portals[id].urlPatterns ?? []);
  return [...new Set(wanted)].filter((pattern) => !builtIn.has(pattern));
}

/** Patterns named by policy that still lack the host permission. */
export async function patternsAwaitingPermission(): Promise<string[]> {
  const patterns = await policyPatternsOutsideManifest();
  const missing: string[] = [];
  for (const pattern of patterns) {
    if (!(await browser.permissions.contains({ origins: [pattern] }))) missing.push(pattern);
  }
  return missing;
}

/** Registers (or unregisters) the content script for the extra hosts that have permission. */
export async function syncExtraHostScripts(): Promise<string[]> {
  const patterns = await policyPatternsOutsideManifest();
  const granted: string[] = [];
  for (const pattern of patterns) {
    if (await browser.permissions.contains({ origins: [pattern] })) granted.push(pattern);
  }
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [EXTRA_SCRIPT_ID] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [EXTRA_SCRIPT_ID] });
  if (granted.length > 0) {
    await browser.scripting.registerContentScripts([
      {
        id: EXTRA_SCRIPT_ID,
        matches: granted,
        js: ['content-scripts/portal.js'],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  }
  return granted;
}

export function watchExtraHosts(): void {
  const sync = () =>
    void syncExtraHostScripts().catch((error: unknown) =>
      console.warn('[vardmoteskollen:extra-hosts]', error),
    );
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') sync();
  });
}
