import { describe, expect, it } from 'vitest';
import { dayFromIso, weekdayOf } from '../../../lib/deadlines/civil-day';
import { isSwedishWorkingDay, workingCalendar } from '../../../lib/deadlines/calendar';

const day = (iso: string) => dayFromIso(iso) ?? Number.NaN;
const WEEKDAY = ['sön', 'mån', 'tis', 'ons', 'tor', 'fre', 'lör'];
const weekdayName = (iso: string) => WEEKDAY[weekdayOf(day(iso))];

describe('Swedish working days', () => {
  it.each([
    ['2026-06-19', 'fre', 'midsommarafton'],
    ['2026-12-24', 'tor', 'julafton'],
    ['2026-12-31', 'tor', 'nyårsafton'],
    ['2026-04-03', 'fre', 'långfredagen'],
    ['2026-04-06', 'mån', 'annandag påsk'],
    ['2026-05-14', 'tor', 'Kristi himmelsfärdsdag'],
    ['2025-06-06', 'fre', 'nationaldagen'],
    ['2028-06-06', 'tis', 'nationaldagen'],
    ['2026-01-01', 'tor', 'nyårsdagen'],
    ['2026-01-06', 'tis', 'trettondedag jul'],
    ['2026-05-01', 'fre', 'första maj'],
    ['2026-12-25', 'fre', 'juldagen'],
    ['2028-12-26', 'tis', 'annandag jul'],
  ])('%s (%s, %s) is not a working day', (iso, weekday, _name) => {
    expect(weekdayName(iso)).toBe(weekday);
    expect(isSwedishWorkingDay(iso)).toBe(false);
  });

  it.each([
    ['2026-01-05', 'mån', 'trettondagsafton'],
    ['2026-04-30', 'tor', 'valborgsmässoafton'],
    ['2026-10-30', 'fre', 'allhelgonaafton'],
    ['2027-12-13', 'mån', 'Lucia'],
    ['2026-05-25', 'mån', 'annandag pingst (not a holiday since 2005)'],
    ['2026-04-02', 'tor', 'skärtorsdagen'],
    ['2026-11-06', 'fre', 'Gustav Adolfsdagen'],
    ['2026-12-10', 'tor', 'Nobeldagen'],
    ['2026-06-18', 'tor', 'an ordinary Thursday'],
  ])('%s (%s, %s) is a working day', (iso, weekday, _name) => {
    expect(weekdayName(iso)).toBe(weekday);
    expect(isSwedishWorkingDay(iso)).toBe(true);
  });

  it('2026-12-13 (Lucia) is a Sunday, so not a working day anyway', () => {
    expect(weekdayName('2026-12-13')).toBe('sön');
    expect(isSwedishWorkingDay('2026-12-13')).toBe(false);
  });

  it('counts 251 working days in 2026 (261 weekdays less 10 holidays on weekdays)', () => {
    expect(workingCalendar().countWorkingDays(day('2025-12-31'), day('2026-12-31'))).toBe(251);
  });

  it('adds local closed days from policy on top of the national ones', () => {
    expect(isSwedishWorkingDay('2026-05-15')).toBe(true); // klämdag after Kristi himmelsfärd
    expect(isSwedishWorkingDay('2026-05-15', ['2026-05-15'])).toBe(false);
    expect(isSwedishWorkingDay('2026-05-18', ['2026-05-15'])).toBe(true);
  });

  it('ignores closed days that are not real dates (the settings schema reports those)', () => {
    expect(isSwedishWorkingDay('2026-05-15', ['2026-02-30', 'fredag'])).toBe(true);
  });

  it('shares one calendar between rules with the same closed days, in any order', () => {
    expect(workingCalendar(['2026-05-15', '2026-01-02'])).toBe(workingCalendar(['2026-01-02', '2026-05-15']));
    expect(workingCalendar([])).toBe(workingCalendar());
    expect(workingCalendar(['2026-05-15'])).not.toBe(workingCalendar());
  });

  it('steps over weekends and holidays when adding working days', () => {
    const calendar = workingCalendar();
    expect(calendar.addWorkingDays(day('2026-06-18'), 1)).toBe(day('2026-06-22'));
    expect(calendar.addWorkingDays(day('2026-12-23'), 3)).toBe(day('2026-12-30'));
    expect(calendar.addWorkingDays(day('2026-12-23'), 4)).toBe(day('2027-01-04'));
    expect(calendar.addWorkingDays(day('2026-06-20'), 0)).toBe(day('2026-06-20'));
    expect(calendar.countWorkingDays(day('2026-06-18'), day('2026-06-23'))).toBe(2);
    expect(calendar.countWorkingDays(day('2026-06-23'), day('2026-06-18'))).toBe(0);
  });

  it('rejects a date that does not exist rather than guessing', () => {
    expect(() => isSwedishWorkingDay('2026-02-30')).toThrow(RangeError);
  });
});
