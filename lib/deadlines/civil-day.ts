/**
 * Calendar days as plain integers ("day numbers": days since 1970-01-01), independent of any time zone. Working-day
 * arithmetic walks day by day, and an integer is cheaper to step, compare and use as a set key than a Date or a
 * string. Which day an instant falls on is decided in ./stockholm-time.ts.
 */
export type DayNumber = number;

/** 'YYYY-MM-DD', as in policy files and date-holidays' output. */
export type IsoDate = string;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of a proleptic Gregorian date, or undefined when the fields do not name a real date (31 Feb). */
export function dayFromParts(year: number, month: number, day: number): DayNumber | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  // Date.UTC rolls 31 Feb over into March; a real date survives the round trip unchanged.
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return ms / MS_PER_DAY;
}

export function dayFromIso(iso: string): DayNumber | undefined {
  const match = ISO_DATE.exec(iso);
  if (!match) return undefined;
  return dayFromParts(Number(match[1]), Number(match[2]), Number(match[3]));
}

export interface DateParts {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

export function partsFromDay(dayNumber: DayNumber): DateParts {
  const date = new Date(dayNumber * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function isoFromDay(dayNumber: DayNumber): IsoDate {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday, as Date#getDay. */
export function weekdayOf(dayNumber: DayNumber): number {
  // 1970-01-01 was a Thursday (4).
  return (((dayNumber + 4) % 7) + 7) % 7;
}

export function isWeekend(dayNumber: DayNumber): boolean {
  const weekday = weekdayOf(dayNumber);
  return weekday === 0 || weekday === 6;
}

export function yearOfDay(dayNumber: DayNumber): number {
  return new Date(dayNumber * MS_PER_DAY).getUTCFullYear();
}
