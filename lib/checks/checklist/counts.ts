import { z } from 'zod';
import type { ChecklistModel } from './model';
import { applicableItems, isTicked, isUsed, type ChecklistState } from './state';

/**
 * Local counts, shown only to the clinician: how many checklists were used and how many completed, and how often
 * each item was left unticked. Item ids and numbers only; nothing about patients or meetings.
 */
export const checklistCountsSchema = z.object({
  since: z.number(),
  used: z.number().int().nonnegative().default(0),
  completed: z.number().int().nonnegative().default(0),
  unticked: z.record(z.string(), z.number().int().nonnegative()).default({}),
});
export type ChecklistCounts = z.output<typeof checklistCountsSchema>;

export function emptyCounts(now: number): ChecklistCounts {
  return { since: now, used: 0, completed: 0, unticked: {} };
}

/** Adds a finished list to the counts; an unused list changes nothing. */
export function countClosedList(
  counts: ChecklistCounts,
  model: ChecklistModel,
  state: ChecklistState,
): ChecklistCounts {
  if (!isUsed(state)) return counts;
  const items = applicableItems(model, state);
  const unticked = items.filter((item) => !isTicked(item, state));
  const next = { ...counts, unticked: { ...counts.unticked }, used: counts.used + 1 };
  if (unticked.length === 0 && items.length > 0) next.completed += 1;
  for (const item of unticked) next.unticked[item.id] = (next.unticked[item.id] ?? 0) + 1;
  return next;
}

/** The items most often left unticked, most first (ties in checklist order), for those still on the list. */
export function mostOftenUnticked(
  counts: ChecklistCounts,
  model: ChecklistModel,
  limit = 3,
): { id: string; text: string; times: number }[] {
  return model.items
    .map((item) => ({ id: item.id, text: item.text, times: counts.unticked[item.id] ?? 0 }))
    .filter((entry) => entry.times > 0)
    .sort((a, b) => b.times - a.times)
    .slice(0, limit);
}
