import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeDue } from '../../../lib/deadlines/due';
import { formatLabel } from '../../../lib/deadlines/format';
import { dueByLabel, timeLeftLabel } from '../../../lib/deadlines/labels';
import { DEFAULT_DEADLINE_RULE, type DeadlineRule } from '../../../lib/deadlines/rules';
import { deadlineStatus } from '../../../lib/deadlines/status';

/** Swedish summer time (June 2026): UTC+2. */
const june = (day: number, time: string) =>
  new Date(`2026-06-${String(day).padStart(2, '0')}T${time}:00+02:00`);
const rule = (overrides: Partial<DeadlineRule> = {}): DeadlineRule => ({
  ...DEFAULT_DEADLINE_RULE,
  ...overrides,
});

/** A message that arrived Thu 18 Jun 2026 10:00: due Tue 23 Jun 17:00 (midsommarafton in between). */
function badge(now: Date, r: DeadlineRule = rule(), arrival = june(18, '10:00')) {
  const status = deadlineStatus(computeDue(arrival, r), now, r);
  return {
    level: status.level,
    sv: formatLabel(timeLeftLabel(status, now), 'sv'),
    en: formatLabel(timeLeftLabel(status, now), 'en'),
    dueSv: formatLabel(dueByLabel(status.due, now), 'sv'),
    dueEn: formatLabel(dueByLabel(status.due, now), 'en'),
  };
}

describe('status and time left of a message due Tue 23 Jun 17:00', () => {
  it.each([
    [june(18, '12:00'), 'green', '2 vardagar 5 tim kvar', '2 working days 5 h left'],
    [june(18, '18:00'), 'green', '2 vardagar kvar', '2 working days left'], // after closing: nothing left today
    [june(19, '10:00'), 'green', '2 vardagar kvar', '2 working days left'], // midsommarafton: a day off
    [june(20, '12:00'), 'green', '2 vardagar kvar', '2 working days left'],
    [june(22, '14:00'), 'green', '1 vardag 3 tim kvar', '1 working day 3 h left'],
    [june(22, '14:20'), 'green', '1 vardag 2 tim kvar', '1 working day 2 h left'], // minutes dropped next to days
    [june(23, '00:30'), 'amber', '16 tim 30 min kvar', '16 h 30 min left'],
    [june(23, '09:00'), 'amber', '8 tim kvar', '8 h left'],
    [june(23, '16:15'), 'amber', '45 min kvar', '45 min left'],
    [june(23, '16:59'), 'amber', '1 min kvar', '1 min left'],
    [new Date('2026-06-23T16:59:30+02:00'), 'amber', 'Mindre än 1 min kvar', 'Less than 1 min left'],
    [june(23, '17:00'), 'red', 'Försenat sedan idag 17:00', 'Overdue since today 17:00'],
    [june(24, '08:00'), 'red', 'Försenat sedan igår 17:00', 'Overdue since yesterday 17:00'],
    [june(26, '08:00'), 'red', 'Försenat sedan tis 23 jun 17:00', 'Overdue since Tue 23 Jun 17:00'],
    [
      new Date('2027-01-10T12:00:00+01:00'),
      'red',
      'Försenat sedan tis 23 jun 2026 17:00',
      'Overdue since Tue 23 Jun 2026 17:00',
    ],
  ])('at %s: %s, "%s"', (now, level, sv, en) => {
    expect(badge(now)).toMatchObject({ level, sv, en });
  });

  it('names the due day: "Besvaras senast tis 23 jun", or "imorgon"/"idag" when that close', () => {
    expect(badge(june(19, '10:00'))).toMatchObject({
      dueSv: 'Besvaras senast tis 23 jun',
      dueEn: 'Answer by Tue 23 Jun',
    });
    expect(badge(june(22, '10:00'))).toMatchObject({
      dueSv: 'Besvaras senast imorgon',
      dueEn: 'Answer by tomorrow',
    });
    expect(badge(june(23, '10:00'))).toMatchObject({
      dueSv: 'Besvaras senast idag',
      dueEn: 'Answer by today',
    });
  });

  it('gives the clock time when it is not the end of the working day (same-time rule)', () => {
    // Wed 17 Jun 17:00 + 2 working days at the same time: Mon 22 Jun 17:00, the example.
    const sameTime = rule({ dueAt: 'same-time' });
    const late = badge(june(24, '09:00'), sameTime, june(17, '17:00'));
    expect(late).toMatchObject({
      level: 'red',
      sv: 'Försenat sedan mån 22 jun 17:00',
      dueSv: 'Besvaras senast mån 22 jun 17:00',
    });
    expect(badge(june(18, '09:00'), sameTime, june(18, '08:05')).dueSv).toBe(
      'Besvaras senast tis 23 jun 08:05',
    );
  });

  it('counts to midnight when the working day is set to end at 24:00', () => {
    expect(badge(june(22, '14:00'), rule({ endOfDay: '24:00' })).sv).toBe('1 vardag 10 tim kvar');
    expect(badge(june(23, '20:00'), rule({ endOfDay: '24:00' }))).toMatchObject({
      level: 'amber',
      sv: '4 tim kvar',
    });
  });

  it('turns amber earlier or never, as policy sets the threshold', () => {
    expect(badge(june(22, '14:00'), rule({ amberBelowWorkingDays: 2 })).level).toBe('amber');
    expect(badge(june(20, '14:00'), rule({ amberBelowWorkingDays: 2 })).level).toBe('green');
    expect(badge(june(23, '16:00'), rule({ amberBelowWorkingDays: 0 })).level).toBe('green');
    expect(badge(june(23, '17:00'), rule({ amberBelowWorkingDays: 0 })).level).toBe('red');
  });

  it('counts a local closed day as no working time', () => {
    expect(badge(june(22, '14:00'), rule({ closedDays: ['2026-06-22'] })).sv).toBe('2 vardagar kvar');
  });
});

describe('status, properties', () => {
  const instant = fc.date({ min: new Date('2026-01-01'), max: new Date('2027-06-01'), noInvalidDate: true });
  const anyRule = fc.record({
    workingDays: fc.integer({ min: 1, max: 6 }),
    dueAt: fc.constantFrom('end-of-day' as const, 'same-time' as const),
    endOfDay: fc.constantFrom('17:00', '24:00', '12:30'),
    amberBelowWorkingDays: fc.integer({ min: 0, max: 3 }),
    closedDays: fc.constant([] as string[]),
  });
  const rank = { green: 0, amber: 1, red: 2 } as const;

  it('is red exactly from the due instant on', () => {
    fc.assert(
      fc.property(instant, instant, anyRule, (arrival, now, r) => {
        const status = deadlineStatus(computeDue(arrival, r), now, r);
        expect(status.overdue).toBe(now.getTime() >= status.due.at.getTime());
        expect(status.level === 'red').toBe(status.overdue);
      }),
      { numRuns: 2000 },
    );
  });

  it('only gets worse as time passes: level never improves, time left never grows', () => {
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: 0, max: 8 * 86_400_000 }),
        fc.integer({ min: 0, max: 86_400_000 }),
        anyRule,
        (arrival, after, step, r) => {
          const due = computeDue(arrival, r);
          const early = deadlineStatus(due, new Date(arrival.getTime() + after), r);
          const late = deadlineStatus(due, new Date(arrival.getTime() + after + step), r);
          expect(rank[late.level]).toBeGreaterThanOrEqual(rank[early.level]);
          // (working days, minutes today) compared in that order: a new day may bring more minutes, never more days.
          const earlier = [early.left.workingDays, early.left.hours * 60 + early.left.minutes] as const;
          const later = [late.left.workingDays, late.left.hours * 60 + late.left.minutes] as const;
          expect(later[0]).toBeLessThanOrEqual(earlier[0]);
          if (later[0] === earlier[0]) expect(later[1]).toBeLessThanOrEqual(earlier[1]);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('never reports negative or fractional amounts', () => {
    fc.assert(
      fc.property(instant, instant, anyRule, (arrival, now, r) => {
        const { left } = deadlineStatus(computeDue(arrival, r), now, r);
        for (const value of [left.workingDays, left.hours, left.minutes]) {
          expect(Number.isInteger(value) && value >= 0).toBe(true);
        }
        expect(left.minutes).toBeLessThan(60);
      }),
      { numRuns: 2000 },
    );
  });
});
