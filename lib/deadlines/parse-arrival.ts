import {
  LEADING_LABEL,
  MONTH_NUMBERS,
  WEEKDAY_NUMBERS,
  daysBackFromWord,
  normalizeDateText,
} from './arrival-words';
import { dayFromParts, partsFromDay, weekdayOf, type DayNumber } from './civil-day';
import { parseIsoWithOffset } from './parse-iso';
import { fromWallClock, toWallClock } from './stockholm-time';

export type ArrivalFailure =
  | 'not-text'
  | 'empty'
  | 'too-long'
  | 'unrecognized'
  | 'invalid-date'
  | 'invalid-time'
  | 'weekday-mismatch'
  | 'in-future'
  | 'invalid-now';

export type ArrivalResult =
  | { ok: true; arrival: Date; precision: 'minute' | 'day'; source: 'machine' | 'text' }
  | { ok: false; reason: ArrivalFailure };

/** A portal's clock may run a little ahead of this computer's; more than this means we misread the date. */
export const FUTURE_TOLERANCE_MS = 15 * 60_000;
const MAX_LENGTH = 120;
const MIN_YEAR = 1970;
/** How far back to look for a day/month without a year: 29 Feb may be up to 8 years back. */
const YEARS_BACK = 8;

// "14:32", "14:32:05", "kl. 14.32". Seconds only with colons: "14.02.26" is a date (dd.mm.yy), not a time.
const TIME_AT_END =
  /(?:^|[\s,]+)(kl(?:ockan)?\.? ?)?(\d{1,2})(?::(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?|\.(\d{2}))$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DAY_MONTH_NAME = /^(\d{1,2})\.? ?([a-zåäö]+)\.?(?: (\d{4}))?$/;
const DAY_SLASH_MONTH = /^(\d{1,2})\/(\d{1,2})(?:(?:\/| )(\d{4}))?$/;
const DAY_DOT_MONTH_YEAR = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const WEEKDAY_FIRST = /^([a-zåäö]+)\.?,?(?: (.+))?$/;

interface Context {
  today: DayNumber;
  nowMs: number;
  /** Milliseconds after midnight, or null when the text names a day only. */
  time: number | null;
}

/** Not after now: by day for a date alone, by instant (with tolerance) for a date and time. */
function notInFuture(day: DayNumber, ctx: Context): boolean {
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

function datePartToDay(text: string, ctx: Context): DayNumber | ArrivalFailure {
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

/**
 * Reads an arrival time as a portal shows it, in Swedish wall-clock time: "2026-11-25 14:32", "25 nov 2026 14:32",
 * "25/11 14:32", "idag 09:14", "igår", "i förrgår kl. 8.05", "mån 14:02", "12 nov", or ISO 8601 with an offset.
 * A date without a time gives the start of that day with precision 'day' (the earliest it can have arrived, so a
 * 'same-time' deadline is never later than the real one). Never throws; anything doubtful is `ok: false`.
 */
export function parseArrival(input: unknown, now: Date): ArrivalResult {
  if (typeof input !== 'string') return { ok: false, reason: 'not-text' };
  const nowMs = now.getTime();
  if (Number.isNaN(nowMs)) return { ok: false, reason: 'invalid-now' };
  if (input.length > MAX_LENGTH) return { ok: false, reason: 'too-long' };
  const text = normalizeDateText(input)
    .replace(LEADING_LABEL, '')
    .replace(/^(\d{4}-\d{2}-\d{2})t(?=\d)/, '$1 ');
  if (text === '') return { ok: false, reason: 'empty' };

  const machine = parseIsoWithOffset(text);
  if (machine !== undefined) {
    if (machine === null) return { ok: false, reason: 'invalid-date' };
    if (machine.getTime() > nowMs + FUTURE_TOLERANCE_MS) return { ok: false, reason: 'in-future' };
    return { ok: true, arrival: machine, precision: 'minute', source: 'machine' };
  }

  const timeMatch = TIME_AT_END.exec(text);
  const datePart = (timeMatch ? text.slice(0, timeMatch.index) : text).replace(/[\s,]+$/, '');
  let time: number | null = null;
  if (timeMatch) {
    const [, clockWord, hourText, colonMinutes, secondText, dotMinutes] = timeMatch;
    // A lone "14.02" could be 14 February; with "kl." or after a date it can only be a time.
    if (dotMinutes !== undefined && !clockWord && datePart === '')
      return { ok: false, reason: 'unrecognized' };
    const [hours, minutes, seconds] = [
      Number(hourText),
      Number(colonMinutes ?? dotMinutes),
      Number(secondText ?? 0),
    ];
    if (hours > 23 || minutes > 59 || seconds > 59) return { ok: false, reason: 'invalid-time' };
    time = ((hours * 60 + minutes) * 60 + seconds) * 1000;
  }
  const ctx: Context = { today: toWallClock(now).day, nowMs, time };
  const day = datePartToDay(datePart, ctx);
  if (typeof day !== 'number') return { ok: false, reason: day };
  if (!notInFuture(day, ctx)) return { ok: false, reason: 'in-future' };
  return time === null
    ? { ok: true, arrival: fromWallClock(day, 0), precision: 'day', source: 'text' }
    : { ok: true, arrival: fromWallClock(day, time), precision: 'minute', source: 'text' };
}
