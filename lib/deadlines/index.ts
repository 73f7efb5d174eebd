/**
 * Answer deadlines on portal messages: the Swedish working-day calendar, the due-time rule, reading arrival
 * times, and what a badge says. Pure logic (plus one DOM reader); the badges build on this.
 */
export { dayFromIso, isoFromDay, type DayNumber, type IsoDate } from './civil-day';
export { isSwedishWorkingDay, workingCalendar, type WorkingCalendar } from './calendar';
export { swedishHolidays, HOLIDAY_TYPES } from './holidays';
export { SWEDISH_ZONE, swedishDayOf, swedishIsoString, toWallClock, fromWallClock } from './stockholm-time';
export {
  deadlineRuleSchema,
  deadlinesSettingsSchema,
  resolveDeadlineRule,
  programRule,
  DEFAULT_DEADLINE_RULE,
  DUE_AT,
  type DeadlineRule,
  type DeadlineRuleSettings,
  type DeadlineService,
  type DeadlinesSettings,
  type DueAt,
} from './rules';
export { computeDue, type DueTime } from './due';
export { deadlineStatus, type DeadlineLevel, type DeadlineStatus, type TimeLeft } from './status';
export {
  parseArrival,
  FUTURE_TOLERANCE_MS,
  type ArrivalFailure,
  type ArrivalReading,
  type ArrivalResult,
} from './parse-arrival';
export { readArrival } from './read-arrival';
export { PageClock, MAX_CLOCK_BEHIND_MS, type ArrivalTrust } from './page-clock';
export {
  arrivalLabel,
  dayLabel,
  dueByLabel,
  timeLeftLabel,
  UNREADABLE_LABEL,
  UNTRUSTED_LABEL,
  type DayLabel,
  type DeadlineLabel,
} from './labels';
export { formatClockBehind, formatDay, formatLabel } from './format';
export { textsFor, type DeadlineTexts, type Language } from './texts';
