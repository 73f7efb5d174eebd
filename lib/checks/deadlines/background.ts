import { browser } from 'wxt/browser';
import { parseContentMessage, type ContentToBackground } from '../../messages';
import { PENDING_KEY } from '../../reminders/pending';
import { forgetTab, rememberLag } from './clock-lag';
import { updateLinks } from './links';
import { allSeen, applyChange, messageId, type SeenMessage } from './store';
import { renderToolbarBadge } from './toolbar';
import { logError } from '../../log';

type SeenReport = Extract<ContentToBackground, { type: 'deadlines:seen' }>;

function originOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One report from a portal page: store the open ones (hashed), drop the answered and closed ones, keep what the
 * page says of the computer's clock (per tab), recount.
 */
export async function handleSeen(
  report: SeenReport,
  pageUrl: string | undefined,
  now: number,
  tabId?: number,
): Promise<void> {
  if (report.clockBehindMs !== undefined && tabId !== undefined)
    await rememberLag(tabId, report.clockBehindMs);
  const pageOrigin = originOf(pageUrl);
  const put: SeenMessage[] = [];
  const remove: string[] = [];
  const links: Record<string, string> = {};
  for (const entry of report.entries) {
    const id = await messageId(report.portal, entry.key);
    if (entry.status !== 'open') {
      remove.push(id);
      continue;
    }
    // A page reports its own messages only: a link elsewhere is not one of them.
    const origin = originOf(entry.url);
    if (!origin || origin !== pageOrigin) continue;
    put.push({
      id,
      portal: report.portal,
      origin,
      arrival: entry.arrival,
      due: entry.due,
      dueDay: entry.dueDay,
      status: 'open',
      seenAt: now,
    });
    links[id] = entry.url;
  }
  if (put.length > 0 || remove.length > 0) {
    await applyChange({ put, remove }, now);
    const kept = new Set((await allSeen()).map((message) => message.id));
    await updateLinks(links, remove, kept);
  }
  await renderToolbarBadge(now);
}

/** How long one piece of queued work may hold up the ones behind it (a database that never answers, say). */
export const QUEUED_WORK_LIMIT_MS = 10_000;

function withinLimit(work: Promise<void>): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`still running after ${QUEUED_WORK_LIMIT_MS} ms; the next goes ahead`)),
      QUEUED_WORK_LIMIT_MS,
    );
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

/**
 * The background half of the deadlines check: keeps the messages portal pages report (lib/checks/deadlines/store.ts)
 * and the toolbar count. Reports are handled one at a time, in order, so that two tabs never interleave their
 * writes; one that hangs holds the others up for at most QUEUED_WORK_LIMIT_MS, so the toolbar never stops
 * following. Other messages are left to their own listeners.
 */
export function setUpDeadlines(): void {
  let queue: Promise<void> = Promise.resolve();
  const enqueue = (work: () => Promise<void>) => {
    queue = queue.then(() => withinLimit(work())).catch((error) => logError('deadlines', error));
  };
  browser.runtime.onMessage.addListener((raw, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const message = parseContentMessage(raw);
    if (message?.type === 'deadlines:seen')
      enqueue(() => handleSeen(message, sender.url, Date.now(), sender.tab?.id));
    if (message?.type === 'toolbar:recount') enqueue(() => renderToolbarBadge(Date.now()));
    return undefined;
  });
  // A closed tab's page says nothing of the clock any more.
  browser.tabs.onRemoved.addListener((tabId) =>
    enqueue(async () => {
      await forgetTab(tabId);
      await renderToolbarBadge(Date.now());
    }),
  );
  // The badge counts the documentation reminders waiting too: draw it again when they change.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && PENDING_KEY in changes) enqueue(() => renderToolbarBadge(Date.now()));
  });
  enqueue(() => renderToolbarBadge(Date.now()));
}
