import {
  arrivalLabel,
  dayFromIso,
  dayLabel,
  formatClockBehind,
  formatLabel,
  FUTURE_TOLERANCE_MS,
  isoFromDay,
  swedishDayOf,
  toWallClock,
  type Language,
} from '../../deadlines';
import { msToClock } from '../../deadlines/stockholm-time';
import { PORTALS } from '../../portals/index';
import type { SeenMessage } from './store';
import { needsAnswerToday } from './store';

export interface ListedDeadline {
  id: string;
  portalName: string;
  /** The message's own address while the browser has it in memory, else the portal's. */
  href: string;
  overdue: boolean;
  /** "Försenat sedan mån 22 jun 17:00" / "Besvaras senast idag 17:00" */
  dueText: string;
  /** "Inkom tor 18 jun 14:32" */
  arrivalText: string;
}

/** The due day with its clock time; a due instant at midnight is 24:00 on the due day, as the badge says. */
/** A built-in portal's name; a portal defined by policy is named by the caller, which knows the policy. */
function builtInName(portal: string): string {
  return PORTALS.find((candidate) => candidate.id === portal)?.name ?? portal;
}

function dueWhen(message: SeenMessage, now: Date) {
  const day = dayFromIso(message.dueDay) ?? toWallClock(new Date(message.due)).day;
  const wall = toWallClock(new Date(message.due));
  const time = wall.day === day ? msToClock(wall.msOfDay) : '24:00';
  return dayLabel(day, time, now);
}

/** What the popup lists: the messages overdue or due today, earliest due first. */
export function listedDeadlines(
  messages: readonly SeenMessage[],
  links: Readonly<Record<string, string>>,
  now: Date,
  today: string,
  language: Language,
  nameOf: (portal: string) => string = builtInName,
): ListedDeadline[] {
  return messages
    .filter((message) => needsAnswerToday(message, now.getTime(), today))
    .sort((a, b) => a.due - b.due)
    .map((message) => {
      const overdue = message.due <= now.getTime();
      const when = dueWhen(message, now);
      const arrival = new Date(message.arrival);
      // Midnight exactly: a date read without a time ("12 nov"); show the day alone.
      const precision = toWallClock(arrival).msOfDay === 0 ? 'day' : 'minute';
      return {
        id: message.id,
        portalName: nameOf(message.portal),
        href: links[message.id] ?? `${message.origin}/`,
        overdue,
        dueText: formatLabel({ kind: overdue ? 'overdue-since' : 'due-by', when }, language),
        arrivalText: formatLabel(arrivalLabel(arrival, precision, now), language),
      };
    });
}

export interface PopupDeadlines {
  listed: ListedDeadline[];
  /** "Datorns klocka verkar gå efter med minst 3 dygn. Tiderna räknas från portalens tid.", or null. */
  clockNotice: string | null;
}

/**
 * What the popup shows, counted from the portals' time: the computer's clock plus how far behind a portal page
 * has shown it to be. A clock that is behind is said once, above the list, rather than turning into messages
 * that look overdue or not yet due; within the tolerance a portal's clock may differ, nothing is said.
 */
export function popupDeadlines(
  messages: readonly SeenMessage[],
  links: Readonly<Record<string, string>>,
  computerNow: number,
  behindMs: number,
  language: Language,
  nameOf?: (portal: string) => string,
): PopupDeadlines {
  const now = new Date(computerNow + behindMs);
  return {
    listed: listedDeadlines(messages, links, now, isoFromDay(swedishDayOf(now)), language, nameOf),
    clockNotice: behindMs >= FUTURE_TOLERANCE_MS ? formatClockBehind(behindMs, language) : null,
  };
}
