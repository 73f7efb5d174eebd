import { describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startChecks } from '@/lib/checks/runner';
import { defineCheck } from '@/lib/checks/types';
import { resetLoggedErrors } from '@/lib/log';
import type { ResolvedPortal } from '@/lib/portals/types';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';

const portal: ResolvedPortal = {
  id: '1177',
  name: '1177',
  urlPatterns: ['http://personal.1177.localhost/*'],
  pages: { inbox: { paths: ['^/$'] } },
  selectors: {},
  statusWords: { open: [], answered: [], closed: [] },
  messageKey: { from: 'link' },
};
const ctx = {} as ContentScriptContext;

describe('starting checks', () => {
  it('keeps the other checks running when one throws, and logs the error once with its id', async () => {
    resetLoggedErrors();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const healthy = vi.fn();
    const broken = defineCheck({
      id: 'presence',
      portals: 'all',
      start: () => Promise.reject(new TypeError('boom')),
    });
    startChecks([broken, broken, defineCheck({ id: 'presence', portals: 'all', start: healthy })], {
      portal,
      page: 'inbox',
      settings: DEFAULT_SETTINGS,
      ctx,
    });
    await Promise.resolve();
    await Promise.resolve();
    expect(healthy).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toBe('[vardmoteskollen:presence] TypeError: boom');
  });

  it('contains a check that throws synchronously', () => {
    resetLoggedErrors();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const after = vi.fn();
    const throwing = defineCheck({
      id: 'presence',
      portals: 'all',
      start: () => {
        throw new Error('sync');
      },
    });
    expect(() =>
      startChecks([throwing, defineCheck({ id: 'presence', portals: 'all', start: after })], {
        portal,
        page: 'inbox',
        settings: DEFAULT_SETTINGS,
        ctx,
      }),
    ).not.toThrow();
    expect(after).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toBe('[vardmoteskollen:presence] Error: sync');
  });

  it('starts only checks for this portal and page, and not those switched off', () => {
    const onInbox = vi.fn();
    const onVideo = vi.fn();
    const onOtherPortal = vi.fn();
    const running = startChecks(
      [
        defineCheck({ id: 'presence', portals: ['1177'], pages: ['inbox'], start: onInbox }),
        defineCheck({ id: 'presence', portals: ['1177'], pages: ['video'], start: onVideo }),
        defineCheck({ id: 'presence', portals: ['sob'], start: onOtherPortal }),
      ],
      { portal, page: 'inbox', settings: DEFAULT_SETTINGS, ctx },
    );
    expect(running.started).toEqual(['presence']);
    expect([onInbox, onVideo, onOtherPortal].map((fn) => fn.mock.calls.length)).toEqual([1, 0, 0]);

    const off = { ...DEFAULT_SETTINGS, checks: { ...DEFAULT_SETTINGS.checks, presence: { enabled: false } } };
    const none = startChecks([defineCheck({ id: 'presence', portals: 'all', start: onInbox })], {
      portal,
      page: 'inbox',
      settings: off,
      ctx,
    });
    expect(none.started).toEqual([]);
  });

  it('aborts every started check on stop', () => {
    const signals: AbortSignal[] = [];
    const running = startChecks(
      [defineCheck({ id: 'presence', portals: 'all', start: ({ signal }) => void signals.push(signal) })],
      {
        portal,
        page: undefined,
        settings: DEFAULT_SETTINGS,
        ctx,
      },
    );
    expect(signals[0]?.aborted).toBe(false);
    running.stop();
    expect(signals[0]?.aborted).toBe(true);
  });
});
