/**
 * Swedish relative timestamps as the replica's lists print them (invented: Vård och hälsa's formats are unknown):
 * "idag 09:14", "igår 16:40", "i förrgår 11:05", "mån 14:02" (within the last week), "12 nov" (this year),
 * "12 nov 2025" (earlier years); for future times "imorgon 09:00". Always computed in Swedish local time.
 */
const TIME_ZONE = 'Europe/Stockholm';
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
const WEEKDAYS = ['sön', 'mån', 'tis', 'ons', 'tors', 'fre', 'lör'];

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const format = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
});

function parts(date: Date): Parts {
  const out: Record<string, number> = {};
  for (const part of format.formatToParts(date))
    if (part.type !== 'literal') out[part.type] = Number(part.value);
  return {
    year: out.year ?? 0,
    month: out.month ?? 1,
    day: out.day ?? 1,
    hour: out.hour ?? 0,
    minute: out.minute ?? 0,
  };
}

const pad = (n: number): string => String(n).padStart(2, '0');

export function clock(date: Date): string {
  const p = parts(date);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

/** Calendar days from `date` to `now` in Swedish local time (1 = yesterday, -1 = tomorrow). */
function dayDifference(date: Date, now: Date): number {
  const a = parts(date);
  const b = parts(now);
  return Math.round(
    (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000,
  );
}

export function formatRelative(date: Date, now: Date): string {
  const days = dayDifference(date, now);
  const p = parts(date);
  const time = `${pad(p.hour)}:${pad(p.minute)}`;
  if (days === 0) return `idag ${time}`;
  if (days === 1) return `igår ${time}`;
  if (days === 2) return `i förrgår ${time}`;
  if (days === -1) return `imorgon ${time}`;
  if (days > 2 && days < 7) {
    const weekday = new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();
    return `${WEEKDAYS[weekday]} ${time}`;
  }
  const nowYear = parts(now).year;
  return p.year === nowYear ? `${p.day} ${MONTHS[p.month - 1]}` : `${p.day} ${MONTHS[p.month - 1]} ${p.year}`;
}
