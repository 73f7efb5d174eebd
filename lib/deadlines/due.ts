import { isoFromDay, type DayNumber, type IsoDate } from './civil-day';
import { workingCalendar } from './calendar';
import type { DeadlineRule } from './rules';
import { clockToMs, fromWallClock, msToClock, toWallClock } from './stockholm-time';

export interface DueTime {
  /** The first instant at which the message is late. */
  at: Date;
  /** The Swedish working day the answer is due on (the day named in "Besvaras senast tis 23 jun"). */
  day: IsoDate;
  dayNumber: DayNumber;
  /** Clock time on `day` when it is due, 'HH:MM'; '24:00' when due at midnight at the end of `day`. */
  time: string;
  /** True when due at the end of the working day (the rule's endOfDay), so the day alone says it. */
  atEndOfWorkingDay: boolean;
}

const END_OF_CALENDAR_DAY = 24 * 3_600_000;

/**
 * When a message that arrived at `arrival` must be answered under `rule`.
 *
 * 'end-of-day' (default): at the rule's endOfDay on the N-th working day after the day of arrival; the day of
 * arrival never counts, whatever the hour (Thu 18 Jun 2026 → Tue 23 Jun 2026, midsommarafton in between).
 *
 * 'same-time': at the arrival's clock time on the N-th working day after the day of arrival. A message that
 * arrives on a day off is treated as arriving at 00:00 on the next working day, i.e. it is due at the end (24:00)
 * of the N-th working day; otherwise a Saturday 01:00 message would be due before a Friday 23:00 one.
 */
export function computeDue(arrival: Date, rule: DeadlineRule): DueTime {
  if (Number.isNaN(arrival.getTime())) throw new RangeError('arrival is not a valid date');
  const calendar = workingCalendar(rule.closedDays);
  const arrived = toWallClock(arrival);
  const dayNumber = calendar.addWorkingDays(arrived.day, rule.workingDays);
  const endOfDayMs = clockToMs(rule.endOfDay) ?? END_OF_CALENDAR_DAY;
  let msOfDay: number;
  if (rule.dueAt === 'end-of-day') msOfDay = endOfDayMs;
  else if (calendar.isWorkingDay(arrived.day)) msOfDay = arrived.msOfDay;
  else msOfDay = END_OF_CALENDAR_DAY;
  return {
    at: fromWallClock(dayNumber, msOfDay),
    day: isoFromDay(dayNumber),
    dayNumber,
    time: msOfDay === END_OF_CALENDAR_DAY ? '24:00' : msToClock(msOfDay),
    atEndOfWorkingDay: rule.dueAt === 'end-of-day',
  };
}
