import { browser } from 'wxt/browser';
import { resolveSettings, deepMerge, type ResolvedSettings } from './effective';

/** The clinician's own choices (a partial settings object) in storage.local. Never patient data. */
export const USER_SETTINGS_KEY = 'settings';

/** The last policy Chromium delivered, kept so that checks need not wait for the policy service at start-up. */
export const POLICY_CACHE_KEY = 'policy:lastDelivered';
/** How long to wait for the managed storage before starting on the cached policy. */
const POLICY_WAIT_MS = 300;
const latePolicy = new EventTarget();

async function readManaged(): Promise<Record<string, unknown>> {
  try {
    return (await browser.storage.managed.get(null)) ?? {};
  } catch {
    // No managed storage (another browser, or no schema): no policy.
    return {};
  }
}

/**
 * IT's policy as Chromium delivered it (values that failed the manifest's managed_schema never arrive). Right
 * after the browser starts, Chromium takes seconds to answer the first read (measured: ~2.6 s); rather than keep
 * the clinician waiting, the last delivered policy is used meanwhile, and `watchSettings` listeners hear when the
 * real one differs.
 */
export async function readPolicy(): Promise<Record<string, unknown>> {
  const fresh = readManaged();
  const cached = browser.storage.local.get(POLICY_CACHE_KEY).then((stored) => stored[POLICY_CACHE_KEY]);
  let usedCache = false;
  void fresh.then(async (policy) => {
    const before = await cached;
    if (JSON.stringify(before) === JSON.stringify(policy)) return;
    await browser.storage.local.set({ [POLICY_CACHE_KEY]: policy });
    if (usedCache) latePolicy.dispatchEvent(new Event('changed'));
  });
  const timeout = new Promise<undefined>((resolve) => setTimeout(resolve, POLICY_WAIT_MS));
  const first = await Promise.race([fresh, timeout]);
  if (first) return first;
  const fallback = await cached;
  if (typeof fallback !== 'object' || fallback === null) return fresh;
  usedCache = true;
  return fallback as Record<string, unknown>;
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
  latePolicy.addEventListener('changed', onChange, { signal });
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
