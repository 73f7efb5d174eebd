import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SeenMessage } from '@/lib/checks/deadlines/store';
import { PENDING_KEY } from '@/lib/reminders/pending';

const store = vi.hoisted(() => ({ messages: [] as SeenMessage[] }));
vi.mock('@/lib/checks/deadlines/store', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/checks/deadlines/store')>()),
  allSeen: async () => store.messages,
}));
const { renderToolbarBadge } = await import('@/lib/checks/deadlines/toolbar');

describe('the toolbar icon', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    store.messages = [];
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

  it('shows nothing when nothing waits', async () => {
    await renderToolbarBadge(Date.now());
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });
});
