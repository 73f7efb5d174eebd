/**
 * A moment as the portals print it in Swedish wall-clock time, via Intl (independent of the code under test), for
 * property tests that read such texts back.
 */
const swedishFormat = (options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', ...options });
const dateFormat = swedishFormat({ year: 'numeric', month: '2-digit', day: '2-digit' });
const timeFormat = swedishFormat({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const monthNameFormat = swedishFormat({ day: 'numeric', month: 'short' });
const weekdayFormat = swedishFormat({ weekday: 'short' });

/** "2026-11-25", "2026", "14:32", "25/11", "25 nov", "ons". */
export function printedSwedish(instant: Date) {
  const [year, month, day] = dateFormat.format(instant).split('-');
  return {
    iso: `${year}-${month}-${day}`,
    year,
    time: timeFormat.format(instant),
    dayMonth: `${Number(day)}/${Number(month)}`,
    monthName: monthNameFormat.format(instant).replace('.', ''),
    weekday: weekdayFormat.format(instant).replace('.', ''),
  };
}
