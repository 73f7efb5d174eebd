import Holidays from 'date-holidays';
import { dayFromIso, type DayNumber } from './civil-day';

/**
 * Swedish days off that are not weekends, from date-holidays' maintained data for SE.
 *
 * Only the types `public` (röda dagar) and `bank` are taken. In the SE data `bank` is exactly midsommarafton,
 * julafton and nyårsafton, the eves treated as holidays. The library's default would also count `observance`
 * (Lucia, Nobeldagen, annandag pingst since 2005, skärtorsdagen …) and `optional` (the half-day eves
 * trettondagsafton, valborgsmässoafton, allhelgonaafton), which are working days.
 * tests/unit/deadlines/holidays.test.ts pins these types, so a change in the data is noticed.
 */
export const HOLIDAY_TYPES = ['public', 'bank'] as const;

let library: Holidays | undefined;
/** One Set per year: the badges ask for the same few years thousands of times; date-holidays is slow per call. */
const daysOffByYear = new Map<number, ReadonlySet<DayNumber>>();

function holidayLibrary(): Holidays {
  // Built lazily: the constructor parses the rules for Sweden, which no page needs until a deadline is computed.
  library ??= new Holidays('SE', { types: [...HOLIDAY_TYPES] });
  return library;
}

/** The public holidays and holiday eves of a year, as day numbers (weekends not included unless a holiday). */
export function swedishHolidays(year: number): ReadonlySet<DayNumber> {
  const cached = daysOffByYear.get(year);
  if (cached) return cached;
  const days = new Set<DayNumber>();
  for (const holiday of holidayLibrary().getHolidays(year) || []) {
    if (!(HOLIDAY_TYPES as readonly string[]).includes(holiday.type)) continue;
    // `date` is the local date in Sweden ('2026-06-19 00:00:00'), so no zone conversion is involved.
    const day = dayFromIso(holiday.date.slice(0, 10));
    if (day !== undefined) days.add(day);
  }
  daysOffByYear.set(year, days);
  return days;
}
