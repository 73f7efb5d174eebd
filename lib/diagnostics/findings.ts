import { z } from 'zod';
import { readArrival } from '../deadlines/read-arrival';
import { messageState } from '../checks/deadlines/message-state';
import { rowAddress } from '../checks/deadlines/reading';
import { partsOfRow } from '../checks/deadlines/row-parts';
import { queryAll } from '../portals/query';
import {
  PAGE_KINDS,
  SELECTOR_KEYS,
  type PageKind,
  type ResolvedPortal,
  type SelectorKey,
} from '../portals/types';

/**
 * What the extension found on a portal page, for "why does nothing happen here?": per selector key how many
 * elements matched and through which of IT's alternatives, and what a check expected but did not find. Counts and
 * selectors only: never page text, names or numbers.
 */
export const FINDING_CODES = [
  /** The portal was recognised, but the page is of no kind: only the presence mark runs. */
  'no-page-kind',
  /** Message rows were found, but no row's arrival could be read: no badge can count. */
  'rows-without-arrival',
  /** Message rows were found, but no row's status matched a status word: no badge at all. */
  'rows-without-status',
  /** Message rows were found, but none could be told apart (link or key attribute): no toolbar count. */
  'rows-without-key',
  /** A reply field was found, but no send button: the unsigned-send check cannot see a send. */
  'reply-without-send',
  /** A video page without the clinician's own picture (neither by camera nor by selector): no chip. */
  'video-without-self-view',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

const selectorKey = z.enum(SELECTOR_KEYS);
export const pageFindingsSchema = z.object({
  portal: z.string().max(60),
  portalName: z.string().max(80),
  page: z.enum(PAGE_KINDS).nullable(),
  origin: z.string().max(300),
  counts: z
    .array(z.object({ key: selectorKey, count: z.int().min(0), selector: z.string().max(500).nullable() }))
    .max(SELECTOR_KEYS.length),
  problems: z.array(z.object({ code: z.enum(FINDING_CODES), keys: z.array(selectorKey).max(4) })).max(10),
  /** Of the rows looked at (at most SAMPLE): arrivals read, statuses matched, keys found. */
  rows: z.object({ seen: z.int().min(0), arrivals: z.int().min(0), statuses: z.int().min(0), keys: z.int() }),
});
export type PageFindings = z.output<typeof pageFindingsSchema>;

/** Enough rows to tell "none of them" from "some of them"; a list of thousands is not read twice. */
const SAMPLE = 100;

/** Which alternative of a key matched, and how many elements it found. */
function countKey(portal: ResolvedPortal, key: SelectorKey, root: ParentNode) {
  for (const selector of portal.selectors[key] ?? []) {
    let count = 0;
    try {
      count = root.querySelectorAll(selector).length;
    } catch {
      continue;
    }
    if (count > 0) return { key, count, selector };
  }
  return { key, count: 0, selector: null };
}

export function pageFindings(
  portal: ResolvedPortal,
  page: PageKind | undefined,
  options: { root?: Document; now?: Date; selfView?: boolean } = {},
): PageFindings {
  const root = options.root ?? document;
  const now = options.now ?? new Date();
  const counts = SELECTOR_KEYS.filter((key) => (portal.selectors[key]?.length ?? 0) > 0).map((key) =>
    countKey(portal, key, root),
  );
  const count = (key: SelectorKey) => counts.find((entry) => entry.key === key)?.count ?? 0;
  const rows = queryAll(portal, 'messageRow', root).slice(0, SAMPLE);
  const base = root.location?.href ?? '';
  const tally = { seen: rows.length, arrivals: 0, statuses: 0, keys: 0 };
  for (const row of rows) {
    const parts = partsOfRow(portal, row);
    if (parts.arrival && readArrival(parts.arrival, now, portal.arrivalAttributes ?? []).ok) tally.arrivals++;
    if (messageState(parts.status?.textContent, portal.statusWords) !== 'unknown') tally.statuses++;
    if (rowAddress(row, parts.link, base, portal.messageKey)) tally.keys++;
  }
  const problems: PageFindings['problems'] = [];
  const hasPages = Object.keys(portal.pages).length > 0;
  if (!page && hasPages) problems.push({ code: 'no-page-kind', keys: [] });
  if (tally.seen > 0 && tally.arrivals === 0)
    problems.push({ code: 'rows-without-arrival', keys: ['messageArrival'] });
  if (tally.seen > 0 && tally.statuses === 0)
    problems.push({ code: 'rows-without-status', keys: ['messageStatus'] });
  if (tally.seen > 0 && tally.keys === 0) problems.push({ code: 'rows-without-key', keys: ['messageLink'] });
  if (count('replyField') > 0 && count('sendButton') === 0)
    problems.push({ code: 'reply-without-send', keys: ['sendButton'] });
  if (page === 'video' && !options.selfView && count('selfView') === 0)
    problems.push({ code: 'video-without-self-view', keys: ['selfView'] });
  return {
    portal: portal.id,
    portalName: portal.name,
    page: page ?? null,
    origin: root.location?.origin ?? '',
    counts,
    problems,
    rows: tally,
  };
}
