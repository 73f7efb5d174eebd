import { workingCalendar } from './calendar';
import type { DueTime } from './due';
import type { DeadlineRule } from './rules';
import { clockToMs, fromWallClock, toWallClock } from './stockholm-time';

export type DeadlineLevel = 'green' | 'amber' | 'red';

/**
 * Working time left, as a clinician counts it: the whole working days still ahead after today (the due day
 * included), plus what is left of today's working day (until the rule's endOfDay; nothing on a day off or after
 * closing). On the due day itself it is simply the time until the due instant. Floors: never more than there is.
 * Under a 'same-time' rule the due day counts as a whole day; the due label gives its exact time.
 */
export interface TimeLeft {
  workingDays: number;
  hours: number;
  minutes: number;
}

export interface DeadlineStatus {
  level: DeadlineLevel;
  overdue: boolean;
  /** Zero when overdue. */
  left: TimeLeft;
  due: DueTime;
}

const MS_PER_MINUTE = 60_000;

function splitMs(ms: number): { hours: number; minutes: number } {
  const totalMinutes = Math.floor(Math.max(0, ms) / MS_PER_MINUTE);
  return { hours: Math.floor(totalMinutes / 60), minutes: totalMinutes % 60 };
}

/**
 * Where a message stands at `now`: red from the due instant on; amber while fewer than
 * `rule.amberBelowWorkingDays` whole working days are ahead (default 1: amber on the due day itself, since the
 * due day counts as one of the days ahead until it begins); green otherwise.
 */
export function deadlineStatus(due: DueTime, now: Date, rule: DeadlineRule): DeadlineStatus {
  if (now.getTime() >= due.at.getTime()) {
    return { level: 'red', overdue: true, left: { workingDays: 0, hours: 0, minutes: 0 }, due };
  }
  const calendar = workingCalendar(rule.closedDays);
  const today = toWallClock(now);
  let workingDays = 0;
  let msToday: number;
  if (today.day >= due.dayNumber) {
    msToday = due.at.getTime() - now.getTime();
  } else {
    workingDays = calendar.countWorkingDays(today.day, due.dayNumber);
    const endOfToday = fromWallClock(today.day, clockToMs(rule.endOfDay) ?? 24 * 3_600_000);
    msToday = calendar.isWorkingDay(today.day) ? endOfToday.getTime() - now.getTime() : 0;
  }
  const level: DeadlineLevel = workingDays < rule.amberBelowWorkingDays ? 'amber' : 'green';
  return { level, overdue: false, left: { workingDays, ...splitMs(msToday) }, due };
}
