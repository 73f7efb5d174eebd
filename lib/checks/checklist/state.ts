import { z } from 'zod';
import type { AutoResults, AutoStatus } from './auto';
import type { ChecklistItem, ChecklistModel } from './model';

/**
 * One meeting's checklist: which items the clinician ticked or unticked (the rest follow the computer's
 * judgement), whether the meeting is remote work, and the computer's last judgement per item (kept so that the
 * background can close the list when a call ends). No patient data: item ids, booleans and times only.
 */
export const checklistStateSchema = z.object({
  /** The Stockholm calendar day the list belongs to (YYYY-MM-DD). */
  day: z.string(),
  startedAt: z.number(),
  /** The clinician's own answers, by item id; they win over the computer's judgement. */
  ticks: z.record(z.string(), z.boolean()).default({}),
  remote: z.boolean().default(false),
  auto: z.record(z.string(), z.enum(['ok', 'problem', 'unknown'])).default({}),
});
export type ChecklistState = z.output<typeof checklistStateSchema>;

/** Calendar day in Sweden, whatever the computer's time zone. */
export function stockholmDay(now: number): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

export function freshState(now: number): ChecklistState {
  return { day: stockholmDay(now), startedAt: now, ticks: {}, remote: false, auto: {} };
}

/** Items that apply to this meeting: the remote-work group only when the meeting is remote work. */
export function applicableItems(model: ChecklistModel, state: ChecklistState): ChecklistItem[] {
  return model.items.filter((item) => item.group !== 'remoteWork' || state.remote);
}

export function autoStatusOf(
  item: ChecklistItem,
  state: ChecklistState,
  auto?: AutoResults,
): AutoStatus | undefined {
  if (!item.auto) return undefined;
  return auto?.[item.auto]?.status ?? state.auto[item.id];
}

export function isTicked(item: ChecklistItem, state: ChecklistState, auto?: AutoResults): boolean {
  return state.ticks[item.id] ?? autoStatusOf(item, state, auto) === 'ok';
}

export interface Progress {
  done: number;
  total: number;
  requiredDone: number;
  requiredTotal: number;
  /** Every applicable item ticked. */
  complete: boolean;
}

export function progressOf(model: ChecklistModel, state: ChecklistState, auto?: AutoResults): Progress {
  const items = applicableItems(model, state);
  const ticked = items.filter((item) => isTicked(item, state, auto));
  const required = items.filter((item) => item.required);
  return {
    done: ticked.length,
    total: items.length,
    requiredDone: required.filter((item) => isTicked(item, state, auto)).length,
    requiredTotal: required.length,
    complete: items.length > 0 && ticked.length === items.length,
  };
}

/** A list counts as used once the clinician answered anything: an untouched list says nothing about habits. */
export function isUsed(state: ChecklistState): boolean {
  return Object.keys(state.ticks).length > 0 || state.remote;
}

/** Records the computer's current judgement per item, for closing the list where devices cannot be read. */
export function withAutoSnapshot(
  model: ChecklistModel,
  state: ChecklistState,
  auto: AutoResults,
): ChecklistState {
  const snapshot: Record<string, AutoStatus> = {};
  for (const item of model.items) {
    const status = item.auto ? auto[item.auto]?.status : undefined;
    if (status) snapshot[item.id] = status;
  }
  return { ...state, auto: snapshot };
}
