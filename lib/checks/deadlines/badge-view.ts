import {
  arrivalLabel,
  computeDue,
  dayLabel,
  deadlineStatus,
  dueByLabel,
  formatLabel,
  swedishIsoString,
  timeLeftLabel,
  toWallClock,
  UNREADABLE_LABEL,
  type ArrivalResult,
  type DeadlineLevel,
  type DeadlineRule,
  type DueTime,
  type Language,
} from '../../deadlines';
import { partsFromDay } from '../../deadlines/civil-day';

/** A message's deadline, once read: computed once per row, re-rendered every minute. */
export interface RowDeadline {
  arrival: Date;
  precision: 'minute' | 'day';
  due: DueTime;
}

/** What one badge shows. Equal views render the same DOM, so a tick that changes nothing writes nothing. */
export interface BadgeView {
  level: DeadlineLevel | 'unreadable' | 'untrusted';
  /** "1 vardag 3 tim kvar", "Försenat sedan mån 22 jun 17:00", "Kan inte läsa datum", "Kontrollera datum". */
  text: string;
  /** "Besvaras senast tis 23 jun" next to the time left; '' when overdue, unreadable or untrusted. */
  detail: string;
  /** The absolute due time (with year and clock) and the arrival, for the tooltip. */
  tooltip: string;
  /** ISO 8601 with the Swedish offset, for data-vmk-due; null when unreadable or untrusted. */
  dueIso: string | null;
}

export function badgesEqual(a: BadgeView | undefined, b: BadgeView): boolean {
  return (
    a !== undefined &&
    a.level === b.level &&
    a.text === b.text &&
    a.detail === b.detail &&
    a.tooltip === b.tooltip &&
    a.dueIso === b.dueIso
  );
}

export function unreadableView(language: Language): BadgeView {
  const text = formatLabel(UNREADABLE_LABEL, language);
  return { level: 'unreadable', text, detail: '', tooltip: text, dueIso: null };
}

type DuePart = Omit<BadgeView, 'tooltip'> & { dueTooltip: string };

/**
 * Deadlines and badge texts for one pass over the page (one `now`, one rule). Rows share most of the work: under
 * the default rule every message that arrived on the same Swedish day is due at the same instant, and every badge
 * due at the same instant says the same, so both are computed once per day and once per due time.
 */
export class BadgePass {
  private readonly dueByDay = new Map<number, DueTime>();
  private readonly partByDue = new Map<number, DuePart>();

  constructor(
    readonly rule: DeadlineRule,
    /** The portal's time as far as the page knows it (lib/deadlines/page-clock.ts). */
    readonly now: Date,
    readonly language: Language,
    /** The rule and the clock estimate this pass was made under: rows read under another key are read again. */
    readonly key = '',
  ) {}

  /** The deadline from an arrival reading, or null when none can be given (unreadable, or outside the calendar). */
  deadline(read: ArrivalResult): RowDeadline | null {
    if (!read.ok) return null;
    try {
      return { arrival: read.arrival, precision: read.precision, due: this.dueOf(read.arrival) };
    } catch {
      return null;
    }
  }

  view(deadline: RowDeadline): BadgeView {
    const { dueTooltip, ...part } = this.partOf(deadline.due);
    const arrived = formatLabel(arrivalLabel(deadline.arrival, deadline.precision, this.now), this.language);
    return { ...part, tooltip: `${dueTooltip}\n${arrived}` };
  }

  private dueOf(arrival: Date): DueTime {
    // 'end-of-day': only the day of arrival matters. 'same-time' depends on the clock time too.
    if (this.rule.dueAt !== 'end-of-day') return computeDue(arrival, this.rule);
    const day = toWallClock(arrival).day;
    let due = this.dueByDay.get(day);
    if (!due) this.dueByDay.set(day, (due = computeDue(arrival, this.rule)));
    return due;
  }

  private partOf(due: DueTime): DuePart {
    const key = due.at.getTime();
    let part = this.partByDue.get(key);
    if (part) return part;
    const { rule, now, language } = this;
    const status = deadlineStatus(due, now, rule);
    // The tooltip names the due time in full, never "idag": the absolute time, with its year.
    const absolute = {
      ...dayLabel(due.dayNumber, due.time, now),
      relative: null,
      year: partsFromDay(due.dayNumber).year,
    };
    part = {
      level: status.level,
      text: formatLabel(timeLeftLabel(status, now), language),
      detail: status.overdue ? '' : formatLabel(dueByLabel(due, now), language),
      dueIso: swedishIsoString(due.at),
      dueTooltip: formatLabel({ kind: 'due-by', when: absolute }, language),
    };
    this.partByDue.set(key, part);
    return part;
  }
}
