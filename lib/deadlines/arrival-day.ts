/**
 * Which Swedish calendar day the date part of an arrival text names ("igår", "mån", "12 nov", "25/11/2026"),
 * seen from now. A form that names its year is that day, wherever it lies. A form without a year, a weekday or a
 * bare time can name several days; it is the most recent one not in the future, unless the next one lies ahead
 * by only a short while: then that one, marked `ahead` (a clock that is behind, more likely than an old message).
 */
import { MONTH_NUMBERS, WEEKDAY_NUMBERS, daysBackFromWord } from './arrival-words';
import { dayFromParts, partsFromDay, weekdayOf, type DayNumber } from './civil-day';
import type { ArrivalFailure } from './parse-arrival';
import { fromWallClock } from './stockholm-time';

/** A portal's clock may run a little ahead of this computer's; within this, an arrival is not "ahead". */
export const FUTURE_TOLERANCE_MS = 15 * 60_000;
/**
 * "26 nov" on 25 Nov: last year's would be an open message almost a year old, and portals print the year of
 * such dates. Up to a month ahead, this year's is taken (marked ahead) rather than a year-old reading.
 */
export const YEARLESS_AHEAD_MS = 31 * 86_400_000;
/**
 * "ons 16:00" at 15:00 on a Wednesday, "14:32" at 12:32: last week's, or yesterday's, is an ordinary reading
 * (a page left open over midnight still shows yesterday's bare times), so only a few hours ahead count as ahead.
 */
export const RELATIVE_AHEAD_MS = 6 * 3_600_000;
const ALWAYS = Number.POSITIVE_INFINITY;
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

export interface DayReading {
  day: DayNumber;
  /** The text names its year (or is a full date): it does not depend on this computer's clock. */
  absolute: boolean;
  /** Lies ahead of now (beyond the tolerance; by day for a date alone). */
  ahead: boolean;
}

/** Not after now: by day for a date alone, by instant (with tolerance) for a date and time. */
export function notInFuture(day: DayNumber, ctx: Context): boolean {
  if (ctx.time === null) return day <= ctx.today;
  return fromWallClock(day, ctx.time).getTime() <= ctx.nowMs + FUTURE_TOLERANCE_MS;
}

/**
 * Of the days a text may name (ascending), the most recent not in the future, unless the first one ahead lies
 * within `windowMs` of now: then that one, marked ahead. A day alone is measured from its start.
 */
function choose(days: readonly DayNumber[], windowMs: number, ctx: Context): DayReading | ArrivalFailure {
  let past: DayNumber | undefined;
  let next: DayNumber | undefined;
  for (const day of days) {
    if (notInFuture(day, ctx)) past = day;
    else next ??= day;
  }
  if (next !== undefined && fromWallClock(next, ctx.time ?? 0).getTime() - ctx.nowMs <= windowMs)
    return { day: next, absolute: false, ahead: true };
  return past === undefined ? 'invalid-date' : { day: past, absolute: false, ahead: false };
}

function explicitDate(year: number, month: number, day: number, ctx: Context): DayReading | ArrivalFailure {
  const found = year < MIN_YEAR ? undefined : dayFromParts(year, month, day);
  if (found === undefined) return 'invalid-date';
  return { day: found, absolute: true, ahead: !notInFuture(found, ctx) };
}

/** No year given: this year's, or an earlier one (on 2 Jan, "30 dec" is last year), or next year's if near. */
function inferYear(month: number, day: number, ctx: Context): DayReading | ArrivalFailure {
  const thisYear = partsFromDay(ctx.today).year;
  const days: DayNumber[] = [];
  for (let year = thisYear - YEARS_BACK; year <= thisYear + 1; year += 1) {
    const candidate = dayFromParts(year, month, day);
    if (candidate !== undefined) days.push(candidate);
  }
  return choose(days, YEARLESS_AHEAD_MS, ctx);
}

function calendarDate(text: string, ctx: Context): DayReading | ArrivalFailure {
  let match = ISO_DATE.exec(text) ?? DAY_DOT_MONTH_YEAR.exec(text);
  if (match) {
    const [a, b, c] = [Number(match[1]), Number(match[2]), Number(match[3])];
    return match[0].includes('-') ? explicitDate(a, b, c, ctx) : explicitDate(c, b, a, ctx);
  }
  let month: number | undefined;
  if ((match = DAY_MONTH_NAME.exec(text))) month = MONTH_NUMBERS.get(match[2] ?? '');
  else if ((match = DAY_SLASH_MONTH.exec(text))) month = Number(match[2]);
  if (!match || month === undefined) return 'unrecognized';
  const day = Number(match[1]);
  return match[3] ? explicitDate(Number(match[3]), month, day, ctx) : inferYear(month, day, ctx);
}

/** "mån" alone: the most recent Monday not in the future (today if it is Monday and the time has come). */
function weekdayDate(weekday: number, rest: string | undefined, ctx: Context): DayReading | ArrivalFailure {
  if (rest !== undefined) {
    const read = calendarDate(rest, ctx);
    return typeof read !== 'string' && weekdayOf(read.day) !== weekday ? 'weekday-mismatch' : read;
  }
  const onOrBefore = ctx.today - ((weekdayOf(ctx.today) - weekday + 7) % 7);
  return choose([onOrBefore - 7, onOrBefore, onOrBefore + 7], RELATIVE_AHEAD_MS, ctx);
}

export function datePartToDay(text: string, ctx: Context): DayReading | ArrivalFailure {
  if (text === '') {
    // A bare clock time, as inboxes show for today's messages; just after midnight it is yesterday's.
    if (ctx.time === null) return 'empty';
    return choose([ctx.today - 1, ctx.today], RELATIVE_AHEAD_MS, ctx);
  }
  // "idag 23:00" can only be today, however far ahead of this computer's clock it lies.
  const daysBack = daysBackFromWord(text);
  if (daysBack !== undefined) return choose([ctx.today - daysBack], ALWAYS, ctx);
  const weekdayMatch = WEEKDAY_FIRST.exec(text);
  const weekday = weekdayMatch ? WEEKDAY_NUMBERS.get(weekdayMatch[1] ?? '') : undefined;
  if (weekdayMatch && weekday !== undefined) return weekdayDate(weekday, weekdayMatch[2], ctx);
  return calendarDate(text, ctx);
}
