import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { watchReminders } from '@/lib/background/reminders';
import { freshState } from '@/lib/checks/checklist/state';
import { COUNTS_KEY, STATE_KEY, saveState } from '@/lib/checks/checklist/store';
import { ELVIS_ROUTINES_URL } from '@/lib/checks/checklist/settings';
import { meetingEnded } from '@/lib/reminders/meeting';
import {
  addPending,
  parsePending,
  PENDING_KEY,
  PENDING_LIFETIME_MS,
  readPending,
  setMissed,
} from '@/lib/reminders/pending';
import { reminderFor } from '@/lib/reminders/steps';
import { resolveSettings } from '@/lib/settings/effective';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';

const t = (key: string) => key;
const defaults = DEFAULT_SETTINGS.checks.checklist.reminders;

describe('the reminder’s wording', () => {
  it('after a video meeting: Melior’s Besöksmallen, Elvis, and the deviation line', () => {
    const reminder = reminderFor('call', 'vardochhalsa', defaults, t);
    expect(reminder.title).toBe('reminderCallTitle');
    expect(reminder.steps.map((step) => step.text)).toEqual(['reminderCallMelior', 'reminderElvis']);
    expect(reminder.deviation).toEqual({ text: 'reminderDeviation', link: undefined });
  });

  it('after a written reply: Anteckningar and Elvis, and on 1177 that its tool is not a medical record', () => {
    expect(reminderFor('reply', '1177', defaults, t).steps.map((step) => step.text)).toEqual([
      'reminderReplyMelior',
      'reminder1177NotRecord',
      'reminderElvis',
    ]);
    expect(reminderFor('reply', 'sob', defaults, t).steps.map((step) => step.text)).toEqual([
      'reminderReplyMelior',
      'reminderElvis',
    ]);
  });

  it('takes steps, wording and links from policy', () => {
    const settings = resolveSettings(
      {
        checks: {
          checklist: {
            reminders: {
              callSteps: [
                { text: 'Besöksmallen i Melior', url: 'https://intra.example/melior', urlText: 'Lathund' },
              ],
              deviation: { text: 'Avvikelse? Rapportera.', url: 'https://medcontrol.example/ny' },
            },
          },
        },
      },
      {},
    ).settings.checks.checklist.reminders;
    const reminder = reminderFor('call', undefined, settings, t);
    expect(reminder.steps).toEqual([
      { text: 'Besöksmallen i Melior', link: { url: 'https://intra.example/melior', text: 'Lathund' } },
    ]);
    expect(reminder.deviation).toEqual({
      text: 'Avvikelse? Rapportera.',
      link: { url: 'https://medcontrol.example/ny', text: 'reminderDeviationLink' },
    });
  });

  it('when the patient did not come: the routine for a missed meeting in Elvis, and the deviation line', () => {
    const reminder = reminderFor('call', 'vardochhalsa', defaults, t, true);
    expect(reminder).toMatchObject({ kind: 'call', missed: true, title: 'reminderMissedTitle' });
    expect(reminder.steps).toEqual([
      { text: 'reminderMissedElvis', link: { url: ELVIS_ROUTINES_URL, text: 'reminderMissedLink' } },
    ]);
    expect(reminder.deviation.text).toBe('reminderDeviation');
    // A written reply has no such path.
    expect(reminderFor('reply', '1177', defaults, t, true)).toMatchObject({ missed: false });
  });

  it('words and links the missed-meeting step by policy; an empty address leaves the link out', () => {
    const policy = (missedMeeting: object) =>
      resolveSettings({ checks: { checklist: { reminders: { missedMeeting } } } }, {}).settings.checks
        .checklist.reminders;
    expect(
      reminderFor(
        'call',
        undefined,
        policy({ text: 'Se enhetens rutin', url: 'https://intra.example/elvis' }),
        t,
        true,
      ).steps,
    ).toEqual([
      { text: 'Se enhetens rutin', link: { url: 'https://intra.example/elvis', text: 'reminderMissedLink' } },
    ]);
    expect(reminderFor('call', undefined, policy({ url: '' }), t, true).steps).toEqual([
      { text: 'reminderMissedElvis', link: undefined },
    ]);
  });

  it('forgets a reminder after half a day, and anything that is not one', () => {
    const at = 1_000_000;
    expect(
      parsePending(
        [{ kind: 'call', at }, { kind: 'reply', portal: 'okänd', at }, 'x'],
        at + PENDING_LIFETIME_MS - 1,
      ),
    ).toEqual([{ kind: 'call', at }]);
    expect(parsePending([{ kind: 'call', at }], at + PENDING_LIFETIME_MS)).toEqual([]);
  });
});

describe('the background', () => {
  const fromContentScript = { id: fakeBrowser.runtime.id, tab: { id: 7 } };
  const trigger = (message: unknown, sender: object = fromContentScript) =>
    fakeBrowser.runtime.onMessage.trigger(message, sender, () => undefined);
  // The listener returns at once and handles the message afterwards.
  const settled = () => new Promise((resolve) => setTimeout(resolve, 50));

  beforeEach(() => {
    fakeBrowser.reset();
    watchReminders();
  });

  it('on call:ended, raises the reminder, closes the meeting’s checklist and counts it', async () => {
    await saveState({ ...freshState(Date.now()), ticks: { 'private-room': true } });
    await trigger({ type: 'call:ended', portal: 'vardochhalsa', at: Date.now() });
    await vi.waitFor(async () =>
      expect(await readPending(Date.now())).toMatchObject([{ kind: 'call', portal: 'vardochhalsa' }]),
    );
    const stored = await fakeBrowser.storage.local.get([STATE_KEY, COUNTS_KEY]);
    expect(stored[STATE_KEY]).toMatchObject({ ticks: {} });
    expect(stored[COUNTS_KEY]).toMatchObject({ used: 1, completed: 0 });
  });

  it('"Patienten kom inte" in the popup: closes and counts the list, raises the reminder as a missed meeting', async () => {
    await saveState({ ...freshState(Date.now()), ticks: { 'private-room': true } });
    expect(await meetingEnded(t, Date.now(), undefined, true)).toEqual({ reminded: true });
    expect(await readPending(Date.now())).toMatchObject([{ kind: 'call', missed: true }]);
    const stored = await fakeBrowser.storage.local.get([STATE_KEY, COUNTS_KEY]);
    expect(stored[STATE_KEY]).toMatchObject({ ticks: {} });
    expect(stored[COUNTS_KEY]).toMatchObject({ used: 1 });
  });

  it('marks the after-meeting reminder missed and back, leaving the reply reminder alone', async () => {
    const at = Date.now();
    await addPending({ kind: 'call', portal: 'vardochhalsa', at });
    await addPending({ kind: 'reply', portal: '1177', at });
    await setMissed(true, at);
    expect(await readPending(at)).toEqual([
      { kind: 'call', portal: 'vardochhalsa', at, missed: true },
      { kind: 'reply', portal: '1177', at },
    ]);
    await setMissed(false, at);
    expect((await readPending(at))[0]).toMatchObject({ kind: 'call', missed: false });
  });

  it('on reply:sent, raises the reply reminder and leaves the checklist alone', async () => {
    await saveState({ ...freshState(Date.now()), ticks: { 'private-room': true } });
    await trigger({ type: 'reply:sent', portal: '1177', at: Date.now(), signed: true });
    await vi.waitFor(async () =>
      expect(await readPending(Date.now())).toMatchObject([{ kind: 'reply', portal: '1177' }]),
    );
    expect((await fakeBrowser.storage.local.get(STATE_KEY))[STATE_KEY]).toMatchObject({
      ticks: { 'private-room': true },
    });
  });

  it('raises nothing when IT or the clinician switched the reminder off', async () => {
    await fakeBrowser.storage.managed.set({ checks: { checklist: { reminders: { afterCall: false } } } });
    await fakeBrowser.storage.local.set({
      settings: { checks: { checklist: { reminders: { afterReply: false } } } },
    });
    await trigger({ type: 'call:ended', portal: 'vardochhalsa', at: Date.now() });
    await trigger({ type: 'reply:sent', portal: '1177', at: Date.now(), signed: false });
    await settled();
    expect((await fakeBrowser.storage.local.get(PENDING_KEY))[PENDING_KEY]).toBeUndefined();
  });

  it('ignores other messages and other senders', async () => {
    await trigger({ type: 'call:ended', portal: 'okänd', at: 1 });
    await trigger({ type: 'something:else' });
    await trigger({ type: 'reply:sent', portal: '1177', at: 1, signed: true }, { id: 'another-extension' });
    await settled();
    expect((await fakeBrowser.storage.local.get(PENDING_KEY))[PENDING_KEY]).toBeUndefined();
  });
});
