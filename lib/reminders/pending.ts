import { z } from 'zod';
import { browser } from 'wxt/browser';
import { PORTAL_ID_PATTERN } from '../portals/types';
import type { ReminderKind } from './steps';

/**
 * Reminders waiting for the clinician, in storage.local so that every portal tab, the popup and the toolbar badge
 * see the same ones, and a reply form that reloads its page still shows it. At most one per kind (the latest);
 * dismissed by the clinician, or gone after half a day. A kind, a portal id, a time and whether the patient came:
 * no patient data.
 */
export const PENDING_KEY = 'reminders:pending';
export const PENDING_LIFETIME_MS = 12 * 60 * 60 * 1000;

export const pendingReminderSchema = z.object({
  kind: z.enum(['call', 'reply']),
  portal: z.string().regex(PORTAL_ID_PATTERN).optional(),
  at: z.number(),
  /** The clinician said the patient did not come (after a video meeting only). */
  missed: z.boolean().optional(),
});
export type PendingReminder = z.output<typeof pendingReminderSchema>;

export function parsePending(raw: unknown, now: number): PendingReminder[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .map((entry) => pendingReminderSchema.safeParse(entry))
    .flatMap((parsed) => (parsed.success ? [parsed.data] : []))
    .filter((reminder) => now - reminder.at < PENDING_LIFETIME_MS);
}

export async function readPending(now: number): Promise<PendingReminder[]> {
  const stored = await browser.storage.local.get(PENDING_KEY);
  return parsePending(stored[PENDING_KEY], now);
}

export async function addPending(reminder: PendingReminder): Promise<void> {
  const others = (await readPending(reminder.at)).filter((entry) => entry.kind !== reminder.kind);
  await browser.storage.local.set({ [PENDING_KEY]: [...others, reminder] });
}

/** Marks the after-meeting reminder as a missed meeting (the patient did not come), or back. */
export async function setMissed(missed: boolean, now: number): Promise<void> {
  const pending = await readPending(now);
  if (!pending.some((entry) => entry.kind === 'call')) return;
  await browser.storage.local.set({
    [PENDING_KEY]: pending.map((entry) => (entry.kind === 'call' ? { ...entry, missed } : entry)),
  });
}

export async function dismissPending(kind: ReminderKind, now: number): Promise<void> {
  const left = (await readPending(now)).filter((entry) => entry.kind !== kind);
  await browser.storage.local.set({ [PENDING_KEY]: left });
}

/** Calls `onChange` when the pending reminders change, until `signal` aborts. */
export function watchPending(onChange: () => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && PENDING_KEY in changes) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
