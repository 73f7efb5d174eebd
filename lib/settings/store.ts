import { browser } from 'wxt/browser';
import { resolveSettings, deepMerge, type ResolvedSettings } from './effective';

/** The clinician's own choices (a partial settings object) in storage.local. Never patient data. */
export const USER_SETTINGS_KEY = 'settings';

/** IT's policy as Chromium delivered it (values that failed the manifest's managed_schema never arrive). */
export async function readPolicy(): Promise<Record<string, unknown>> {
  try {
    return (await browser.storage.managed.get(null)) ?? {};
  } catch {
    // No managed storage (another browser, or no schema): no policy.
    return {};
  }
}

export async function readUserSettings(): Promise<unknown> {
  const stored = await browser.storage.local.get(USER_SETTINGS_KEY);
  return stored[USER_SETTINGS_KEY] ?? {};
}

export async function loadSettings(): Promise<ResolvedSettings> {
  const [policy, user] = await Promise.all([readPolicy(), readUserSettings()]);
  return resolveSettings(policy, user);
}

/** Merges a partial change into the clinician's stored settings. */
export async function saveUserSettings(change: Record<string, unknown>): Promise<void> {
  const current = await readUserSettings();
  const base = typeof current === 'object' && current !== null ? (current as Record<string, unknown>) : {};
  await browser.storage.local.set({ [USER_SETTINGS_KEY]: deepMerge(base, change) });
}

/** Calls `onChange` when the policy or the clinician's settings change, until `signal` aborts. */
export function watchSettings(onChange: () => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' || (area === 'local' && USER_SETTINGS_KEY in changes)) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
