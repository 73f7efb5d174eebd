import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SeenMessage, StoreChange } from '@/lib/checks/deadlines/store';

const store = vi.hoisted(() => ({ messages: new Map<string, SeenMessage>() }));
vi.mock('@/lib/checks/deadlines/store', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/checks/deadlines/store')>();
  return {
    ...original,
    applyChange: async (change: StoreChange) => {
      for (const id of change.remove) store.messages.delete(id);
      for (const message of change.put) store.messages.set(message.id, message);
    },
    allSeen: async () => [...store.messages.values()].sort((a, b) => a.due - b.due),
  };
});
const toolbar = vi.hoisted(() => ({ renders: 0, hangNext: false }));
vi.mock('@/lib/checks/deadlines/toolbar', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/checks/deadlines/toolbar')>()),
  renderToolbarBadge: async () => {
    toolbar.renders += 1;
    if (toolbar.hangNext) {
      toolbar.hangNext = false;
      await new Promise(() => undefined);
    }
  },
}));

const { handleSeen, setUpDeadlines, QUEUED_WORK_LIMIT_MS } =
  await import('@/lib/checks/deadlines/background');
const { messageId, needsAnswerToday } = await import('@/lib/checks/deadlines/store');
const { readLinks } = await import('@/lib/checks/deadlines/links');
const { listedDeadlines, popupDeadlines } = await import('@/lib/checks/deadlines/popup-list');
const { clockBehindMs, forgetTab, CLOCK_KEY } = await import('@/lib/checks/deadlines/clock-lag');

const PAGE = 'https://personal.1177.se/arenden';
const NOW = Date.parse('2026-11-25T15:00:00+01:00');
const open = (key: string, due: string, dueDay = due.slice(0, 10)) => ({
  status: 'open' as const,
  key,
  url: `https://personal.1177.se${key}`,
  arrival: Date.parse('2026-11-23T12:00:00+01:00'),
  due: Date.parse(due),
  dueDay,
});

beforeEach(() => {
  fakeBrowser.reset();
  store.messages.clear();
  toolbar.renders = 0;
  toolbar.hangNext = false;
});

describe('the background’s store of seen messages', () => {
  it('keeps only a SHA-256 of portal and key, the portal, its origin, times and status; the link in memory', async () => {
    await handleSeen(
      {
        type: 'deadlines:seen',
        portal: '1177',
        at: NOW,
        entries: [open('/arende/104213', '2026-11-25T17:00:00+01:00')],
      },
      PAGE,
      NOW,
    );
    const id = await messageId('1177', '/arende/104213');
    expect(id).toMatch(/^[0-9a-f]{64}$/);
    expect([...store.messages.values()]).toEqual([
      {
        id,
        portal: '1177',
        origin: 'https://personal.1177.se',
        arrival: Date.parse('2026-11-23T12:00:00+01:00'),
        due: Date.parse('2026-11-25T17:00:00+01:00'),
        dueDay: '2026-11-25',
        status: 'open',
        seenAt: NOW,
      },
    ]);
    expect(JSON.stringify([...store.messages.values()])).not.toContain('104213');
    expect(await readLinks()).toEqual({ [id]: 'https://personal.1177.se/arende/104213' });
    expect(toolbar.renders).toBe(1);
  });

  it('forgets a message once a page shows it answered or closed, link included', async () => {
    const report = (entries: Parameters<typeof handleSeen>[0]['entries']) =>
      handleSeen({ type: 'deadlines:seen', portal: '1177', at: NOW, entries }, PAGE, NOW);
    await report([
      open('/arende/1', '2026-11-25T17:00:00+01:00'),
      open('/arende/2', '2026-11-26T17:00:00+01:00'),
    ]);
    await report([{ status: 'answered', key: '/arende/1' }]);
    expect([...store.messages.keys()]).toEqual([await messageId('1177', '/arende/2')]);
    expect(Object.keys(await readLinks())).toEqual([await messageId('1177', '/arende/2')]);
  });

  it('the same key on another portal is another message', async () => {
    expect(await messageId('1177', '/a')).not.toBe(await messageId('sob', '/a'));
  });

  it('ignores a link to another site than the page that reported it', async () => {
    await handleSeen(
      {
        type: 'deadlines:seen',
        portal: '1177',
        at: NOW,
        entries: [{ ...open('/x', '2026-11-25T17:00:00+01:00'), url: 'https://elsewhere.example/x' }],
      },
      PAGE,
      NOW,
    );
    expect(store.messages.size).toBe(0);
  });

  it('an empty report only recounts', async () => {
    await handleSeen({ type: 'deadlines:seen', portal: 'sob', at: NOW, entries: [] }, PAGE, NOW);
    expect(toolbar.renders).toBe(1);
    expect(store.messages.size).toBe(0);
  });
});

describe('what the toolbar counts and the popup lists', () => {
  const message = (due: string, dueDay: string, portal: SeenMessage['portal'] = '1177'): SeenMessage => ({
    id: `${portal}${due}`,
    portal,
    origin: 'https://personal.1177.se',
    arrival: Date.parse('2026-11-23T12:00:00+01:00'),
    due: Date.parse(due),
    dueDay,
    status: 'open',
    seenAt: NOW,
  });
  const overdue = message('2026-11-24T17:00:00+01:00', '2026-11-24');
  const today = message('2026-11-25T17:00:00+01:00', '2026-11-25', 'vardochhalsa');
  const tomorrow = message('2026-11-26T17:00:00+01:00', '2026-11-26', 'sob');

  it('counts messages overdue or due today (Swedish date), not later ones', () => {
    expect([overdue, today, tomorrow].filter((m) => needsAnswerToday(m, NOW, '2026-11-25'))).toEqual([
      overdue,
      today,
    ]);
    // Due at midnight at the end of today (24:00): still today's, though the instant is tomorrow's 00:00.
    const midnight = message('2026-11-26T00:00:00+01:00', '2026-11-25');
    expect(needsAnswerToday(midnight, NOW, '2026-11-25')).toBe(true);
  });

  it('lists portal, due and arrival, earliest first, with the link back when the browser has it', () => {
    const listed = listedDeadlines(
      [tomorrow, today, overdue],
      { [overdue.id]: 'https://personal.1177.se/arende/9' },
      new Date(NOW),
      '2026-11-25',
      'sv',
    );
    expect(listed).toEqual([
      {
        id: overdue.id,
        portalName: '1177 Personalverktyget',
        href: 'https://personal.1177.se/arende/9',
        overdue: true,
        dueText: 'Försenat sedan igår 17:00',
        arrivalText: 'Inkom mån 23 nov 12:00',
      },
      {
        id: today.id,
        portalName: 'Vård och hälsa',
        href: 'https://personal.1177.se/',
        overdue: false,
        dueText: 'Besvaras senast idag 17:00',
        arrivalText: 'Inkom mån 23 nov 12:00',
      },
    ]);
  });
});

describe('a computer clock behind the portals’', () => {
  const DAY = 86_400_000;
  const report = (tabId: number, clock: number | undefined) =>
    handleSeen(
      {
        type: 'deadlines:seen',
        portal: '1177',
        at: NOW,
        entries: [],
        ...(clock === undefined ? {} : { clockBehindMs: clock }),
      },
      PAGE,
      NOW,
      tabId,
    );

  it('keeps one number per tab, in memory only, and counts from the largest', async () => {
    await report(7, 3 * DAY);
    await report(8, DAY);
    expect(await clockBehindMs()).toBe(3 * DAY);
    expect(await fakeBrowser.storage.session.get(CLOCK_KEY)).toEqual({ [CLOCK_KEY]: { 7: 3 * DAY, 8: DAY } });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    // A page that has shown no dated arrival says nothing of the clock: the tab keeps what it had.
    await report(7, undefined);
    expect(await clockBehindMs()).toBe(3 * DAY);
    // The clock was set right: the page says so.
    await report(7, 0);
    expect(await clockBehindMs()).toBe(DAY);
    await forgetTab(8);
    expect(await clockBehindMs()).toBe(0);
  });

  it('a recount that never finishes holds the next one up for a while only', async () => {
    vi.useFakeTimers();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      toolbar.hangNext = true;
      setUpDeadlines(); // its first recount hangs
      await vi.advanceTimersByTimeAsync(0);
      expect(toolbar.renders).toBe(1);
      await fakeBrowser.storage.local.set({ 'reminders:pending': [{ kind: 'call', at: NOW }] });
      await vi.advanceTimersByTimeAsync(QUEUED_WORK_LIMIT_MS - 1);
      expect(toolbar.renders).toBe(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(toolbar.renders).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('recounts when the popup asks, and only for the extension’s own pages', async () => {
    setUpDeadlines();
    await vi.waitFor(() => expect(toolbar.renders).toBe(1));
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'toolbar:recount' },
      { id: 'another-extension' },
      () => undefined,
    );
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'toolbar:recount' },
      { id: fakeBrowser.runtime.id },
      () => undefined,
    );
    await vi.waitFor(() => expect(toolbar.renders).toBe(2));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(toolbar.renders).toBe(2);
  });

  it('forgets a tab’s number when the tab is closed, and recounts', async () => {
    setUpDeadlines();
    await report(7, 3 * DAY);
    const renders = toolbar.renders;
    await fakeBrowser.tabs.onRemoved.trigger(7, { windowId: 1, isWindowClosing: false });
    await vi.waitFor(async () => expect(await clockBehindMs()).toBe(0));
    await vi.waitFor(() => expect(toolbar.renders).toBeGreaterThan(renders));
  });

  it('the popup counts from the portals’ time and says once that the clock is behind, by at least how much', () => {
    const message = (due: string): SeenMessage => ({
      id: due,
      portal: '1177',
      origin: 'https://personal.1177.se',
      arrival: Date.parse('2026-11-24T12:00:00+01:00'),
      due: Date.parse(due),
      dueDay: due.slice(0, 10),
      status: 'open',
      seenAt: NOW,
    });
    const messages = [message('2026-11-26T17:00:00+01:00'), message('2026-11-30T17:00:00+01:00')];
    const behind = popupDeadlines(messages, {}, NOW, 2 * DAY - 60_000, 'sv');
    expect(behind.clockNotice).toBe(
      'Datorns klocka verkar gå efter med minst 1 dygn. Tiderna räknas från portalens tid.',
    );
    // The portal's time is Fri 27 Nov 14:59: the message due on Thursday is late, Monday's is not yet listed.
    expect(behind.listed.map(({ dueText }) => dueText)).toEqual(['Försenat sedan igår 17:00']);
    const right = popupDeadlines(messages, {}, NOW, 0, 'sv');
    expect(right).toEqual({ listed: [], clockNotice: null });
    // Within the tolerance a portal's clock may differ, nothing is said.
    expect(popupDeadlines(messages, {}, NOW, 10 * 60_000, 'en').clockNotice).toBeNull();
  });
});
