// @vitest-environment happy-dom
/**
 * The popup's checklist while the background closes it (a call ended as the popup opened): the list the
 * background wrote is the one shown and kept, never the older one the popup was still reading.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ChecklistState } from '@/lib/checks/checklist/state';

/** Holds the popup's first read of the list until released: it has read the list, it has not answered yet. */
const slowRead = vi.hoisted(() => {
  let release = () => undefined as void;
  return {
    gate: Promise.resolve(),
    hold() {
      this.gate = new Promise<void>((resolve) => (release = resolve));
    },
    release: () => release(),
  };
});
vi.mock('@/lib/checks/checklist/store', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/checks/checklist/store')>();
  return {
    ...original,
    loadState: async (...args: Parameters<typeof original.loadState>) => {
      const read = await original.loadState(...args);
      await slowRead.gate;
      return read;
    },
  };
});

const { useChecklist } = await import('@/components/popup/useChecklist');
const { freshState } = await import('@/lib/checks/checklist/state');
const { saveState, STATE_KEY } = await import('@/lib/checks/checklist/store');
const { resolveSettings } = await import('@/lib/settings/effective');

const resolved = resolveSettings({}, {});
let shown: ChecklistState | undefined;
function Popup() {
  shown = useChecklist(resolved).state;
  return null;
}

describe('the popup’s checklist', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    shown = undefined;
  });

  it('shows and keeps the list the background closed while the popup was reading the old one', async () => {
    const now = Date.now();
    await saveState({ ...freshState(now - 60_000), ticks: { 'private-room': true, headset: true } });
    slowRead.hold();
    const root = document.createElement('div');
    await act(async () => render(<Popup />, root));
    // The call ends: the background closes the list.
    const closed = freshState(now);
    await act(async () => saveState(closed));
    await act(async () => {
      slowRead.release();
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    expect(shown?.ticks).toEqual({});
    expect(shown?.startedAt).toBe(closed.startedAt);
    const stored = (await fakeBrowser.storage.local.get(STATE_KEY))[STATE_KEY] as ChecklistState;
    expect(stored.ticks).toEqual({});
    render(null, root);
  });
});
