import { datePartToDay, FUTURE_TOLERANCE_MS, type Context } from './arrival-day';
import { LEADING_LABEL, normalizeDateText } from './arrival-words';
import { parseIsoWithOffset } from './parse-iso';
import { fromWallClock, toWallClock } from './stockholm-time';

export { FUTURE_TOLERANCE_MS } from './arrival-day';

export type ArrivalFailure =
  | 'not-text'
  | 'empty'
  | 'too-long'
  | 'unrecognized'
  | 'invalid-date'
  | 'invalid-time'
  | 'weekday-mismatch'
  | 'invalid-now';

export interface ArrivalReading {
  ok: true;
  arrival: Date;
  precision: 'minute' | 'day';
  source: 'machine' | 'text';
  /**
   * Read without this computer's clock: machine-readable, or a date with its year. Such a time is the portal's
   * own, so a page can learn from it how far the computer's clock is behind (./page-clock.ts).
   */
  absolute: boolean;
  /** Lies ahead of `now` beyond FUTURE_TOLERANCE_MS (by day for a date alone): the clock may be behind. */
  ahead: boolean;
}

export type ArrivalResult = ArrivalReading | { ok: false; reason: ArrivalFailure };

const MAX_LENGTH = 120;

// "14:32", "14:32:05", "kl. 14.32". Seconds only with colons: "14.02.26" is a date (dd.mm.yy), not a time.
const TIME_AT_END =
  /(?:^|[\s,]+)(kl(?:ockan)?\.? ?)?(\d{1,2})(?::(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?|\.(\d{2}))$/;

/** "igår kl. 14:32" → date part "igår" and the time in ms after midnight (null when there is none). */
function splitOffTime(text: string): { datePart: string; time: number | null } | ArrivalFailure {
  const match = TIME_AT_END.exec(text);
  if (!match) return { datePart: text, time: null };
  const datePart = text.slice(0, match.index).replace(/[\s,]+$/, '');
  const [, clockWord, hourText, colonMinutes, secondText, dotMinutes] = match;
  // A lone "14.02" could be 14 February; with "kl." or after a date it can only be a time.
  if (dotMinutes !== undefined && !clockWord && datePart === '') return 'unrecognized';
  const [hours, minutes, seconds] = [
    Number(hourText),
    Number(colonMinutes ?? dotMinutes),
    Number(secondText ?? 0),
  ];
  if (hours > 23 || minutes > 59 || seconds > 59) return 'invalid-time';
  return { datePart, time: ((hours * 60 + minutes) * 60 + seconds) * 1000 };
}

/**
 * Reads an arrival time as a portal shows it, in Swedish wall-clock time: "2026-11-25 14:32", "25 nov 2026 14:32",
 * "25/11 14:32", "idag 09:14", "igår", "i förrgår kl. 8.05", "mån 14:02", "12 nov", or ISO 8601 with an offset.
 * A date without a time gives the start of that day with precision 'day' (the earliest it can have arrived, so a
 * 'same-time' deadline is never later than the real one). Never throws; text that cannot be read is `ok: false`.
 *
 * `now` is the portal's time as far as the page knows it. A time ahead of it is still read, marked `ahead`: it
 * is a clock problem, not an unreadable date, and the caller decides (./page-clock.ts).
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
    const ahead = machine.getTime() > nowMs + FUTURE_TOLERANCE_MS;
    return { ok: true, arrival: machine, precision: 'minute', source: 'machine', absolute: true, ahead };
  }

  const split = splitOffTime(text);
  if (typeof split === 'string') return { ok: false, reason: split };
  const { datePart, time } = split;
  const ctx: Context = { today: toWallClock(now).day, nowMs, time };
  const read = datePartToDay(datePart, ctx);
  if (typeof read === 'string') return { ok: false, reason: read };
  const { day, absolute, ahead } = read;
  return {
    ok: true,
    arrival: fromWallClock(day, time ?? 0),
    precision: time === null ? 'day' : 'minute',
    source: 'text',
    absolute,
    ahead,
  };
}
