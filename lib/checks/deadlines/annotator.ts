import { createBadge, renderBadge, shownView } from '@/components/deadlines/badge';
import { isPlaced, place, removeStrayBadges } from '@/components/deadlines/placement';
import { isoFromDay, PageClock, swedishDayOf, type Language } from '../../deadlines';
import { queryAll, queryFirst } from '../../portals/query';
import type { ResolvedPortal } from '../../portals/types';
import { BadgePass, badgesEqual, type BadgeView, type RowDeadline } from './badge-view';
import { Later } from './later';
import { openBadge } from './open-badge';
import type { PageRule } from './page-rule';
import { caseAddress, caseHoldsRows, readCase, readRow, rowAddress, type MessageReading } from './reading';
import type { Reporter } from './reporter';
import { partsOfRow, partsOfRows, type RowParts } from './row-parts';
import { touchedBy } from './touched';

/**
 * A list longer than this is drawn in two parts: its first FIRST_ROWS rows at once (lists show their top first, and
 * reading positions from the layout would force the browser to lay out a list it just received), the rest in
 * idle time (./later.ts). Those rows are read in slices, and their badges all written at the end, in one go: each
 * write into a big table makes the browser lay the whole table out again before the next frame.
 */
const FIRST_ROWS = 40;
/** A pass (one `now`, one rule, shared caches) serves idle slices for this long. */
const PASS_REUSE_MS = 1000;

/** What the check remembers of one row (or the case view): enough to skip it when nothing changed. */
interface Tracked {
  fingerprint: string;
  ruleKey: string;
  /** The badge, or null for answered, closed and unknown-status messages. */
  host: HTMLElement | null;
  /** Null with a host: the date could not be read ("Kan inte läsa datum"), or is not trusted. */
  deadline: RowDeadline | null;
  /** "Kontrollera datum": read again every minute, since the computer's clock may catch up with the date. */
  untrusted: boolean;
}

export interface AnnotatorOptions {
  portal: ResolvedPortal;
  /** The rule for this page, read again when the page changes (SoB shows its answer time late). */
  rule: () => PageRule;
  language: Language;
  reporter: Reporter;
  /** The computer's clock. */
  now?: () => Date;
  /** The portal's clock as far as the page knows it; one per document, so restarts keep what was learnt. */
  clock?: PageClock;
  doc?: Document;
  /** Wraps each idle-time slice (the check times them on the page's timeline, see ./index.ts). */
  measureLater?: (work: () => void) => void;
}

/**
 * The badges of one page: draws them on every open message, redraws what changed when the portal changes its
 * list, and refreshes the time left every minute. Unchanged rows are skipped by their fingerprint (status text,
 * and for open messages the arrival's text and attributes, and the rule), and unchanged badges are not touched,
 * so nothing flickers. Everything counts from the portal's time as far as the page knows it (`clock`): when a row
 * shows that the computer's clock is behind, every row is read again, as when the rule changes.
 */
export class DeadlineAnnotator {
  private readonly tracked = new Map<Element, Tracked>();
  private readonly clock: PageClock;
  private readonly doc: Document;
  private pageRule: PageRule | undefined;
  private ruleChanged = false;
  /** The clock estimate of the last full scan: when it has moved since, every row is read again. */
  private scannedVersion = 0;
  private reportedDay: number | undefined;
  private readonly later: Later<Element>;
  private laterParts: Map<Element, RowParts> | undefined;
  /** Badge writes of the rows read in idle time, done together when the last slice ends. */
  private readonly writes = new Map<Element, () => void>();
  private lastPass: { pass: BadgePass; key: string; at: number } | undefined;

  constructor(private readonly options: AnnotatorOptions) {
    const now = options.now;
    // A clock given for a test is its own monotonic clock: it only jumps when the test moves it.
    this.clock = options.clock ?? (now ? new PageClock(now, () => now().getTime()) : new PageClock());
    this.doc = options.doc ?? document;
    this.later = new Later((until) => this.processLater(until), options.measureLater);
  }

  /** The first pass: every row, and the case view when it has no rows of its own. Returns how many rows it found. */
  scanAll(): number {
    let rows = 0;
    // A second round when the first taught the page the portal's time (an arrival ahead of the computer's clock):
    // the rows read before it are read again. Never a third: what names its year does not depend on the clock.
    for (let round = 0; round < 2; round += 1) {
      const pass = this.pass();
      this.ruleChanged = false;
      this.scannedVersion = this.clock.version;
      const found = queryAll(this.options.portal, 'messageRow', this.doc);
      rows = found.length;
      this.processRows(found, pass);
      this.processCase(pass);
      this.reportedDay ??= swedishDayOf(pass.now);
      if (this.clock.version === this.scannedVersion) break;
    }
    this.reportClock();
    return rows;
  }

  /** Only the rows the mutations touched (and the case view when they touched it). */
  handleMutations(records: readonly MutationRecord[]): void {
    const { portal } = this.options;
    const touched = touchedBy(records, portal, queryFirst(portal, 'caseView', this.doc));
    if (touched.rows.size === 0 && !touched.caseView) return;
    const pass = this.pass();
    if (this.ruleChanged) {
      this.scanAll();
      return;
    }
    this.processRows([...touched.rows], pass);
    if (touched.caseView) this.processCase(pass);
    this.afterWork();
  }

  /** Every minute: the time left of each badge; rows that went away are forgotten. */
  tick(): void {
    const pass = this.pass();
    if (this.ruleChanged) this.scanAll();
    const untrusted: Element[] = [];
    for (const [element, tracked] of this.tracked) {
      if (!element.isConnected) {
        this.tracked.delete(element);
        continue;
      }
      if (tracked.untrusted) untrusted.push(element);
      if (!tracked.host || !tracked.deadline || tracked.ruleKey !== pass.key) continue;
      const view = pass.view(tracked.deadline);
      if (!badgesEqual(shownView(tracked.host), view)) renderBadge(tracked.host, view);
    }
    if (untrusted.length > 0) this.readAgain(untrusted);
    this.afterWork();
    const today = swedishDayOf(pass.now);
    if (this.reportedDay !== undefined && today !== this.reportedDay) this.options.reporter.recount();
    this.reportedDay = today;
  }

  /** Removes every badge this page got. */
  stop(): void {
    this.later.stop();
    this.writes.clear();
    for (const tracked of this.tracked.values()) tracked.host?.remove();
    this.tracked.clear();
  }

  private pass(reuse = false): BadgePass {
    const next = this.options.rule();
    // Keep the same rule object while its key is the same, so the calendar caches keep hitting.
    if (!this.pageRule || this.pageRule.key !== next.key) {
      // Another rule (SoB's answer time shown late, on the page's own schedule): every row is due again.
      this.ruleChanged = this.pageRule !== undefined;
      this.pageRule = next;
    }
    const key = this.keyNow();
    const at = Date.now();
    const last = this.lastPass;
    if (reuse && last && last.key === key && at - last.at < PASS_REUSE_MS) return last.pass;
    const pass = new BadgePass(this.pageRule.rule, this.clock.now(), this.options.language, key);
    this.lastPass = { pass, key, at };
    return pass;
  }

  /** The rule and the clock estimate: a row read under another key is read again. */
  private keyNow(): string {
    return `${this.pageRule?.key ?? ''}|${this.clock.version}`;
  }

  /** The pass, or a new one when a row just read raised the clock estimate: the rows after it count from that. */
  private fresh(pass: BadgePass): BadgePass {
    return pass.key === this.keyNow() ? pass : this.pass();
  }

  /** After rows were read outside a full scan: a clock estimate raised by them means every row is read again. */
  private afterWork(): void {
    if (this.clock.version !== this.scannedVersion) this.scanAll();
    else this.reportClock();
  }

  /** Tells the background how far behind the computer's clock is, once the page has any time to tell it from. */
  private reportClock(): void {
    if (this.clock.informed) this.options.reporter.clock(this.clock.behindMs());
  }

  /** "Kontrollera datum" rows: the computer's clock may have reached their date since they were read. */
  private readAgain(elements: readonly Element[]): void {
    const pass = this.pass(true);
    for (const element of elements) this.tracked.get(element)!.ruleKey = '';
    const caseView = queryFirst(this.options.portal, 'caseView', this.doc);
    const rows = elements.filter((element) => element !== caseView);
    this.processRows(rows, pass);
    if (caseView && elements.includes(caseView)) this.processCase(pass);
  }

  private processRows(rows: readonly Element[], pass: BadgePass): void {
    const { portal } = this.options;
    const first = rows.length > FIRST_ROWS ? rows.slice(0, FIRST_ROWS) : rows;
    let current = pass;
    for (const row of first) {
      current = this.fresh(current);
      this.processRow(row, partsOfRow(portal, row), current, false);
    }
    if (rows.length > FIRST_ROWS) {
      this.laterParts = undefined;
      this.later.add(rows.slice(FIRST_ROWS));
    }
  }

  private processRow(row: Element, parts: RowParts, pass: BadgePass, defer: boolean): void {
    const base = this.doc.location?.href ?? '';
    const address = () => rowAddress(row, parts.link, base, this.options.portal.messageKey);
    this.process(row, readRow(this.options.portal, parts), pass, address, defer);
  }

  /** One idle-time slice of the rows left for later, until `until()` says the slice is over. */
  private processLater(until: () => boolean): void {
    const { portal } = this.options;
    let pass = this.pass(true);
    // Once for all rows waiting: one query per selector over the page, instead of one per row.
    const parts = (this.laterParts ??= partsOfRows(portal, this.later.waiting(), this.doc));
    for (let row = this.later.next(); row; row = this.later.next()) {
      const known = this.tracked.get(row);
      // Gone, or done already under this key (the portal changed it, so the mutation path took it): nothing to do.
      if (row.isConnected && known?.ruleKey !== this.keyNow()) {
        const found = parts.get(row);
        // The portal may have replaced a part since the parts were found: then this row's own are asked for.
        const fresh =
          found && [found.arrival, found.status, found.link].every((part) => !part || row.contains(part));
        pass = this.fresh(pass);
        this.processRow(row, fresh ? found : partsOfRow(portal, row), pass, true);
      }
      if (this.later.pending > 0 && until()) return;
    }
    this.laterParts = undefined;
    for (const write of this.writes.values()) write();
    this.writes.clear();
    this.afterWork();
  }

  private processCase(pass: BadgePass): void {
    const { portal } = this.options;
    const caseView = queryFirst(portal, 'caseView', this.doc);
    if (!caseView) return;
    if (caseHoldsRows(portal, caseView)) {
      // The rows carry the badges (SoB): a badge on the case summary would repeat one of theirs.
      this.tracked.get(caseView)?.host?.remove();
      this.tracked.delete(caseView);
      return;
    }
    const base = this.doc.location?.href ?? '';
    this.process(
      caseView,
      readCase(portal, caseView),
      pass,
      () => caseAddress(base, caseView, portal.messageKey),
      false,
    );
  }

  private unchanged(known: Tracked | undefined, reading: MessageReading, key: string): boolean {
    if (!known || known.fingerprint !== reading.fingerprint || known.ruleKey !== key) return false;
    if (!known.host) return true;
    return known.host.isConnected && reading.arrival !== null && isPlaced(known.host, reading.arrival);
  }

  private process(
    element: Element,
    reading: MessageReading,
    pass: BadgePass,
    address: () => ReturnType<typeof caseAddress>,
    defer: boolean,
  ): void {
    const known = this.tracked.get(element);
    if (this.unchanged(known, reading, pass.key)) return;
    const tracked: Tracked = known ?? {
      fingerprint: '',
      ruleKey: '',
      host: null,
      deadline: null,
      untrusted: false,
    };
    tracked.fingerprint = reading.fingerprint;
    tracked.ruleKey = pass.key;
    tracked.untrusted = false;
    this.tracked.set(element, tracked);

    const { state, arrival } = reading;
    let write: () => void;
    if (state !== 'open' || !arrival) {
      tracked.deadline = null;
      write = () => {
        tracked.host?.remove();
        tracked.host = null;
      };
      if (state === 'answered' || state === 'closed')
        this.options.reporter.note(element, { status: state, address });
      else this.options.reporter.forget(element);
    } else {
      const { deadline, untrusted, view } = openBadge(
        arrival,
        pass,
        this.clock,
        this.options.portal.arrivalAttributes,
      );
      tracked.deadline = deadline;
      tracked.untrusted = untrusted;
      write = () => this.draw(tracked, arrival, view);
      if (deadline) {
        this.options.reporter.note(element, {
          status: 'open',
          arrival: deadline.arrival.getTime(),
          due: deadline.due.at.getTime(),
          dueDay: isoFromDay(deadline.due.dayNumber),
          address,
        });
      } else {
        this.options.reporter.forget(element);
      }
    }
    if (defer) {
      this.writes.set(element, write);
    } else {
      this.writes.delete(element);
      write();
    }
  }

  private draw(tracked: Tracked, arrival: Element, view: BadgeView): void {
    if (!tracked.host) {
      removeStrayBadges(arrival);
      tracked.host = createBadge(this.doc);
    }
    place(tracked.host, arrival);
    renderBadge(tracked.host, view);
  }
}
