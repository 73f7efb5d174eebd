import { BADGE_TAG, createBadge, isBadge, renderBadge, shownView } from '@/components/deadlines/badge';
import { isoFromDay, readArrival, swedishDayOf, type Language } from '../../deadlines';
import { queryAll, queryFirst } from '../../portals/query';
import type { ResolvedPortal } from '../../portals/types';
import { BadgePass, badgesEqual, unreadableView, type RowDeadline } from './badge-view';
import type { PageRule } from './page-rule';
import {
  caseAddress,
  caseHoldsRows,
  readCase,
  readRow,
  rowAddress,
  rowOf,
  type MessageReading,
} from './reading';
import type { Reporter } from './reporter';
import { Later } from './later';
import { partsOfRow, partsOfRows, type RowParts } from './row-parts';

/**
 * A list longer than this is drawn in two parts: its first FIRST_ROWS rows at once (lists show their top first, and
 * reading positions from the layout would force the browser to lay out a list it just received), the rest in
 * idle time (./later.ts), where the rows' parts are found with one query per selector over the page
 * (./row-parts.ts). Rows the portal changes in the meantime are done at once, by the mutation path.
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
  /** Null with a host: the date could not be read ("Kan inte läsa datum"). */
  deadline: RowDeadline | null;
}

export interface AnnotatorOptions {
  portal: ResolvedPortal;
  /** The rule for this page, read again when the page changes (SoB shows its answer time late). */
  rule: () => PageRule;
  language: Language;
  reporter: Reporter;
  now?: () => Date;
  doc?: Document;
  /** Wraps each idle-time slice (the check times them, see ./timing.ts). */
  measureLater?: (work: () => void) => void;
}

const HOLDS_BADGE_INSIDE = /^(TD|TH|LI|DD)$/;

/** Where the badge goes: inside a table cell or list item holding the time, else right after the time element. */
function isPlaced(host: HTMLElement, arrival: Element): boolean {
  return HOLDS_BADGE_INSIDE.test(arrival.tagName)
    ? host.parentNode === arrival
    : arrival.nextSibling === host;
}

function place(host: HTMLElement, arrival: Element): void {
  if (isPlaced(host, arrival)) return;
  if (HOLDS_BADGE_INSIDE.test(arrival.tagName)) arrival.append(host);
  else arrival.after(host);
}

/** A badge left by an earlier run of the extension (an update replaced the content script): not ours to keep. */
function removeStrayBadges(arrival: Element): void {
  const candidates = HOLDS_BADGE_INSIDE.test(arrival.tagName)
    ? Array.from(arrival.children)
    : [arrival.nextElementSibling];
  for (const element of candidates) if (element?.localName === BADGE_TAG) element.remove();
}

/**
 * The badges of one page: draws them on every open message, redraws what changed when the portal changes its
 * list, and refreshes the time left every minute. Unchanged rows are skipped by their fingerprint (status text,
 * and for open messages the arrival's text and attributes, and the rule), and unchanged badges are not touched,
 * so nothing flickers.
 */
export class DeadlineAnnotator {
  private readonly tracked = new Map<Element, Tracked>();
  private readonly now: () => Date;
  private readonly doc: Document;
  private pageRule: PageRule | undefined;
  private ruleChanged = false;
  private reportedDay: number | undefined;
  private readonly later: Later<Element>;
  private laterParts: Map<Element, RowParts> | undefined;
  private lastPass: { pass: BadgePass; key: string; at: number } | undefined;

  constructor(private readonly options: AnnotatorOptions) {
    this.now = options.now ?? (() => new Date());
    this.doc = options.doc ?? document;
    this.later = new Later((until) => this.processLater(until), options.measureLater);
  }

  /** The first pass: every row, and the case view when it has no rows of its own. */
  scanAll(): void {
    const pass = this.pass();
    this.processRows(queryAll(this.options.portal, 'messageRow', this.doc), pass);
    this.processCase(pass);
    this.reportedDay ??= swedishDayOf(pass.now);
  }

  /** Only the rows the mutations touched (and the case view when they touched it). */
  handleMutations(records: readonly MutationRecord[]): void {
    const { portal } = this.options;
    const rows = new Set<Element>();
    const caseView = queryFirst(portal, 'caseView', this.doc);
    let caseTouched = false;
    const consider = (node: Node | null) => {
      const element = node?.nodeType === 1 ? (node as Element) : (node?.parentElement ?? null);
      if (!element || !element.isConnected) return;
      const row = rowOf(portal, element);
      if (row) rows.add(row);
      if (caseView && !caseTouched && (caseView.contains(element) || element.contains(caseView)))
        caseTouched = true;
    };
    for (const record of records) {
      if (record.type !== 'childList') {
        consider(record.target);
        continue;
      }
      let foreign = false;
      for (const node of record.addedNodes) {
        if (isBadge(node)) continue;
        foreign = true;
        if (node.nodeType !== 1) continue;
        consider(node);
        // A whole list (or a part of it) arriving at once: the rows inside it.
        for (const row of queryAll(portal, 'messageRow', node as Element)) rows.add(row);
      }
      for (const node of record.removedNodes) if (!isBadge(node)) foreign = true;
      // The portal wrote into a row (a status text, a time): that row. Our own badges coming and going: nothing.
      if (foreign) consider(record.target);
    }
    if (rows.size === 0 && !caseTouched) return;
    const pass = this.pass();
    if (this.takeRuleChange()) return this.scanAll();
    this.processRows([...rows], pass);
    if (caseTouched) this.processCase(pass);
  }

  private takeRuleChange(): boolean {
    const changed = this.ruleChanged;
    this.ruleChanged = false;
    return changed;
  }

  /** Every minute: the time left of each badge; rows that went away are forgotten. */
  tick(): void {
    const pass = this.pass();
    if (this.takeRuleChange()) this.scanAll();
    const key = this.pageRule?.key;
    for (const [element, tracked] of this.tracked) {
      if (!element.isConnected) {
        this.tracked.delete(element);
        continue;
      }
      if (!tracked.host || !tracked.deadline || tracked.ruleKey !== key) continue;
      const view = pass.view(tracked.deadline);
      if (!badgesEqual(shownView(tracked.host), view)) renderBadge(tracked.host, view);
    }
    const today = swedishDayOf(pass.now);
    if (this.reportedDay !== undefined && today !== this.reportedDay) this.options.reporter.recount();
    this.reportedDay = today;
  }

  /** Removes every badge this page got. */
  stop(): void {
    this.later.stop();
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
    const at = Date.now();
    const last = this.lastPass;
    if (reuse && last && last.key === this.pageRule.key && at - last.at < PASS_REUSE_MS) return last.pass;
    const pass = new BadgePass(this.pageRule.rule, this.now(), this.options.language);
    this.lastPass = { pass, key: this.pageRule.key, at };
    return pass;
  }

  private processRows(rows: readonly Element[], pass: BadgePass): void {
    const { portal } = this.options;
    const now = rows.length > FIRST_ROWS ? rows.slice(0, FIRST_ROWS) : rows;
    for (const row of now) this.processRow(row, partsOfRow(portal, row), pass);
    if (rows.length > FIRST_ROWS) {
      this.laterParts = undefined;
      this.later.add(rows.slice(FIRST_ROWS));
    }
  }

  private processRow(row: Element, parts: RowParts, pass: BadgePass): void {
    const base = this.doc.location?.href ?? '';
    this.process(row, readRow(this.options.portal, parts), pass, () => rowAddress(row, parts.link, base));
  }

  /** One idle-time slice of the rows left for later, until `until()` says the slice is over. */
  private processLater(until: () => boolean): void {
    const { portal } = this.options;
    const pass = this.pass(true);
    // Once for all rows waiting: one query per selector over the page, instead of one per row.
    const parts = (this.laterParts ??= partsOfRows(portal, this.later.waiting(), this.doc));
    let row = this.later.next();
    while (row) {
      // Done already (the portal changed it, so the mutation path took it) or gone: nothing to do.
      if (!this.tracked.has(row) && row.isConnected)
        this.processRow(row, parts.get(row) ?? partsOfRow(portal, row), pass);
      if (until()) return;
      row = this.later.next();
    }
    this.laterParts = undefined;
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
    this.process(caseView, readCase(portal, caseView), pass, () => caseAddress(base));
  }

  private process(
    element: Element,
    reading: MessageReading,
    pass: BadgePass,
    address: () => ReturnType<typeof caseAddress>,
  ): void {
    const ruleKey = this.pageRule?.key ?? '';
    const known = this.tracked.get(element);
    if (
      known &&
      known.fingerprint === reading.fingerprint &&
      known.ruleKey === ruleKey &&
      (!known.host || (known.host.isConnected && reading.arrival && isPlaced(known.host, reading.arrival)))
    ) {
      return;
    }
    const tracked: Tracked = known ?? { fingerprint: '', ruleKey: '', host: null, deadline: null };
    tracked.fingerprint = reading.fingerprint;
    tracked.ruleKey = ruleKey;
    this.tracked.set(element, tracked);

    const { state, arrival } = reading;
    if (state !== 'open' || !arrival) {
      tracked.host?.remove();
      tracked.host = null;
      tracked.deadline = null;
      if (state === 'answered' || state === 'closed')
        this.options.reporter.note(element, { status: state, address });
      return;
    }
    const deadline = pass.deadline(readArrival(arrival, pass.now));
    tracked.deadline = deadline;
    if (!tracked.host) {
      removeStrayBadges(arrival);
      tracked.host = createBadge(this.doc);
    }
    place(tracked.host, arrival);
    renderBadge(tracked.host, deadline ? pass.view(deadline) : unreadableView(pass.language));
    if (deadline) {
      this.options.reporter.note(element, {
        status: 'open',
        arrival: deadline.arrival.getTime(),
        due: deadline.due.at.getTime(),
        dueDay: isoFromDay(deadline.due.dayNumber),
        address,
      });
    }
  }
}
