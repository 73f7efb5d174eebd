/**
 * Which Swedish calendar day the date part of an arrival text names ("igår", "mån", "12 nov", "25/11/2026"),
 * seen from today. Forms without a year, and weekdays, resolve to the most recent such day not in the future.
 */
import { MONTH_NUMBERS, WEEKDAY_NUMBERS, daysBackFromWord } from './arrival-words';
import { dayFromParts, partsFromDay, weekdayOf, type DayNumber } from './civil-day';
import type { ArrivalFailure } from './parse-arrival';
import { fromWallClock } from './stockholm-time';

/** A portal's clock may run a little ahead of this computer's; more than this means we misread the date. */
export const FUTURE_TOLERANCE_MS = 15 * 60_000;
const MIN_YEAR = 1970;
/** How far back to look for a day/month without a year: 29 Feb may be up to 8 years back. */
const YEARS_BACK = 8;

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DAY_MONTH_NAME = /^(\d{1,2})\.? ?([a-zåäö]+)\.?(?: (\d{4}))?$/;
const DAY_SLASH_MONTH = /^(\d{1,2})\/(\d{1,2})(?:(?:\/| )(\d{4}))?$/;
const DAY_DOT_MONTH_YEAR = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const WEEKDAY_FIRST = /^([a-zåäö]+)\.?,?(?: (.+))?$/;

export interface Context {
  today: DayNumber;
  nowMs: number;
  /** Milliseconds after midnight, or null when the text names a day only. */
  time: number | null;
}

/** Not after now: by day for a date alone, by instant (with tolerance) for a date and time. */
export function notInFuture(day: DayNumber, ctx: Context): boolean {
  if (ctx.time === null) return day <= ctx.today;
  return fromWallClock(day, ctx.time).getTime() <= ctx.nowMs + FUTURE_TOLERANCE_MS;
}

function explicitDate(year: number, month: number, day: number): DayNumber | ArrivalFailure {
  if (year < MIN_YEAR) return 'invalid-date';
  return dayFromParts(year, month, day) ?? 'invalid-date';
}

/** No year given: the most recent such date that is not in the future (on 2 Jan, "30 dec" is last year). */
function inferYear(month: number, day: number, ctx: Context): DayNumber | ArrivalFailure {
  const thisYear = partsFromDay(ctx.today).year;
  for (let year = thisYear; year >= thisYear - YEARS_BACK; year -= 1) {
    const candidate = dayFromParts(year, month, day);
    if (candidate !== undefined && notInFuture(candidate, ctx)) return candidate;
  }
  return 'invalid-date';
}

function calendarDate(text: string, ctx: Context): DayNumber | ArrivalFailure {
  let match = ISO_DATE.exec(text) ?? DAY_DOT_MONTH_YEAR.exec(text);
  if (match) {
    const [a, b, c] = [Number(match[1]), Number(match[2]), Number(match[3])];
    return match[0].includes('-') ? explicitDate(a, b, c) : explicitDate(c, b, a);
  }
  let month: number | undefined;
  if ((match = DAY_MONTH_NAME.exec(text))) month = MONTH_NUMBERS.get(match[2] ?? '');
  else if ((match = DAY_SLASH_MONTH.exec(text))) month = Number(match[2]);
  if (!match || month === undefined) return 'unrecognized';
  const day = Number(match[1]);
  return match[3] ? explicitDate(Number(match[3]), month, day) : inferYear(month, day, ctx);
}

/** "mån" alone: the most recent Monday not in the future (today if it is Monday and the time has come). */
function weekdayDate(weekday: number, rest: string | undefined, ctx: Context): DayNumber | ArrivalFailure {
  if (rest !== undefined) {
    const day = calendarDate(rest, ctx);
    return typeof day === 'number' && weekdayOf(day) !== weekday ? 'weekday-mismatch' : day;
  }
  const day = ctx.today - ((weekdayOf(ctx.today) - weekday + 7) % 7);
  return notInFuture(day, ctx) ? day : day - 7;
}

export function datePartToDay(text: string, ctx: Context): DayNumber | ArrivalFailure {
  if (text === '') {
    // A bare clock time, as inboxes show for today's messages; just after midnight it is yesterday's.
    if (ctx.time === null) return 'empty';
    return notInFuture(ctx.today, ctx) ? ctx.today : ctx.today - 1;
  }
  const daysBack = daysBackFromWord(text);
  if (daysBack !== undefined) return ctx.today - daysBack;
  const weekdayMatch = WEEKDAY_FIRST.exec(text);
  const weekday = weekdayMatch ? WEEKDAY_NUMBERS.get(weekdayMatch[1] ?? '') : undefined;
  if (weekdayMatch && weekday !== undefined) return weekdayDate(weekday, weekdayMatch[2], ctx);
  return calendarDate(text, ctx);
}
