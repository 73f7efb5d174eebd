/**
 * The answer rule worked out again for the tests, independently of the extension's calendar (lib/deadlines): a
 * message is due at 17:00 Swedish time on the N-th working day after the Swedish day it arrived; working days are
 * Monday–Friday except the weekday holidays below. Built from the rules of the Swedish calendar as they stand since
 * 2005 (nationaldagen a holiday, annandag pingst not; Easter by the Meeus/Jones/Butcher algorithm), not from
 * date-holidays; tests/unit/deadlines/due-oracle.test.ts compares it
 * with date-holidays year by year, so a mistake here is caught there rather than taken for the extension's.
 *
 * Badge levels by the rule's own words: red once the due time has passed, amber on the due day before it, else
 * green.
 */
const ZONE = 'Europe/Stockholm';
const DAY_MS = 86_400_000;

/** A civil date as days since 1970-01-01 (UTC arithmetic: no zone, no summer time). */
type CivilDay = number;

const civil = (year: number, month: number, day: number): CivilDay => Date.UTC(year, month - 1, day) / DAY_MS;
const parts = (day: CivilDay) => {
  const date = new Date(day * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
};
const weekday = (day: CivilDay) => new Date(day * DAY_MS).getUTCDay();

/** Easter Sunday (Gregorian), Meeus/Jones/Butcher. */
export function easterSunday(year: number): CivilDay {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return civil(year, month, day);
}

/**
 * The days off of a year that can fall on a weekday: nyårsdagen, trettondedag jul, långfredagen, annandag påsk,
 * första maj, Kristi himmelsfärd, nationaldagen, midsommarafton (the Friday 19–25 June), julafton, juldagen,
 * annandag jul, nyårsafton. (Påskdagen, pingstdagen, midsommardagen and alla helgons dag are always weekend days.)
 */
export function weekdayHolidays(year: number): CivilDay[] {
  const easter = easterSunday(year);
  const june19 = civil(year, 6, 19);
  const midsommarafton = june19 + ((5 - weekday(june19) + 7) % 7);
  return [
    civil(year, 1, 1),
    civil(year, 1, 6),
    easter - 2,
    easter + 1,
    civil(year, 5, 1),
    easter + 39,
    civil(year, 6, 6),
    midsommarafton,
    civil(year, 12, 24),
    civil(year, 12, 25),
    civil(year, 12, 26),
    civil(year, 12, 31),
  ];
}

function isWorkingDay(day: CivilDay): boolean {
  const dow = weekday(day);
  return dow !== 0 && dow !== 6 && !weekdayHolidays(parts(day).year).includes(day);
}

/** The Swedish civil day of an instant, by the platform's time-zone data. */
export function swedishDay(instant: Date): CivilDay {
  const text = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, dateStyle: 'short' }).format(instant);
  const [year, month, day] = text.split('-').map(Number);
  return civil(year!, month!, day!);
}

/** 'YYYY-MM-DD', the Swedish date of an instant. */
export function swedishDate(instant: Date): string {
  return new Date(swedishDay(instant) * DAY_MS).toISOString().slice(0, 10);
}

/** 17:00 Swedish time on a civil day: +01:00 in winter, +02:00 in summer, whichever reads back as 17:00 there. */
function fivePm(day: CivilDay): Date {
  const { year, month, day: dayOfMonth } = parts(day);
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(Date.UTC(year, month - 1, dayOfMonth, 17 - offsetHours));
    const hour = new Intl.DateTimeFormat('en-GB', {
      timeZone: ZONE,
      hour: '2-digit',
      hourCycle: 'h23',
    }).format(candidate);
    if (hour === '17') return candidate;
  }
  throw new Error(`no 17:00 in Stockholm on ${year}-${month}-${dayOfMonth}`);
}

export interface OracleDue {
  /** The due instant. */
  at: Date;
  /** 'YYYY-MM-DD', the Swedish due day. */
  day: string;
  /** The ISO form the badge writes in data-vmk-due: "2026-12-28T17:00:00+01:00". */
  iso: string;
}

export function oracleDue(arrival: Date, workingDays = 2): OracleDue {
  let day = swedishDay(arrival);
  for (let counted = 0; counted < workingDays;) {
    day += 1;
    if (isWorkingDay(day)) counted += 1;
  }
  const at = fivePm(day);
  const { year, month, day: dayOfMonth } = parts(day);
  const date = `${year}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
  const offset = 17 - at.getUTCHours();
  return { at, day: date, iso: `${date}T17:00:00+0${offset}:00` };
}

export type OracleLevel = 'green' | 'amber' | 'red';

export function oracleLevel(due: OracleDue, now: Date): OracleLevel {
  if (now.getTime() >= due.at.getTime()) return 'red';
  return swedishDay(now) === swedishDay(due.at) ? 'amber' : 'green';
}
