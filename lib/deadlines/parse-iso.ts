import { dayFromParts } from './civil-day';

// Lower case: the caller has normalised the text. Offset as Z, +01, +0100 or +01:00.
const ISO_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})[t ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)? ?(z|[+-]\d{2}(?::?\d{2})?)$/;

/**
 * An ISO 8601 date-time with an explicit offset (the form of a `datetime` attribute), which names one instant
 * and needs no zone. undefined: not this form at all; null: this form but impossible (month 13, hour 25).
 */
export function parseIsoWithOffset(text: string): Date | null | undefined {
  const match = ISO_WITH_OFFSET.exec(text);
  if (!match) return undefined;
  const [year, month, day, hours, minutes] = [1, 2, 3, 4, 5].map((index) => Number(match[index]));
  const seconds = Number(match[6] ?? 0);
  const fraction = Number(`0.${match[7] ?? '0'}`);
  const zone = match[8] ?? 'z';
  if (year === undefined || month === undefined || day === undefined) return null;
  if (hours === undefined || minutes === undefined) return null;
  if (dayFromParts(year, month, day) === undefined || hours > 23 || minutes > 59 || seconds > 59) return null;
  let offsetMinutes = 0;
  if (zone !== 'z') {
    const digits = zone.slice(1).replace(':', '');
    const offsetHours = Number(digits.slice(0, 2));
    const offsetRest = Number(digits.slice(2) || 0);
    if (offsetHours > 14 || offsetRest > 59) return null;
    offsetMinutes = (zone.startsWith('-') ? -1 : 1) * (offsetHours * 60 + offsetRest);
  }
  const utc = Date.UTC(year, month - 1, day, hours, minutes, seconds) + Math.floor(fraction * 1000);
  return new Date(utc - offsetMinutes * 60_000);
}
