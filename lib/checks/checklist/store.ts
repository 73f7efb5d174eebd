import { browser } from 'wxt/browser';
import type { Settings } from '../../settings/schema';
import { countClosedList, checklistCountsSchema, emptyCounts, type ChecklistCounts } from './counts';
import { buildChecklist, type Translate } from './model';
import { checklistStateSchema, freshState, stockholmDay, type ChecklistState } from './state';

/** storage.local keys. The list and the counts hold item ids, booleans and times: never patient data. */
export const STATE_KEY = 'checklist:state';
export const COUNTS_KEY = 'checklist:counts';

async function readCounts(now: number): Promise<ChecklistCounts> {
  const stored = await browser.storage.local.get(COUNTS_KEY);
  const parsed = checklistCountsSchema.safeParse(stored[COUNTS_KEY]);
  return parsed.success ? parsed.data : emptyCounts(now);
}

async function readStoredState(): Promise<ChecklistState | undefined> {
  const stored = await browser.storage.local.get(STATE_KEY);
  const parsed = checklistStateSchema.safeParse(stored[STATE_KEY]);
  return parsed.success ? parsed.data : undefined;
}

export async function saveState(state: ChecklistState): Promise<void> {
  await browser.storage.local.set({ [STATE_KEY]: state });
}

/** Ends the current list (counted if the clinician used it) and starts a fresh one. */
export async function closeChecklist(
  settings: Settings,
  translate: Translate,
  now: number,
): Promise<ChecklistState> {
  const current = await readStoredState();
  const config = settings.checks.checklist;
  if (current && config.counts) {
    const counts = countClosedList(await readCounts(now), buildChecklist(config, translate), current);
    await browser.storage.local.set({ [COUNTS_KEY]: counts });
  }
  const fresh = freshState(now);
  await saveState(fresh);
  return fresh;
}

/** The current list; a list from an earlier day is closed first when the policy resets daily. */
export async function loadState(
  settings: Settings,
  translate: Translate,
  now: number,
): Promise<ChecklistState> {
  const current = await readStoredState();
  if (!current) return freshState(now);
  if (settings.checks.checklist.resetDaily && current.day !== stockholmDay(now)) {
    return closeChecklist(settings, translate, now);
  }
  return current;
}

export async function loadCounts(now: number): Promise<ChecklistCounts> {
  return readCounts(now);
}

export async function resetCounts(now: number): Promise<void> {
  await browser.storage.local.set({ [COUNTS_KEY]: emptyCounts(now) });
}
