import { describe, expect, it } from 'vitest';
import { MAX_CLOCK_BEHIND_MS, PageClock } from '../../../lib/deadlines/page-clock';
import { parseArrival } from '../../../lib/deadlines/parse-arrival';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A computer clock and a monotonic clock the test moves by hand, separately. */
function clocks(start: string) {
  const state = { computer: Date.parse(start), monotonic: 0 };
  const clock = new PageClock(
    () => new Date(state.computer),
    () => state.monotonic,
  );
  const pass = (ms: number) => {
    state.computer += ms;
    state.monotonic += ms;
  };
  const judge = (text: string) => clock.judge(parseArrival(text, clock.now()));
  return { state, clock, pass, judge };
}

describe('the page’s estimate of the portal’s clock', () => {
  it('is the computer’s clock while nothing on the page lies ahead of it', () => {
    const { clock, judge } = clocks('2026-12-19T10:10:00+01:00');
    expect(judge('2026-12-18T09:00:00+01:00')).toBe('trusted');
    expect(judge('igår 09:00')).toBe('trusted');
    expect(clock.now().toISOString()).toBe('2026-12-19T09:10:00.000Z');
    expect(clock.behindMs()).toBe(0);
    expect(clock.informed).toBe(true);
    expect(clock.version).toBe(0);
  });

  it('knows nothing of the clock from texts read against it', () => {
    const { clock, judge } = clocks('2026-12-19T10:10:00+01:00');
    expect(judge('igår 09:00')).toBe('trusted');
    expect(judge('18 dec')).toBe('trusted');
    expect(clock.informed).toBe(false);
  });

  it('learns from a machine-readable or dated arrival ahead: the portal’s time is at least that', () => {
    const { clock, judge, pass } = clocks('2026-12-19T10:10:00+01:00');
    expect(judge('2026-12-22T10:05:00+01:00')).toBe('trusted');
    expect(clock.version).toBe(1);
    expect(clock.behindMs()).toBe(3 * DAY - 5 * 60_000);
    // The portal's clock goes on from there as the computer's does.
    pass(HOUR);
    expect(clock.now().toISOString()).toBe('2026-12-22T10:05:00.000Z');
    // A later dated text raises it again; one that is not later changes nothing.
    expect(judge('22 dec 2026 12:00')).toBe('trusted');
    expect(clock.version).toBe(2);
    expect(judge('2026-12-22T11:00:00+01:00')).toBe('trusted');
    expect(clock.version).toBe(2);
  });

  it('learns the start of the day from a date with its year and no time', () => {
    const { clock, judge } = clocks('2026-12-19T10:10:00+01:00');
    expect(judge('2026-12-22')).toBe('trusted');
    expect(clock.now().toISOString()).toBe('2026-12-21T23:00:00.000Z');
  });

  it('does not trust a text without a year that lies ahead, and learns nothing from it', () => {
    const { clock, judge } = clocks('2026-12-19T10:10:00+01:00');
    expect(judge('22 dec 09:00')).toBe('untrusted');
    expect(judge('idag 23:00')).toBe('untrusted');
    expect(clock.behindMs()).toBe(0);
    expect(clock.informed).toBe(false);
  });

  it('takes a time years ahead for a placeholder, not for the clock', () => {
    const { clock, judge } = clocks('2026-12-19T10:10:00+01:00');
    expect(judge('2099-12-31T00:00:00Z')).toBe('untrusted');
    expect(clock.behindMs()).toBe(0);
    expect(clock.informed).toBe(false);
    const nearTheLimit = new Date(Date.parse('2026-12-19T10:10:00+01:00') + MAX_CLOCK_BEHIND_MS - DAY);
    expect(judge(nearTheLimit.toISOString())).toBe('trusted');
  });

  it('says unreadable for what cannot be read', () => {
    expect(clocks('2026-12-19T10:10:00+01:00').judge('i förrgår på eftermiddagen')).toBe('unreadable');
  });

  it('follows when someone sets the computer’s clock right', () => {
    const { state, clock, judge } = clocks('2026-12-19T10:10:00+01:00');
    judge('2026-12-22T10:05:00+01:00');
    expect(clock.behindMs()).toBe(3 * DAY - 5 * 60_000);
    state.computer += 3 * DAY; // the clock is set right; the monotonic clock does not jump
    expect(clock.behindMs()).toBe(0);
    expect(clock.now().getTime()).toBe(state.computer);
  });
});
