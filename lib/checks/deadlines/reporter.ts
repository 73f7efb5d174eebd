import { MAX_CLOCK_BEHIND_MS } from '../../deadlines/page-clock';
import { DEADLINES_SEEN_MAX_ENTRIES, type ContentToBackground, type DeadlineSeenEntry } from '../../messages';
import type { PortalId } from '../../portals/types';
import { SLICE_MS, whenIdle, type IdleHandle } from './later';
import type { MessageAddress } from './reading';

type SeenMessage = Extract<ContentToBackground, { type: 'deadlines:seen' }>;

/** What the page showed of one message; its address is worked out later, off the drawing path. */
export type Sighting =
  | { status: 'open'; arrival: number; due: number; dueDay: string; address: () => MessageAddress | null }
  | { status: 'answered' | 'closed'; address: () => MessageAddress | null };

export interface Reporter {
  /** Notes what the page shows of one message (by its row); only a change since the last report is sent. */
  note(source: Element, sighting: Sighting): void;
  /**
   * The row no longer shows a deadline (its date became unreadable, or untrusted once the page learnt the
   * portal's time): what was noted of it and not yet sent is dropped.
   */
  forget(source: Element): void;
  /** Asks the background to recount (a new Swedish day began while the page was open). */
  recount(): void;
  /**
   * How far behind the portal's clock the computer's is, at least, as far as this page can tell (0: it cannot see
   * it behind). Sent with every report from then on, and alone when it changed by a minute or more.
   */
  clock(behindMs: number): void;
  stop(): void;
}

/** A change in the clock estimate smaller than this is not worth a message (the page's clocks drift by ms). */
const CLOCK_STEP_MS = 60_000;

function entryOf(sighting: Sighting, address: MessageAddress): DeadlineSeenEntry {
  return sighting.status === 'open'
    ? {
        status: 'open',
        key: address.key,
        url: address.url,
        arrival: sighting.arrival,
        due: sighting.due,
        dueDay: sighting.dueDay,
      }
    : { status: sighting.status, key: address.key };
}

function signature(entry: DeadlineSeenEntry): string {
  return entry.status === 'open' ? `open ${entry.due} ${entry.url}` : entry.status;
}

/**
 * Tells the background which messages this page showed, in batches, in idle time after the badges are drawn:
 * finding each message's address and serializing an inbox of thousands of rows runs in slices of its own, never
 * in the task that draws the badges.
 */
export function createReporter(
  portal: PortalId,
  send: (message: SeenMessage) => void,
  options: { now?: () => number; wrap?: (work: () => void) => void } = {},
): Reporter {
  const now = options.now ?? Date.now;
  const wrap = options.wrap ?? ((work: () => void) => work());
  const sent = new Map<string, string>();
  const pending = new Map<Element, Sighting>();
  let idle: IdleHandle | undefined;
  let stopped = false;
  let behindMs: number | undefined;
  let sentBehindMs: number | undefined;
  const clockChanged = () =>
    behindMs !== undefined &&
    (sentBehindMs === undefined || Math.abs(behindMs - sentBehindMs) >= CLOCK_STEP_MS);
  const message = (entries: DeadlineSeenEntry[]): SeenMessage => {
    if (behindMs === undefined) return { type: 'deadlines:seen', portal, at: now(), entries };
    sentBehindMs = behindMs;
    return { type: 'deadlines:seen', portal, at: now(), entries, clockBehindMs: behindMs };
  };

  const schedule = () => {
    idle ??= whenIdle((timeLeft) => {
      idle = undefined;
      wrap(() => flush(Math.min(SLICE_MS, Math.max(1, timeLeft()))));
    });
  };
  /** Sends what fits in one slice of idle time; the rest in the next. */
  const flush = (budgetMs: number) => {
    if (stopped) return;
    const start = performance.now();
    const entries: DeadlineSeenEntry[] = [];
    for (const [source, sighting] of pending) {
      pending.delete(source);
      const address = sighting.address();
      if (address) {
        const entry = entryOf(sighting, address);
        const mark = signature(entry);
        if (sent.get(entry.key) !== mark) {
          sent.set(entry.key, mark);
          entries.push(entry);
        }
      }
      if (entries.length >= DEADLINES_SEEN_MAX_ENTRIES || performance.now() - start >= budgetMs) break;
    }
    if (entries.length > 0 || clockChanged()) send(message(entries));
    if (pending.size > 0) schedule();
  };
  // A page closed or left before the idle slices came would take its sightings with it: send them all now.
  const flushAll = () => {
    idle?.cancel();
    idle = undefined;
    while (!stopped && pending.size > 0) wrap(() => flush(Number.POSITIVE_INFINITY));
  };
  const onHidden = () => {
    if (document.visibilityState === 'hidden') flushAll();
  };
  addEventListener('pagehide', flushAll);
  document.addEventListener('visibilitychange', onHidden);

  return {
    note(source, sighting) {
      if (stopped) return;
      pending.set(source, sighting);
      schedule();
    },
    forget(source) {
      pending.delete(source);
    },
    recount() {
      if (!stopped) send(message([]));
    },
    clock(ms) {
      if (stopped) return;
      behindMs = Math.min(MAX_CLOCK_BEHIND_MS, Math.max(0, Math.round(ms)));
      if (clockChanged()) schedule();
    },
    stop() {
      stopped = true;
      idle?.cancel();
      pending.clear();
      removeEventListener('pagehide', flushAll);
      document.removeEventListener('visibilitychange', onHidden);
    },
  };
}
