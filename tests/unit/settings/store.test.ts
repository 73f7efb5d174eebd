import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { POLICY_CACHE_KEY, readPolicy, watchSettings } from '@/lib/settings/store';

/** A managed storage that answers only when the test says so, as Chromium's does right after start-up. */
function slowManaged(policy: Record<string, unknown>) {
  let answer: () => void = () => undefined;
  const answered = new Promise<Record<string, unknown>>((resolve) => (answer = () => resolve(policy)));
  vi.spyOn(fakeBrowser.storage.managed, 'get').mockReturnValue(answered as never);
  return { answer };
}

describe('reading the policy while Chromium is slow to deliver it', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers();
  });

  it('waits for the real policy when none was delivered before, and remembers it', async () => {
    const managed = slowManaged({ profile: { unit: 'Barnmottagningen' } });
    const reading = readPolicy();
    await vi.advanceTimersByTimeAsync(1000);
    managed.answer();
    expect(await reading).toEqual({ profile: { unit: 'Barnmottagningen' } });
    await vi.advanceTimersByTimeAsync(0);
    expect((await fakeBrowser.storage.local.get(POLICY_CACHE_KEY))[POLICY_CACHE_KEY]).toEqual({
      profile: { unit: 'Barnmottagningen' },
    });
  });

  it('starts on the last delivered policy, and tells the listeners when the real one differs', async () => {
    await fakeBrowser.storage.local.set({ [POLICY_CACHE_KEY]: { checks: { presence: { enabled: false } } } });
    const managed = slowManaged({});
    const changed = vi.fn();
    watchSettings(changed, new AbortController().signal);
    const reading = readPolicy();
    await vi.advanceTimersByTimeAsync(400);
    expect(await reading).toEqual({ checks: { presence: { enabled: false } } });
    expect(changed).not.toHaveBeenCalled();

    managed.answer();
    await vi.advanceTimersByTimeAsync(0);
    await vi.waitFor(() => expect(changed).toHaveBeenCalledTimes(1));
    expect((await fakeBrowser.storage.local.get(POLICY_CACHE_KEY))[POLICY_CACHE_KEY]).toEqual({});
  });

  it('does not restart anything when the real policy is the one it started on', async () => {
    await fakeBrowser.storage.local.set({ [POLICY_CACHE_KEY]: { profile: { unit: 'A' } } });
    const managed = slowManaged({ profile: { unit: 'A' } });
    const changed = vi.fn();
    watchSettings(changed, new AbortController().signal);
    const reading = readPolicy();
    await vi.advanceTimersByTimeAsync(400);
    await reading;
    managed.answer();
    await vi.advanceTimersByTimeAsync(10);
    expect(changed).not.toHaveBeenCalled();
  });
});
