import {
  dayLabel,
  formatLabel,
  readArrival,
  toWallClock,
  UNTRUSTED_LABEL,
  type ArrivalReading,
  type Language,
  type PageClock,
} from '../../deadlines';
import { partsFromDay } from '../../deadlines/civil-day';
import { msToClock } from '../../deadlines/stockholm-time';
import { textsFor } from '../../deadlines/texts';
import { unreadableView, type BadgePass, type BadgeView, type RowDeadline } from './badge-view';

export interface OpenBadge {
  /** Null when the badge counts nothing down: unreadable, or not trusted. */
  deadline: RowDeadline | null;
  /** "Kontrollera datum": worth reading again once the computer's clock has moved on. */
  untrusted: boolean;
  view: BadgeView;
}

/**
 * "Kontrollera datum": the date was read but lies ahead of the computer's clock, and nothing on the page explains
 * it. No countdown and no due time, either of which would be a guess; the tooltip says why and what was read, in
 * full (a relative "imorgon" would go stale in a badge that is not redrawn).
 */
export function untrustedView(read: ArrivalReading, now: Date, language: Language): BadgeView {
  const text = formatLabel(UNTRUSTED_LABEL, language);
  const wall = toWallClock(read.arrival);
  const time = read.precision === 'day' ? null : msToClock(wall.msOfDay);
  const when = { ...dayLabel(wall.day, time, now), relative: null, year: partsFromDay(wall.day).year };
  const arrived = formatLabel({ kind: 'arrived', when }, language);
  const tooltip = `${textsFor(language).untrustedTooltip}\n${arrived}`;
  return { level: 'untrusted', text, detail: '', tooltip, dueIso: null };
}

/**
 * The badge of one open message, from the element that holds its arrival: the time left when the arrival can be
 * trusted, "Kontrollera datum" when it was read but not trusted, "Kan inte läsa datum" otherwise. The page's clock
 * learns from the reading (an arrival with its year ahead of the computer's clock), so read them in page order.
 */
export function openBadge(
  arrival: Element,
  pass: BadgePass,
  clock: PageClock,
  attributes: readonly string[] = [],
): OpenBadge {
  const read = readArrival(arrival, pass.now, attributes);
  const trust = clock.judge(read);
  if (read.ok && trust === 'trusted') {
    const deadline = pass.deadline(read);
    if (deadline) return { deadline, untrusted: false, view: pass.view(deadline) };
  }
  if (read.ok && trust === 'untrusted')
    return { deadline: null, untrusted: true, view: untrustedView(read, pass.now, pass.language) };
  return { deadline: null, untrusted: false, view: unreadableView(pass.language) };
}
