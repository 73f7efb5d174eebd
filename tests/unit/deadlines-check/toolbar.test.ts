import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SeenMessage } from '@/lib/checks/deadlines/store';
import { PENDING_KEY } from '@/lib/reminders/pending';

const store = vi.hoisted(() => ({
  messages: [] as SeenMessage[],
  broken: false,
  /** When set, the next read waits for this before it answers. */
  slowNext: undefined as Promise<void> | undefined,
}));
vi.mock('@/lib/checks/deadlines/store', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/checks/deadlines/store')>()),
  allSeen: async () => {
    const slow = store.slowNext;
    store.slowNext = undefined;
    const messages = store.messages;
    if (slow) await slow;
    if (store.broken) throw new DOMException('The database connection is closing.', 'InvalidStateError');
    return messages;
  },
}));
const { renderToolbarBadge } = await import('@/lib/checks/deadlines/toolbar');
const { CLOCK_KEY } = await import('@/lib/checks/deadlines/clock-lag');

describe('the toolbar icon', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    store.messages = [];
    store.broken = false;
    store.slowNext = undefined;
  });

  it('counts the documentation reminders waiting, and names them in the tooltip', async () => {
    const now = Date.now();
    await fakeBrowser.storage.local.set({
      [PENDING_KEY]: [{ kind: 'call', portal: 'vardochhalsa', at: now }],
    });
    await renderToolbarBadge(now);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect(await fakeBrowser.action.getTitle({})).toBe('badgeReminderTitle');
  });

  it('counts deadlines from the portals’ time when a page has shown the computer’s clock is behind', async () => {
    const now = Date.parse('2026-11-25T15:00:00+01:00');
    store.messages = [
      {
        id: 'a',
        portal: '1177',
        origin: 'https://personal.1177.se',
        arrival: Date.parse('2026-11-25T09:00:00+01:00'),
        due: Date.parse('2026-11-27T17:00:00+01:00'),
        dueDay: '2026-11-27',
        status: 'open',
        seenAt: now,
      },
    ];
    await renderToolbarBadge(now);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    await fakeBrowser.storage.session.set({ [CLOCK_KEY]: { 3: 2 * 86_400_000 } });
    await renderToolbarBadge(now);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });

  it('shows nothing when nothing waits', async () => {
    await renderToolbarBadge(Date.now());
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('still counts the reminders when the messages’ store cannot be read, and says the deadlines are not counted', async () => {
    const now = Date.now();
    await fakeBrowser.storage.local.set({ [PENDING_KEY]: [{ kind: 'call', at: now }] });
    store.broken = true;
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await renderToolbarBadge(now);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect(await fakeBrowser.action.getTitle({})).toBe('deadlinesToolbarUnreadable\nbadgeReminderTitle');
  });

  it('keeps a reminder written during a slow count: the count begun before it does not put back an empty icon', async () => {
    const now = Date.now();
    let release = () => undefined as void;
    store.slowNext = new Promise<void>((resolve) => (release = resolve));
    const before = renderToolbarBadge(now); // reads no reminder, then waits for the messages' store
    await vi.waitFor(() => expect(store.slowNext).toBeUndefined());
    await fakeBrowser.storage.local.set({
      [PENDING_KEY]: [{ kind: 'call', portal: 'vardochhalsa', at: now }],
    });
    await renderToolbarBadge(now);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    release();
    await before;
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });
});
