import { describe, expect, it } from 'vitest';
import { daysOffOf, FIRST_YEAR, LAST_YEAR } from '../../../scripts/gen-holidays';
import { easterSunday, oracleDue, oracleLevel, weekdayHolidays } from '../../e2e/due-oracle';

/**
 * The end-to-end tests check the extension's due times against tests/e2e/due-oracle.ts, a second working of the
 * rule from the calendar's own rules. Here that oracle is checked against date-holidays (the library the extension's
 * table is generated from) and against dates written out by hand, so that the two never share a mistake unseen.
 */
const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

describe('the end-to-end tests’ own answer rule', () => {
  it('names the same weekday days off as date-holidays, every year of the extension’s table from 2005', () => {
    const differing: string[] = [];
    for (let year = Math.max(FIRST_YEAR, 2005); year <= LAST_YEAR; year += 1) {
      const library = daysOffOf(year)
        .map((mmdd) => `${year}-${mmdd.slice(0, 2)}-${mmdd.slice(2)}`)
        .filter((date) => ![0, 6].includes(new Date(`${date}T12:00:00Z`).getUTCDay()));
      const oracle = weekdayHolidays(year)
        .map(iso)
        .filter((date) => ![0, 6].includes(new Date(`${date}T12:00:00Z`).getUTCDay()))
        .sort();
      if (library.join() !== [...new Set(oracle)].join()) differing.push(String(year));
    }
    expect(differing).toEqual([]);
  });

  it('finds Easter Sunday on the dates of the almanac', () => {
    expect(['2026', '2027', '2038', '2285'].map((year) => iso(easterSunday(Number(year))))).toEqual([
      '2026-04-05',
      '2027-03-28',
      '2038-04-25',
      '2285-03-22',
    ]);
  });

  it('gives the due times written out by hand', () => {
    // Tuesday before julafton: Wed 23, then Mon 28 (24–27 are julafton, juldagen, annandag jul, Sunday).
    expect(oracleDue(new Date('2026-12-22T09:55:00+01:00')).iso).toBe('2026-12-28T17:00:00+01:00');
    // Wednesday before Kristi himmelsfärd 2027 (6 May): Fri 7, Mon 10.
    expect(oracleDue(new Date('2027-05-05T14:00:00+02:00')).iso).toBe('2027-05-10T17:00:00+02:00');
    // The night summer time begins, påskdagen 2027: Mon 29 is annandag påsk, so Tue 30, Wed 31, in summer time.
    expect(oracleDue(new Date('2027-03-28T01:30:00+01:00')).iso).toBe('2027-03-31T17:00:00+02:00');
    // 23:30 UTC on nyårsafton is already 1 January in Sweden: Mon 4, Tue 5 (Wed 6 is trettondedag jul).
    expect(oracleDue(new Date('2026-12-31T23:30:00Z')).iso).toBe('2027-01-05T17:00:00+01:00');
    // A program with 1 working day, Friday after 17:00: Monday.
    expect(oracleDue(new Date('2026-12-11T17:01:00+01:00'), 1).iso).toBe('2026-12-14T17:00:00+01:00');
  });

  it('is amber on the due day until 17:00, red from then, green before', () => {
    const due = oracleDue(new Date('2026-12-09T10:00:00+01:00'));
    expect(due.iso).toBe('2026-12-11T17:00:00+01:00');
    expect(oracleLevel(due, new Date('2026-12-10T23:59:00+01:00'))).toBe('green');
    expect(oracleLevel(due, new Date('2026-12-11T00:00:00+01:00'))).toBe('amber');
    expect(oracleLevel(due, new Date('2026-12-11T16:59:59+01:00'))).toBe('amber');
    expect(oracleLevel(due, new Date('2026-12-11T17:00:00+01:00'))).toBe('red');
  });
});
