import type { DayLabel, DeadlineLabel } from './labels';
import { textsFor, type DeadlineTexts, type Language } from './texts';

/** "tis 23 jun", "idag 17:00", "mån 28 dec 2026 24:00" (year only when not this year). */
export function formatDay(when: DayLabel, texts: DeadlineTexts): string {
  const name = when.relative
    ? texts[when.relative]
    : [texts.weekdays[when.weekday], when.day, texts.months[when.month - 1], when.year]
        .filter(Boolean)
        .join(' ');
  return when.time ? `${name} ${when.time}` : name;
}

/**
 * The two largest units that are not zero, floored: "1 vardag 3 tim", "3 tim 20 min", "45 min". Minutes are
 * dropped next to whole days, where they would only add noise to a badge.
 */
function formatAmount(
  label: Extract<DeadlineLabel, { kind: 'time-left' }>,
  texts: DeadlineTexts,
): string | null {
  const { workingDays, hours, minutes } = label;
  if (workingDays > 0)
    return [texts.workingDays(workingDays), hours > 0 ? texts.hours(hours) : ''].join(' ').trim();
  if (hours > 0) return [texts.hours(hours), minutes > 0 ? texts.minutes(minutes) : ''].join(' ').trim();
  if (minutes > 0) return texts.minutes(minutes);
  return null;
}

export function formatLabel(label: DeadlineLabel, language: Language): string {
  const texts = textsFor(language);
  switch (label.kind) {
    case 'time-left': {
      const amount = formatAmount(label, texts);
      return amount === null ? texts.lessThanAMinuteLeft : texts.left(amount);
    }
    case 'due-by':
      return texts.dueBy(formatDay(label.when, texts));
    case 'overdue-since':
      return texts.overdueSince(formatDay(label.when, texts));
    case 'arrived':
      return texts.arrived(formatDay(label.when, texts));
    case 'unreadable':
      return texts.unreadable;
    case 'untrusted':
      return texts.untrusted;
  }
}

const MINUTE_MS = 60_000;

/**
 * "Datorns klocka verkar gå efter med minst 3 dygn. Tiderna räknas från portalens tid." The amount is floored to
 * its largest whole unit: it says at least how far behind, never more than the page has seen.
 */
export function formatClockBehind(behindMs: number, language: Language): string {
  const texts = textsFor(language);
  const minutes = Math.floor(Math.max(0, behindMs) / MINUTE_MS);
  if (minutes >= 24 * 60) return texts.clockBehind(Math.floor(minutes / (24 * 60)), 'day');
  if (minutes >= 60) return texts.clockBehind(Math.floor(minutes / 60), 'hour');
  return texts.clockBehind(minutes, 'minute');
}
