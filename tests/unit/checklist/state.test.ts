import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { countClosedList, emptyCounts, mostOftenUnticked } from '@/lib/checks/checklist/counts';
import { buildChecklist } from '@/lib/checks/checklist/model';
import { freshState, progressOf, stockholmDay, withAutoSnapshot } from '@/lib/checks/checklist/state';
import {
  closeChecklist,
  COUNTS_KEY,
  loadCounts,
  loadState,
  saveState,
  STATE_KEY,
} from '@/lib/checks/checklist/store';
import { resolveSettings } from '@/lib/settings/effective';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';

const translate = (key: string) => key;
const model = buildChecklist(DEFAULT_SETTINGS.checks.checklist, translate);
// Thursday 18 June 2026, 10:00 in Stockholm.
const now = Date.UTC(2026, 5, 18, 8, 0);
const ok = { status: 'ok' as const, reason: '' };

describe('progress', () => {
  it('counts the computer’s ok as ticked, and the clinician’s answer over it', () => {
    const state = { ...freshState(now), ticks: { 'private-room': true, browser: false } };
    const progress = progressOf(model, state, { browser: ok, headset: ok });
    // headset (computer) and private-room (clinician); browser unticked by the clinician wins over the computer.
    expect(progress.done).toBe(2);
    // Remote-work items apply only when the meeting is remote work.
    expect(progress.total).toBe(model.items.length - 2);
    expect(progressOf(model, { ...state, remote: true }).total).toBe(model.items.length);
  });

  it('is complete when every applicable item is ticked, and counts the required ones apart', () => {
    const required = buildChecklist(
      {
        ...DEFAULT_SETTINGS.checks.checklist,
        items: { ...DEFAULT_SETTINGS.checks.checklist.items, required: ['door-sign'] },
      },
      translate,
    );
    const all = Object.fromEntries(required.items.map((item) => [item.id, true]));
    const progress = progressOf(required, { ...freshState(now), ticks: { ...all, 'door-sign': false } });
    expect(progress).toMatchObject({ requiredDone: 0, requiredTotal: 1, complete: false });
    expect(progressOf(required, { ...freshState(now), ticks: all }).complete).toBe(true);
  });

  it('uses Swedish calendar days, whatever the computer’s zone', () => {
    expect(stockholmDay(Date.UTC(2026, 5, 18, 22, 30))).toBe('2026-06-19');
    expect(stockholmDay(Date.UTC(2026, 11, 31, 22, 59))).toBe('2026-12-31');
  });
});

describe('local counts', () => {
  it('counts a used list, completed or not, and which items were left unticked', () => {
    const all = Object.fromEntries(model.items.map((item) => [item.id, true]));
    let counts = countClosedList(emptyCounts(now), model, { ...freshState(now), ticks: all });
    counts = countClosedList(counts, model, {
      ...freshState(now),
      ticks: { ...all, 'door-sign': false, 'name-badge': false },
    });
    counts = countClosedList(counts, model, { ...freshState(now), ticks: { ...all, 'door-sign': false } });
    expect(counts).toMatchObject({ used: 3, completed: 1, unticked: { 'door-sign': 2, 'name-badge': 1 } });
    expect(mostOftenUnticked(counts, model).map((entry) => [entry.id, entry.times])).toEqual([
      ['door-sign', 2],
      ['name-badge', 1],
    ]);
  });

  it('ignores a list nobody touched', () => {
    expect(countClosedList(emptyCounts(now), model, freshState(now))).toEqual(emptyCounts(now));
  });

  it('counts auto-judged items from the snapshot kept with the list', () => {
    const state = withAutoSnapshot(
      model,
      { ...freshState(now), ticks: { 'private-room': true } },
      { headset: ok },
    );
    const counts = countClosedList(emptyCounts(now), model, state);
    expect(counts.unticked.headset).toBeUndefined();
    expect(counts.unticked.browser).toBe(1);
  });
});

describe('stored list', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts afresh at the start of a new day, counting yesterday’s list', async () => {
    await saveState({ ...freshState(now), ticks: { 'private-room': true } });
    const sameDay = await loadState(DEFAULT_SETTINGS, translate, now + 6 * 3600_000);
    expect(sameDay.ticks).toEqual({ 'private-room': true });

    const tomorrow = now + 24 * 3600_000;
    const next = await loadState(DEFAULT_SETTINGS, translate, tomorrow);
    expect(next).toMatchObject({ day: '2026-06-19', ticks: {} });
    expect((await loadCounts(tomorrow)).used).toBe(1);
    expect((await fakeBrowser.storage.local.get(STATE_KEY))[STATE_KEY]).toMatchObject({ day: '2026-06-19' });
  });

  it('keeps yesterday’s list when IT turns the daily reset off', async () => {
    const settings = resolveSettings({ checks: { checklist: { resetDaily: false } } }, {}).settings;
    await saveState({ ...freshState(now), ticks: { 'private-room': true } });
    expect((await loadState(settings, translate, now + 48 * 3600_000)).ticks).toEqual({
      'private-room': true,
    });
  });

  it('does not count when counts are switched off', async () => {
    const settings = resolveSettings({ checks: { checklist: { counts: false } } }, {}).settings;
    await saveState({ ...freshState(now), ticks: { 'private-room': true } });
    await closeChecklist(settings, translate, now);
    expect((await fakeBrowser.storage.local.get(COUNTS_KEY))[COUNTS_KEY]).toBeUndefined();
  });
});
