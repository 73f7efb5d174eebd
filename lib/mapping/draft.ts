import { browser } from 'wxt/browser';
import { z } from 'zod';
import { customPortalSchema } from '../settings/portal-profile';
import type { Settings } from '../settings/schema';
import { BUILT_IN_PORTAL_IDS, PORTAL_ID_PATTERN, isBuiltInPortal } from '../portals/types';

/**
 * The administrator's draft portal profile: what was picked with the mapping assistant, applied at once in this
 * browser only (storage.local, never synced, never sent anywhere), so that badges and buttons can be seen working
 * before anything is deployed. It holds selectors, address patterns, paths and status words only: no page text.
 *
 * In this browser the draft goes before IT's policy for the portal it describes (the assistant is IT's own tool;
 * the overlay and the options page say so). A clinician's browser never has one unless someone makes it there, and
 * IT can switch the assistant off (`portals.mappingAssistant`), which also switches every draft off.
 */
export const DRAFT_KEY = 'mapping:draft';

export const draftSchema = z.object({
  /** A built-in portal's id (the draft changes its fields), or a new id (a portal the extension does not know). */
  id: z.string().regex(PORTAL_ID_PATTERN),
  profile: customPortalSchema,
});
export type Draft = z.output<typeof draftSchema>;
export type DraftProfile = Draft['profile'];

export async function readDraft(): Promise<Draft | undefined> {
  try {
    const stored = (await browser.storage.local.get(DRAFT_KEY))[DRAFT_KEY];
    const parsed = draftSchema.safeParse(stored);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export async function writeDraft(draft: Draft): Promise<void> {
  await browser.storage.local.set({ [DRAFT_KEY]: draftSchema.parse(draft) });
}

export async function clearDraft(): Promise<void> {
  await browser.storage.local.remove(DRAFT_KEY);
}

/** Calls `onChange` when the draft changes, until `signal` aborts. */
export function watchDraft(onChange: () => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && DRAFT_KEY in changes) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}

/**
 * The settings with the draft in effect: a built-in portal's draft replaces the fields it sets (selector lists
 * key by key, as policy does); a new portal's draft comes first among the portals defined by policy, so that it
 * wins on its addresses. Nothing changes when the assistant is switched off by policy.
 */
export function withDraft(settings: Settings, draft: Draft | undefined): Settings {
  if (!draft || settings.portals.mappingAssistant === false) return settings;
  const { profile } = draft;
  if (isBuiltInPortal(draft.id)) {
    const current = settings.portals[draft.id];
    const { basedOn: _basedOn, deadlineRule: _rule, signatureTemplate: _template, ...fields } = profile;
    return {
      ...settings,
      portals: {
        ...settings.portals,
        [draft.id]: {
          ...current,
          ...fields,
          enabled: true,
          selectors: { ...current.selectors, ...profile.selectors },
          pages: { ...current.pages, ...profile.pages },
        },
      },
    };
  }
  const others = Object.fromEntries(
    Object.entries(settings.portals.custom ?? {}).filter(([id]) => id !== draft.id),
  );
  return {
    ...settings,
    portals: { ...settings.portals, custom: { [draft.id]: { ...profile, enabled: true }, ...others } },
  };
}

/** An id for a new portal from its host: letters, digits and `-` (`127.0.0.1` → `127-0-0-1`). */
export function draftIdForHost(hostname: string): string {
  const id = hostname
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return id && !(BUILT_IN_PORTAL_IDS as readonly string[]).includes(id) ? id : `portal-${id || 'ny'}`;
}
