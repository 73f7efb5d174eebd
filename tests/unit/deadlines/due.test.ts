import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromIso, isoFromDay } from '../../../lib/deadlines/civil-day';
import { workingCalendar } from '../../../lib/deadlines/calendar';
import { computeDue } from '../../../lib/deadlines/due';
import { DEFAULT_DEADLINE_RULE, type DeadlineRule } from '../../../lib/deadlines/rules';
import { swedishDayOf, toWallClock } from '../../../lib/deadlines/stockholm-time';

/** "2026-06-18 14:32" in Swedish time. */
function swedish(local: string): Date {
  const [date = '', time = '00:00'] = local.split(' ');
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const day = dayFromIso(date) ?? Number.NaN;
  // Offsets as the law sets them, independent of the code under test: CEST from the last Sunday of March.
  const summer = date >= `${date.slice(0, 4)}-03-29` && date < `${date.slice(0, 4)}-10-25`;
  if (date.slice(0, 4) !== '2026') throw new Error('swedish() knows the offsets of 2026 only');
  return new Date(day * 86_400_000 + (hours * 60 + minutes) * 60_000 - (summer ? 2 : 1) * 3_600_000);
}

const rule = (overrides: Partial<DeadlineRule> = {}): DeadlineRule => ({
  ...DEFAULT_DEADLINE_RULE,
  ...overrides,
});

describe('due time, default rule (2 working days, end of the working day at 17:00)', () => {
  it.each([
    ['2026-06-18', '2026-06-23', 'Thu → Tue: midsommarafton and the weekend in between'],
    ['2026-12-29', '2027-01-04', 'Tue → Mon: nyårsafton, nyårsdagen and the weekend in between'],
    ['2026-05-13', '2026-05-18', 'Wed → Mon: Kristi himmelsfärdsdag and the weekend in between'],
  ])('verified case: arrival %s is due %s (%s)', (arrivalDay, dueDay) => {
    for (const time of ['00:00', '08:00', '14:32', '23:59']) {
      const due = computeDue(swedish(`${arrivalDay} ${time}`), rule());
      expect(due.day, time).toBe(dueDay);
      expect(due.time).toBe('17:00');
      expect(due.atEndOfWorkingDay).toBe(true);
    }
  });

  it('is due at 17:00 Swedish time on the due day', () => {
    expect(computeDue(swedish('2026-06-18 14:32'), rule()).at.toISOString()).toBe('2026-06-23T15:00:00.000Z');
    expect(computeDue(swedish('2026-12-29 09:00'), rule()).at.toISOString()).toBe('2027-01-04T16:00:00.000Z');
  });

  it('counts a Saturday arrival from the weekend: due at the end of Tuesday', () => {
    expect(computeDue(swedish('2026-06-27 11:00'), rule()).day).toBe('2026-06-30');
    expect(computeDue(swedish('2026-06-28 23:00'), rule()).day).toBe('2026-06-30');
  });

  it('never counts the day of arrival, even at 00:01 on a Monday', () => {
    expect(computeDue(swedish('2026-06-22 00:01'), rule()).day).toBe('2026-06-24');
  });

  it('decides the day of arrival in Swedish time, not UTC', () => {
    // Both instants are on 17 Jun in UTC; in Sweden the first is Wednesday evening, the second Thursday night.
    expect(computeDue(new Date('2026-06-17T21:30:00Z'), rule()).day).toBe('2026-06-22'); // Wed 23:30
    expect(computeDue(new Date('2026-06-17T22:30:00Z'), rule()).day).toBe('2026-06-23'); // Thu 00:30
  });

  it('honours local closed days and other numbers of days', () => {
    expect(computeDue(swedish('2026-06-18 10:00'), rule({ closedDays: ['2026-06-22'] })).day).toBe(
      '2026-06-24',
    );
    expect(computeDue(swedish('2026-06-18 10:00'), rule({ workingDays: 1 })).day).toBe('2026-06-22');
    expect(computeDue(swedish('2026-06-18 10:00'), rule({ workingDays: 5 })).day).toBe('2026-06-26');
  });

  it('with endOfDay 24:00 is due at midnight at the end of the due day', () => {
    const due = computeDue(swedish('2026-06-18 14:32'), rule({ endOfDay: '24:00' }));
    expect(due).toMatchObject({ day: '2026-06-23', time: '24:00' });
    expect(due.at.toISOString()).toBe('2026-06-23T22:00:00.000Z');
  });
});

describe("due time, 'same-time' rule", () => {
  const sameTime = rule({ dueAt: 'same-time' });

  it('is due at the arrival’s clock time on the N-th working day', () => {
    const due = computeDue(swedish('2026-06-18 14:32'), sameTime);
    expect(due).toMatchObject({ day: '2026-06-23', time: '14:32', atEndOfWorkingDay: false });
    expect(due.at.toISOString()).toBe('2026-06-23T12:32:00.000Z');
  });

  it('keeps the wall-clock time across a change to summer time', () => {
    // Fri 27 Mar 10:00 CET → Tue 31 Mar 10:00 CEST: 95 hours later, not 96.
    const arrival = swedish('2026-03-27 10:00');
    const due = computeDue(arrival, sameTime);
    expect(due).toMatchObject({ day: '2026-03-31', time: '10:00' });
    expect(due.at.getTime() - arrival.getTime()).toBe(95 * 3_600_000);
  });

  it('treats a message that arrives on a day off as arriving when the next working day starts', () => {
    const saturday = computeDue(swedish('2026-06-27 01:00'), sameTime);
    expect(saturday).toMatchObject({ day: '2026-06-30', time: '24:00' });
    // …so it is not due before Friday evening's message is.
    expect(saturday.at.getTime()).toBeGreaterThan(
      computeDue(swedish('2026-06-26 23:00'), sameTime).at.getTime(),
    );
  });
});

describe('due time, properties', () => {
  const closedDay = fc
    .integer({ min: 0, max: 1_400 })
    .map((offset) => isoFromDay((dayFromIso('2025-06-01') ?? 0) + offset));
  const anyRule = fc.record({
    workingDays: fc.integer({ min: 1, max: 12 }),
    dueAt: fc.constantFrom('end-of-day' as const, 'same-time' as const),
    endOfDay: fc.constantFrom('17:00', '16:30', '24:00', '08:00', '00:01'),
    amberBelowWorkingDays: fc.constant(1),
    closedDays: fc.array(closedDay, { maxLength: 20 }),
  });
  const instantNear = (iso: string) =>
    fc
      .integer({ min: -36 * 3_600_000, max: 36 * 3_600_000 })
      .map((delta) => new Date(Date.parse(iso) + delta));
  const arrival = fc.oneof(
    fc.date({ min: new Date('2025-06-01'), max: new Date('2029-01-01'), noInvalidDate: true }),
    // Where mistakes hide: clock changes, midsommar, Christmas and New Year.
    instantNear('2026-03-29T01:00:00Z'),
    instantNear('2026-10-25T01:00:00Z'),
    instantNear('2026-06-19T00:00:00Z'),
    instantNear('2026-12-24T00:00:00Z'),
    instantNear('2026-12-31T23:00:00Z'),
  );

  it('is due on a working day, exactly N working days after the day of arrival', () => {
    fc.assert(
      fc.property(arrival, anyRule, (at, r) => {
        const due = computeDue(at, r);
        const calendar = workingCalendar(r.closedDays);
        expect(calendar.isWorkingDay(due.dayNumber)).toBe(true);
        expect(due.day).toBe(isoFromDay(due.dayNumber));
        // 'same-time' moves an arrival on a day off to the start of the next working day, which is one more day.
        const offDay = !calendar.isWorkingDay(swedishDayOf(at));
        expect(calendar.countWorkingDays(swedishDayOf(at), due.dayNumber)).toBe(r.workingDays);
        if (r.dueAt === 'same-time' && offDay) expect(due.time).toBe('24:00');
      }),
      { numRuns: 3000 },
    );
  });

  it('is never earlier than the arrival', () => {
    fc.assert(
      fc.property(arrival, anyRule, (at, r) => {
        expect(computeDue(at, r).at.getTime()).toBeGreaterThan(at.getTime());
      }),
      { numRuns: 3000 },
    );
  });

  it('never moves earlier when the message arrives later', () => {
    fc.assert(
      fc.property(arrival, fc.integer({ min: 0, max: 10 * 86_400_000 }), anyRule, (first, later, r) => {
        const second = new Date(first.getTime() + later);
        expect(computeDue(second, r).at.getTime()).toBeGreaterThanOrEqual(computeDue(first, r).at.getTime());
      }),
      { numRuns: 3000 },
    );
  });

  it('shows the due instant as its day and clock time in Swedish time', () => {
    fc.assert(
      fc.property(arrival, anyRule, (at, r) => {
        const due = computeDue(at, r);
        const wall = toWallClock(due.at);
        if (due.time === '24:00') expect(wall).toEqual({ day: due.dayNumber + 1, msOfDay: 0 });
        else expect(wall.day).toBe(due.dayNumber);
        if (r.dueAt === 'end-of-day') expect(due.time).toBe(r.endOfDay);
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects an invalid arrival instead of inventing a deadline', () => {
    expect(() => computeDue(new Date(Number.NaN), rule())).toThrow(RangeError);
  });
});
