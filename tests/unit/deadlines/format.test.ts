import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../../../lib/deadlines/civil-day';
import { formatClockBehind, formatLabel } from '../../../lib/deadlines/format';
import {
  arrivalLabel,
  dayLabel,
  UNREADABLE_LABEL,
  UNTRUSTED_LABEL,
  type DeadlineLabel,
} from '../../../lib/deadlines/labels';

const now = new Date('2026-11-25T15:00:00+01:00'); // Wed 25 Nov 2026
const day = (iso: string) => dayFromIso(iso) ?? Number.NaN;
const both = (label: DeadlineLabel) => [formatLabel(label, 'sv'), formatLabel(label, 'en')];
const left = (workingDays: number, hours: number, minutes: number): DeadlineLabel => ({
  kind: 'time-left',
  workingDays,
  hours,
  minutes,
});

describe('badge texts', () => {
  it.each([
    [left(1, 3, 0), '1 vardag 3 tim kvar', '1 working day 3 h left'],
    [left(2, 0, 0), '2 vardagar kvar', '2 working days left'],
    [left(5, 0, 59), '5 vardagar kvar', '5 working days left'],
    [left(0, 3, 20), '3 tim 20 min kvar', '3 h 20 min left'],
    [left(0, 1, 0), '1 tim kvar', '1 h left'],
    [left(0, 0, 45), '45 min kvar', '45 min left'],
    [left(0, 0, 0), 'Mindre än 1 min kvar', 'Less than 1 min left'],
  ])('%j reads "%s" / "%s"', (label, sv, en) => {
    expect(both(label)).toEqual([sv, en]);
  });

  it('names days relative to today, then by weekday and date, with the year only when it differs', () => {
    const due = (iso: string, time: string | null = null): DeadlineLabel => ({
      kind: 'due-by',
      when: dayLabel(day(iso), time, now),
    });
    expect(both(due('2026-11-25'))).toEqual(['Besvaras senast idag', 'Answer by today']);
    expect(both(due('2026-11-26', '17:00'))).toEqual([
      'Besvaras senast imorgon 17:00',
      'Answer by tomorrow 17:00',
    ]);
    expect(both(due('2026-12-01'))).toEqual(['Besvaras senast tis 1 dec', 'Answer by Tue 1 Dec']);
    expect(both(due('2027-01-04'))).toEqual(['Besvaras senast mån 4 jan 2027', 'Answer by Mon 4 Jan 2027']);
    const overdue: DeadlineLabel = { kind: 'overdue-since', when: dayLabel(day('2026-11-24'), '24:00', now) };
    expect(both(overdue)).toEqual(['Försenat sedan igår 24:00', 'Overdue since yesterday 24:00']);
  });

  it('spells every Swedish weekday and month as the portals do', () => {
    const names = [];
    for (let offset = 0; offset < 7; offset += 1) {
      names.push(
        formatLabel({ kind: 'due-by', when: dayLabel(day('2026-11-29') + offset, null, now) }, 'sv'),
      );
    }
    expect(names.map((text) => text.split(' ')[2])).toEqual([
      'sön',
      'mån',
      'tis',
      'ons',
      'tor',
      'fre',
      'lör',
    ]);
    const months = Array.from({ length: 12 }, (_, index) =>
      formatLabel(
        { kind: 'due-by', when: dayLabel(day(`2025-${String(index + 1).padStart(2, '0')}-15`), null, now) },
        'sv',
      ),
    );
    expect(months.map((text) => text.split(' ')[4])).toEqual(
      'jan feb mar apr maj jun jul aug sep okt nov dec'.split(' '),
    );
  });

  it('shows when a message arrived, with the time only when it was read', () => {
    expect(both(arrivalLabel(new Date('2026-11-24T13:32:00Z'), 'minute', now))).toEqual([
      'Inkom igår 14:32',
      'Arrived yesterday 14:32',
    ]);
    expect(both(arrivalLabel(new Date('2026-11-11T23:00:00Z'), 'day', now))).toEqual([
      'Inkom tor 12 nov',
      'Arrived Thu 12 Nov',
    ]);
  });

  it('says so when the date cannot be read', () => {
    expect(both(UNREADABLE_LABEL)).toEqual(['Kan inte läsa datum', 'Cannot read the date']);
  });

  it('has its own words for a date read but not trusted', () => {
    expect(both(UNTRUSTED_LABEL)).toEqual(['Kontrollera datum', 'Check the date']);
  });
});

describe('the notice that the computer’s clock is behind', () => {
  const minutes = 60_000;
  it.each([
    [3 * 1440 * minutes - 5 * minutes, 'minst 2 dygn', 'at least 2 days'],
    [3 * 1440 * minutes, 'minst 3 dygn', 'at least 3 days'],
    [1440 * minutes, 'minst 1 dygn', 'at least 1 day'],
    [5 * 60 * minutes + 59 * minutes, 'minst 5 timmar', 'at least 5 hours'],
    [60 * minutes, 'minst 1 timme', 'at least 1 hour'],
    [20 * minutes + 59_999, 'minst 20 minuter', 'at least 20 minutes'],
    [1 * minutes, 'minst 1 minut', 'at least 1 minute'],
  ])('%i ms: "%s" / "%s", never more than known', (ms, sv, en) => {
    expect(formatClockBehind(ms, 'sv')).toBe(
      `Datorns klocka verkar gå efter med ${sv}. Tiderna räknas från portalens tid.`,
    );
    expect(formatClockBehind(ms, 'en')).toBe(
      `The computer’s clock seems to be behind by ${en}. Times are counted from the portal’s time.`,
    );
  });
});
