/**
 * Date formatting for the server-rendered replicas, always in Swedish local time (Europe/Stockholm), whatever the
 * machine's own time zone is.
 */
export const TIME_ZONE = 'Europe/Stockholm';

/** Short Swedish month names as the replicas print them (invented: the real tools' formats are unknown). */
export const MONTHS_SV = [
  'jan',
  'feb',
  'mar',
  'apr',
  'maj',
  'jun',
  'jul',
  'aug',
  'sep',
  'okt',
  'nov',
  'dec',
] as const;

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** e.g. "+01:00" (winter) or "+02:00" (summer) */
  offset: string;
}

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  hourCycle: 'h23',
});

export function localParts(date: Date): LocalParts {
  const parts: Record<string, number> = {};
  for (const part of partsFormat.formatToParts(date)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const year = parts.year!;
  const month = parts.month!;
  const day = parts.day!;
  const hour = parts.hour!;
  const minute = parts.minute!;
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, parts.second!);
  const offsetMinutes = Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const offset = `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return { year, month, day, hour, minute, offset };
}

export function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** "2026-11-25 14:32" */
export function formatIsoMinute(date: Date): string {
  const p = localParts(date);
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** "25 nov 2026 14:32" */
export function formatLong(date: Date): string {
  const p = localParts(date);
  return `${p.day} ${MONTHS_SV[p.month - 1]} ${p.year} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** "25/11 14:32" (no year) */
export function formatDayMonth(date: Date): string {
  const p = localParts(date);
  return `${p.day}/${p.month} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** "2026-11-25" */
export function formatDate(date: Date): string {
  const p = localParts(date);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** Machine-readable local time with offset, for `<time datetime>`: "2026-11-25T14:32:00+01:00". */
export function formatDatetimeAttribute(date: Date): string {
  const p = localParts(date);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:00${p.offset}`;
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Drops seconds, so that a printed minute and the machine-readable time agree. */
export function atMinute(date: Date): Date {
  return new Date(Math.floor(date.getTime() / MINUTE) * MINUTE);
}
