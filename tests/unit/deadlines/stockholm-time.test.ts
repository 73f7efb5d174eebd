import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromIso, isoFromDay } from '../../../lib/deadlines/civil-day';
import {
  clockToMs,
  fromWallClock,
  msToClock,
  startOfSwedishDay,
  swedishIsoString,
  toWallClock,
} from '../../../lib/deadlines/stockholm-time';

const HOUR = 3_600_000;
const day = (iso: string) => dayFromIso(iso) ?? Number.NaN;

/** Independent reading of the Swedish wall clock through toLocaleString, for comparison. */
function swedishReading(instant: Date): string {
  return instant.toLocaleString('sv-SE', { timeZone: 'Europe/Stockholm', hourCycle: 'h23' });
}

function ownReading(instant: Date): string {
  const wall = toWallClock(instant);
  const seconds = String(Math.floor(wall.msOfDay / 1000) % 60).padStart(2, '0');
  return `${isoFromDay(wall.day)} ${msToClock(wall.msOfDay)}:${seconds}`;
}

describe('Swedish wall-clock time', () => {
  it('reads winter (CET, +01:00) and summer (CEST, +02:00) times', () => {
    expect(ownReading(new Date('2026-01-15T11:00:00Z'))).toBe('2026-01-15 12:00:00');
    expect(ownReading(new Date('2026-07-15T11:00:00Z'))).toBe('2026-07-15 13:00:00');
  });

  it('puts the Swedish date change at Swedish midnight, not UTC midnight', () => {
    expect(ownReading(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01 00:30:00');
    expect(ownReading(new Date('2026-06-18T22:00:00Z'))).toBe('2026-06-19 00:00:00');
    expect(ownReading(new Date('2026-06-18T21:59:59Z'))).toBe('2026-06-18 23:59:59');
  });

  it('agrees with the platform Intl reading at any instant, including around clock changes', () => {
    const nearChanges = fc
      .constantFrom(
        '2026-03-29T01:00:00Z',
        '2026-10-25T01:00:00Z',
        '2027-03-28T01:00:00Z',
        '2027-10-31T01:00:00Z',
      )
      .chain((iso) =>
        fc.integer({ min: -3 * HOUR, max: 3 * HOUR }).map((delta) => new Date(Date.parse(iso) + delta)),
      );
    const anywhere = fc.date({
      min: new Date('1990-01-01'),
      max: new Date('2060-01-01'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(fc.oneof(nearChanges, anywhere), (instant) => {
        expect(ownReading(instant)).toBe(swedishReading(instant));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives 23 hours to the spring-forward day and 25 to the fall-back day', () => {
    const length = (iso: string) =>
      startOfSwedishDay(day(iso) + 1).getTime() - startOfSwedishDay(day(iso)).getTime();
    expect(length('2026-03-29')).toBe(23 * HOUR);
    expect(length('2026-10-25')).toBe(25 * HOUR);
    expect(length('2026-06-18')).toBe(24 * HOUR);
  });

  it('moves a reading inside the spring gap forward, as the clocks do', () => {
    // 02:30 never happens on 29 Mar 2026: the clocks jump from 02:00 to 03:00.
    expect(fromWallClock(day('2026-03-29'), 2.5 * HOUR).toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('takes the first of the two 02:30s on the fall-back night', () => {
    expect(fromWallClock(day('2026-10-25'), 2.5 * HOUR).toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(fromWallClock(day('2026-10-25'), 3.5 * HOUR).toISOString()).toBe('2026-10-25T02:30:00.000Z');
  });

  it('treats 24:00 as the start of the next day', () => {
    expect(fromWallClock(day('2026-06-23'), 24 * HOUR).toISOString()).toBe('2026-06-23T22:00:00.000Z');
  });

  it('round-trips every instant through its wall-clock reading (up to the repeated autumn hour)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2050-01-01'), noInvalidDate: true }),
        (t) => {
          const wall = toWallClock(t);
          const back = fromWallClock(wall.day, wall.msOfDay);
          expect(ownReading(back)).toBe(ownReading(t));
          expect([0, HOUR]).toContain(t.getTime() - back.getTime());
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reads and writes clock times', () => {
    expect(clockToMs('17:00')).toBe(17 * HOUR);
    expect(clockToMs('24:00')).toBe(24 * HOUR);
    expect(clockToMs('00:00')).toBe(0);
    for (const bad of ['24:01', '7:00', '17:60', '25:00', '17.00', ''])
      expect(clockToMs(bad), bad).toBeUndefined();
    expect(msToClock(9 * HOUR + 14 * 60_000 + 59_999)).toBe('09:14');
    expect(msToClock(24 * HOUR)).toBe('24:00');
  });

  it('writes ISO 8601 with the Swedish offset, for data-vmk-due', () => {
    expect(swedishIsoString(new Date('2026-06-23T15:00:00Z'))).toBe('2026-06-23T17:00:00+02:00');
    expect(swedishIsoString(new Date('2027-01-04T16:00:00Z'))).toBe('2027-01-04T17:00:00+01:00');
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2050-01-01'), noInvalidDate: true }),
        (t) => {
          const whole = new Date(Math.floor(t.getTime() / 1000) * 1000);
          expect(new Date(swedishIsoString(whole)).getTime()).toBe(whole.getTime());
        },
      ),
    );
  });
});
