import { dayFromIso, isWeekend, yearOfDay, type DayNumber, type IsoDate } from './civil-day';
import { swedishHolidays } from './holidays';

/**
 * Swedish working days: Monday–Friday except public holidays, midsommarafton, julafton and nyårsafton
 * (see ./holidays.ts), and except the local closed days IT adds by policy (e.g. a unit's "klämdag").
 */
export interface WorkingCalendar {
  isWorkingDay(day: DayNumber): boolean;
  /** The `count`-th working day after `day` (`day` itself never counts); count 0 gives `day` back. */
  addWorkingDays(day: DayNumber, count: number): DayNumber;
  /** How many working days d there are with from < d ≤ to (0 when to ≤ from). */
  countWorkingDays(from: DayNumber, to: DayNumber): number;
}

const NO_CLOSED_DAYS: readonly IsoDate[] = [];

// A policy can close a few days, never every day; this only stops a runaway loop on impossible input.
const MAX_DAYS_SEARCHED = 3_660;

function buildCalendar(closedDays: ReadonlySet<DayNumber>): WorkingCalendar {
  const isWorkingDay = (day: DayNumber): boolean =>
    !isWeekend(day) && !closedDays.has(day) && !swedishHolidays(yearOfDay(day)).has(day);
  return {
    isWorkingDay,
    addWorkingDays(day, count) {
      let current = day;
      let found = 0;
      for (let step = 0; found < count; step += 1) {
        if (step > MAX_DAYS_SEARCHED) throw new RangeError('no working day found within ten years');
        current += 1;
        if (isWorkingDay(current)) found += 1;
      }
      return current;
    },
    countWorkingDays(from, to) {
      let count = 0;
      for (let day = from + 1; day <= to; day += 1) if (isWorkingDay(day)) count += 1;
      return count;
    },
  };
}

/** One calendar per distinct list of closed days: every row of a service shares it. */
const calendars = new Map<string, WorkingCalendar>();
/** The same list object (a resolved rule's) finds its calendar without re-reading the dates, row after row. */
const calendarsByList = new WeakMap<readonly IsoDate[], WorkingCalendar>();

/**
 * The working-day calendar with these local closed days ('YYYY-MM-DD'; entries that are not real dates are
 * ignored here because the settings schema already reports them).
 */
export function workingCalendar(closedDays: readonly IsoDate[] = NO_CLOSED_DAYS): WorkingCalendar {
  const known = calendarsByList.get(closedDays);
  if (known) return known;
  const days = closedDays.map(dayFromIso).filter((day): day is DayNumber => day !== undefined);
  const key = [...new Set(days)].sort((a, b) => a - b).join(',');
  let calendar = calendars.get(key);
  if (!calendar) {
    calendar = buildCalendar(new Set(days));
    calendars.set(key, calendar);
  }
  calendarsByList.set(closedDays, calendar);
  return calendar;
}

/** Convenience for callers holding ISO dates: is 'YYYY-MM-DD' a Swedish working day (no local closed days)? */
export function isSwedishWorkingDay(iso: IsoDate, closedDays: readonly IsoDate[] = []): boolean {
  const day = dayFromIso(iso);
  if (day === undefined) throw new RangeError(`not a date: ${iso}`);
  return workingCalendar(closedDays).isWorkingDay(day);
}
