import { partsFromDay, weekdayOf, type DayNumber } from './civil-day';
import type { DueTime } from './due';
import type { DeadlineStatus } from './status';
import { msToClock, toWallClock } from './stockholm-time';

/**
 * What a badge says, as data: ./format.ts renders it in Swedish or English. Keeping the words out of the logic lets
 * the badges, the tooltip and the popup share one wording, and lets tests check meaning rather than spelling.
 */
export interface DayLabel {
  /** Set when the day is today, yesterday or tomorrow in Sweden: then it is named that way. */
  relative: 'today' | 'yesterday' | 'tomorrow' | null;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
  day: number;
  /** 1–12 */
  month: number;
  /** Only when not the current year. */
  year: number | null;
  /** 'HH:MM' ('24:00' = the end of the day), or null when the day alone is meant. */
  time: string | null;
}

export type DeadlineLabel =
  | { kind: 'time-left'; workingDays: number; hours: number; minutes: number }
  | { kind: 'due-by'; when: DayLabel }
  | { kind: 'overdue-since'; when: DayLabel }
  | { kind: 'arrived'; when: DayLabel }
  | { kind: 'unreadable' }
  | { kind: 'untrusted' };

const RELATIVE = new Map<number, DayLabel['relative']>([
  [-1, 'yesterday'],
  [0, 'today'],
  [1, 'tomorrow'],
]);

export function dayLabel(day: DayNumber, time: string | null, now: Date): DayLabel {
  const today = toWallClock(now).day;
  const { year, month, day: dayOfMonth } = partsFromDay(day);
  return {
    relative: RELATIVE.get(day - today) ?? null,
    weekday: weekdayOf(day),
    day: dayOfMonth,
    month,
    year: year === partsFromDay(today).year ? null : year,
    time,
  };
}

/** "1 vardag 3 tim kvar", or "Försenat sedan mån 22 jun 17:00" once overdue (the due day and clock time). */
export function timeLeftLabel(status: DeadlineStatus, now: Date): DeadlineLabel {
  if (status.overdue)
    return { kind: 'overdue-since', when: dayLabel(status.due.dayNumber, status.due.time, now) };
  return { kind: 'time-left', ...status.left };
}

/**
 * "Besvaras senast tis 23 jun". The clock time is left out when the message is due at the end of the working day
 * (the day says it, as in the rule's own words) unless `withTime` asks for it, e.g. in a tooltip.
 */
export function dueByLabel(due: DueTime, now: Date, withTime = !due.atEndOfWorkingDay): DeadlineLabel {
  return { kind: 'due-by', when: dayLabel(due.dayNumber, withTime ? due.time : null, now) };
}

/** "Inkom tor 18 jun 14:32"; a date read without a time ('day' precision) shows no time. */
export function arrivalLabel(arrival: Date, precision: 'minute' | 'day', now: Date): DeadlineLabel {
  const wall = toWallClock(arrival);
  return {
    kind: 'arrived',
    when: dayLabel(wall.day, precision === 'day' ? null : msToClock(wall.msOfDay), now),
  };
}

export const UNREADABLE_LABEL: DeadlineLabel = { kind: 'unreadable' };
/** "Kontrollera datum": read, but ahead of the computer's clock with nothing on the page to explain it. */
export const UNTRUSTED_LABEL: DeadlineLabel = { kind: 'untrusted' };
