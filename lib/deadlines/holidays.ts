import { dayFromParts, type DayNumber } from './civil-day';
import { DAYS_OFF_MMDD, FIRST_TABLE_YEAR, LAST_TABLE_YEAR } from './holidays-se.generated';

/**
 * Swedish days off that are not weekends, from date-holidays' maintained data for SE.
 *
 * Only the types `public` (röda dagar) and `bank` are taken. In the SE data `bank` is exactly midsommarafton,
 * julafton and nyårsafton, the eves treated as holidays. The library's default would also count `observance`
 * (Lucia, Nobeldagen, annandag pingst since 2005, skärtorsdagen …) and `optional` (the half-day eves
 * trettondagsafton, valborgsmässoafton, allhelgonaafton), which are working days.
 * tests/unit/deadlines/holidays.test.ts pins these types, so a change in the data is noticed.
 *
 * The dates come from a table that scripts/gen-holidays.ts computes with date-holidays itself, not from the
 * library at run time: the library carries every country's rules plus moment-timezone (about 1.4 MB minified),
 * which the content script would have to parse on every portal page load. The library stays the source of truth:
 * tests/unit/deadlines/holidays-generated.test.ts compares the table with it year by year.
 */
export const HOLIDAY_TYPES = ['public', 'bank'] as const;

/** One Set per year: the badges ask for the same few years thousands of times. */
const daysOffByYear = new Map<number, ReadonlySet<DayNumber>>();

/** The public holidays and holiday eves of a year, as day numbers (weekends not included unless a holiday). */
export function swedishHolidays(year: number): ReadonlySet<DayNumber> {
  const cached = daysOffByYear.get(year);
  if (cached) return cached;
  const line = DAYS_OFF_MMDD[year - FIRST_TABLE_YEAR];
  // Outside the table no answer is better than a wrong one: a deadline computed without holidays could be early.
  if (!Number.isInteger(year) || line === undefined) {
    throw new RangeError(`no Swedish holiday data for ${year} (${FIRST_TABLE_YEAR}–${LAST_TABLE_YEAR})`);
  }
  const days = new Set<DayNumber>();
  for (const mmdd of line.split(' ')) {
    const day = dayFromParts(year, Number(mmdd.slice(0, 2)), Number(mmdd.slice(2, 4)));
    if (day !== undefined) days.add(day);
  }
  daysOffByYear.set(year, days);
  return days;
}
