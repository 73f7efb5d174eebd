import type { DayNumber } from './civil-day';

/**
 * Wall-clock time in Sweden, whatever zone the computer is set to. Everything about deadlines (which day a message
 * arrived, when a working day ends) is Swedish wall-clock time, so every conversion between an instant (Date) and
 * a wall-clock reading goes through this module and names the zone explicitly; nothing uses the process's zone.
 */
export const SWEDISH_ZONE = 'Europe/Stockholm';

const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 86_400_000;

const partsFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: SWEDISH_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** Offset (wall clock minus UTC, ms) at a whole UTC hour, asked of Intl. */
function offsetFromIntl(hourStartMs: number): number {
  const field: Record<string, number> = {};
  for (const part of partsFormat.formatToParts(hourStartMs)) field[part.type] = Number(part.value);
  const wallAsUtc = Date.UTC(
    field.year ?? 1970,
    (field.month ?? 1) - 1,
    field.day ?? 1,
    (field.hour ?? 0) % 24, // some engines print midnight as 24 even with h23
    field.minute ?? 0,
    field.second ?? 0,
  );
  return wallAsUtc - hourStartMs;
}

/**
 * Offsets per UTC day, or per UTC hour on the two days a year the clocks change. Swedish offsets only change on a
 * whole UTC hour (01:00 UTC since 1980), at most once a day, so a day whose first and last hour agree has one
 * offset throughout. Two Intl calls per day seen keep the first annotation of a 2 000-row inbox cheap (one call
 * per row-hour would cost tens of milliseconds). Bounded so a long-lived page does not grow them without end.
 */
const offsetByDay = new Map<number, number>();
const offsetByHour = new Map<number, number>();
const CACHE_LIMIT = 20_000;
const CHANGES_DURING_DAY = Number.NaN;

function remember(cache: Map<number, number>, key: number, value: number): number {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

function offsetAt(epochMs: number): number {
  const day = Math.floor(epochMs / MS_PER_DAY);
  let dayOffset = offsetByDay.get(day);
  if (dayOffset === undefined) {
    const first = offsetFromIntl(day * MS_PER_DAY);
    const last = offsetFromIntl(day * MS_PER_DAY + MS_PER_DAY - MS_PER_HOUR);
    dayOffset = remember(offsetByDay, day, first === last ? first : CHANGES_DURING_DAY);
  }
  if (!Number.isNaN(dayOffset)) return dayOffset;
  const hour = Math.floor(epochMs / MS_PER_HOUR);
  return offsetByHour.get(hour) ?? remember(offsetByHour, hour, offsetFromIntl(hour * MS_PER_HOUR));
}

export interface WallClock {
  day: DayNumber;
  /** Milliseconds since the wall clock showed 00:00 that day. */
  msOfDay: number;
}

/** The Swedish calendar day and clock reading at an instant. */
export function toWallClock(instant: Date): WallClock {
  const shifted = instant.getTime() + offsetAt(instant.getTime());
  const day = Math.floor(shifted / MS_PER_DAY);
  return { day, msOfDay: shifted - day * MS_PER_DAY };
}

export function swedishDayOf(instant: Date): DayNumber {
  return toWallClock(instant).day;
}

/**
 * The instant when the Swedish wall clock shows `msOfDay` on `day` (msOfDay may be 24 h: the end of the day).
 * A reading that happens twice (02:00–03:00 on the last Sunday of October) gives the earlier instant; one that
 * never happens (02:00–03:00 on the last Sunday of March) is moved forward by the gap, as clocks are.
 */
export function fromWallClock(day: DayNumber, msOfDay: number): Date {
  const wallAsUtc = day * MS_PER_DAY + msOfDay;
  // Offsets in force a little before and after: the instant lies between wallAsUtc - 2 h and wallAsUtc - 1 h.
  const before = offsetAt(wallAsUtc - 3 * MS_PER_HOUR);
  const after = offsetAt(wallAsUtc);
  const early = wallAsUtc - before;
  const late = wallAsUtc - after;
  const earlyValid = offsetAt(early) === before;
  const lateValid = offsetAt(late) === after;
  if (earlyValid && lateValid) return new Date(Math.min(early, late));
  if (lateValid) return new Date(late);
  return new Date(early); // valid on its own, or inside the spring gap: `early` is the reading pushed forward
}

export function startOfSwedishDay(day: DayNumber): Date {
  return fromWallClock(day, 0);
}

/** 'HH:MM' (or '24:00') to milliseconds since midnight; undefined for anything else. */
export function clockToMs(clock: string): number | undefined {
  const match = /^(\d{2}):(\d{2})$/.exec(clock);
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return undefined;
  return (hours * 60 + minutes) * 60_000;
}

export function msToClock(msOfDay: number): string {
  const minutes = Math.floor(msOfDay / 60_000);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * ISO 8601 with the Swedish offset, "2026-06-23T17:00:00+02:00": for `data-vmk-due` and tooltips, where a person
 * or a test reads the local time directly and a machine still gets one exact instant.
 */
export function swedishIsoString(instant: Date): string {
  const offset = offsetAt(instant.getTime());
  const local = new Date(instant.getTime() + offset).toISOString().slice(0, 19);
  const minutes = Math.abs(offset) / 60_000;
  const sign = offset < 0 ? '-' : '+';
  return `${local}${sign}${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
