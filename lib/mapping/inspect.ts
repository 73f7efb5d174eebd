import { computeDue, readArrival } from '../deadlines';
import type { ArrivalFailure } from '../deadlines/parse-arrival';
import { messageState, type MessageState } from '../checks/deadlines/message-state';
import { pageRule } from '../checks/deadlines/page-rule';
import { readShownProgram } from '../checks/deadlines/program';
import { rowAddress } from '../checks/deadlines/reading';
import { partsOfRow } from '../checks/deadlines/row-parts';
import { queryAll } from '../portals/query';
import { SELECTOR_KEYS, type PageKind, type ResolvedPortal, type SelectorKey } from '../portals/types';
import type { Settings } from '../settings/schema';

/**
 * What the extension recognises on the page in front of the administrator, right now: per selector key its
 * matches, and per message row the arrival as read (or why not), the status as matched, the key and the due time
 * it would get. Shown on the administrator's own screen only; nothing of it is stored or exported.
 */

/** Keys read inside each message row (or the open case view). */
export const ROW_KEYS: readonly SelectorKey[] = ['messageArrival', 'messageStatus', 'messageLink'];
/** Keys that name one element on a page: more than one match is ambiguous. */
export const SINGLE_KEYS: readonly SelectorKey[] = [
  'caseView',
  'programName',
  'answerTime',
  'replyField',
  'sendButton',
  'selfView',
  'remoteVideo',
  'callControls',
  'endCallButton',
  'signatureSetting',
];
/** What a page of each kind is expected to show. */
export const EXPECTED_KEYS: Record<PageKind, readonly SelectorKey[]> = {
  inbox: ['messageRow', 'messageArrival', 'messageStatus', 'messageLink'],
  case: ['caseView', 'messageArrival', 'messageStatus', 'replyField', 'sendButton'],
  video: ['selfView', 'remoteVideo', 'callControls', 'endCallButton'],
  settings: ['signatureSetting'],
};

export type KeyProblem = 'unreadable' | 'ambiguous' | 'missing';

export interface KeyReport {
  key: SelectorKey;
  /** Elements found (for a key read in rows: the rows it was found in). */
  count: number;
  /** Rows looked at, for a key read in rows. */
  of?: number;
  /** The alternative that matched. */
  selector: string | null;
  problem?: KeyProblem;
  /** Rows whose arrival, status or key could not be read. */
  unreadable?: number;
}

export interface RowReport {
  element: Element;
  arrival:
    { ok: true; at: Date; source: 'machine' | 'text' } | { ok: false; reason: ArrivalFailure | 'no-element' };
  /** The arrival element's text as shown (on the administrator's screen only), shortened. */
  arrivalText: string;
  statusText: string;
  state: MessageState;
  /** The message's key as the extension tells messages apart (shown, never kept). */
  key: string | null;
  /** When it would be due (open messages with a readable arrival). */
  due: Date | null;
}

export interface StatusText {
  text: string;
  state: MessageState;
  count: number;
}

export interface PageReport {
  keys: KeyReport[];
  rows: RowReport[];
  statusTexts: StatusText[];
}

const ROWS_SHOWN = 200;

function firstMatch(portal: ResolvedPortal, key: SelectorKey, root: ParentNode) {
  for (const selector of portal.selectors[key] ?? []) {
    try {
      const count = root.querySelectorAll(selector).length;
      if (count > 0) return { selector, count };
    } catch {
      // a selector the browser rejects counts as no match
    }
  }
  return { selector: null, count: 0 };
}

const PROBLEM_ORDER: Record<KeyProblem | 'none', number> = {
  unreadable: 0,
  ambiguous: 1,
  missing: 2,
  none: 3,
};

export function inspectPage(
  portal: ResolvedPortal,
  page: PageKind | undefined,
  settings: Settings,
  options: { root?: Document; now?: Date } = {},
): PageReport {
  const root = options.root ?? document;
  const now = options.now ?? new Date();
  const rowElements = queryAll(portal, 'messageRow', root);
  const rule = pageRule(settings.checks.deadlines, portal, root).rule;
  const base = root.location?.href ?? '';
  const rows: RowReport[] = rowElements.slice(0, ROWS_SHOWN).map((element) => {
    const parts = partsOfRow(portal, element);
    const read = parts.arrival ? readArrival(parts.arrival, now, portal.arrivalAttributes ?? []) : undefined;
    const statusText = (parts.status?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const state = messageState(statusText, portal.statusWords);
    const address = rowAddress(element, parts.link, base, portal.messageKey);
    const arrival: RowReport['arrival'] = !read
      ? { ok: false, reason: 'no-element' }
      : read.ok
        ? { ok: true, at: read.arrival, source: read.source }
        : { ok: false, reason: read.reason };
    const due = arrival.ok && state === 'open' ? computeDue(arrival.at, rule).at : null;
    const arrivalText = (parts.arrival?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
    return { element, arrival, arrivalText, statusText, state, key: address?.key ?? null, due };
  });

  const keys: KeyReport[] = SELECTOR_KEYS.map((key) => {
    const expected = page ? EXPECTED_KEYS[page].includes(key) : false;
    if (ROW_KEYS.includes(key) && rowElements.length > 0) {
      const found = firstMatch(portal, key, root);
      const inRows = rows.filter((row) => {
        const parts = partsOfRow(portal, row.element);
        return key === 'messageArrival' ? parts.arrival : key === 'messageStatus' ? parts.status : parts.link;
      }).length;
      const unreadable =
        key === 'messageArrival'
          ? rows.filter((row) => !row.arrival.ok).length
          : key === 'messageStatus'
            ? rows.filter((row) => row.state === 'unknown').length
            : rows.filter((row) => row.key === null).length;
      const problem: KeyProblem | undefined =
        unreadable > 0 ? 'unreadable' : inRows === 0 && expected ? 'missing' : undefined;
      return { key, count: inRows, of: rows.length, selector: found.selector, problem, unreadable };
    }
    const found = firstMatch(portal, key, root);
    // A stated answer time that is there but says nothing readable leaves the page on the common rule.
    const unreadable =
      key === 'answerTime' &&
      found.count > 0 &&
      readShownProgram(portal, root).answerWorkingDays === undefined;
    const problem: KeyProblem | undefined = unreadable
      ? 'unreadable'
      : found.count > 1 && SINGLE_KEYS.includes(key)
        ? 'ambiguous'
        : found.count === 0 && expected
          ? 'missing'
          : undefined;
    return {
      key,
      count: found.count,
      selector: found.selector,
      problem,
      ...(unreadable ? { unreadable: 1 } : {}),
    };
  });
  // Problems first; then what this kind of page should show; then what was found; the rest last.
  const rank = (entry: KeyReport) =>
    PROBLEM_ORDER[entry.problem ?? 'none'] * 4 +
    (page && EXPECTED_KEYS[page].includes(entry.key) ? 0 : entry.count > 0 ? 1 : 2);
  keys.sort((a, b) => rank(a) - rank(b));

  const texts = new Map<string, StatusText>();
  for (const row of rows) {
    if (!row.statusText) continue;
    const entry = texts.get(row.statusText) ?? { text: row.statusText, state: row.state, count: 0 };
    entry.count++;
    texts.set(row.statusText, entry);
  }
  const statusTexts = [...texts.values()].sort(
    (a, b) => Number(b.state === 'unknown') - Number(a.state === 'unknown') || b.count - a.count,
  );
  return { keys, rows, statusTexts };
}

/**
 * Attributes on a row (or inside it) that hold a machine-readable time: what `arrival.attributes` can name when the
 * visible text cannot be read. Names only.
 */
export function arrivalAttributeHints(rows: readonly Element[]): string[] {
  const names = new Set<string>();
  const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
  for (const row of rows.slice(0, 20)) {
    for (const element of [row, ...row.querySelectorAll('*')]) {
      for (const attribute of element.attributes) {
        if (attribute.name === 'datetime' || attribute.name.startsWith('data-vmk')) continue;
        if (iso.test(attribute.value)) names.add(attribute.name);
      }
    }
  }
  return [...names];
}

/**
 * Attributes on the rows whose value differs from row to row (a message's number): what `messageKey` can name when
 * the rows have no link of their own. Names only.
 */
export function messageKeyHints(rows: readonly Element[]): string[] {
  if (rows.length < 2) return [];
  const hints: string[] = [];
  const first = rows[0]!;
  for (const attribute of first.attributes) {
    if (!attribute.name.startsWith('data-') || attribute.name.startsWith('data-vmk')) continue;
    const values = new Set(rows.map((row) => row.getAttribute(attribute.name)));
    if (!values.has(null) && values.size === rows.length) hints.push(attribute.name);
  }
  return hints;
}
