import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { PORTAL_ID_PATTERN, type PortalId } from '../../portals/types';

/**
 * The messages seen with an open deadline, across portals and tabs, in IndexedDB (the extension's origin: the
 * background and the popup share it). Per message only: a one-way hash of the portal and the message's key, the
 * portal, the address's origin (for a link back to the portal after a restart), arrival and due times, and status.
 * Never names, personal identity numbers or message text; the message's own address is kept in memory only
 * (storage.session, see ./links.ts).
 *
 * Schema, version 1: database `vmk-deadlines`, store `messages` keyed by `id`, index `by-due` on `due`.
 */
export interface SeenMessage {
  /** SHA-256 (hex) of `${portal}\n${key}`. */
  id: string;
  portal: PortalId;
  /** 'https://personal.1177.se': the portal's address, not the message's. */
  origin: string;
  /** ms since 1970 */
  arrival: number;
  /** ms since 1970: the first instant the message is late. */
  due: number;
  /** The Swedish date it is due on, 'YYYY-MM-DD'. */
  dueDay: string;
  status: 'open';
  /** ms since 1970: last time a portal page showed it open. */
  seenAt: number;
}

interface DeadlinesDb extends DBSchema {
  messages: { key: string; value: SeenMessage; indexes: { 'by-due': number } };
}

export const DB_NAME = 'vmk-deadlines';
const DB_VERSION = 1;
/** Entries due longer ago than this are dropped, answered or not: a month-old deadline is not a to-do. */
export const FORGET_AFTER_MS = 30 * 24 * 60 * 60 * 1000;

let opening: Promise<IDBPDatabase<DeadlinesDb>> | undefined;

function database(): Promise<IDBPDatabase<DeadlinesDb>> {
  opening ??= openDB<DeadlinesDb>(DB_NAME, DB_VERSION, {
    upgrade(db) {
      const store = db.createObjectStore('messages', { keyPath: 'id' });
      store.createIndex('by-due', 'due');
    },
  }).catch((error: unknown) => {
    opening = undefined;
    throw error;
  });
  return opening;
}

/** SHA-256 of portal and key, hex: the only trace of which message it was. */
export async function messageId(portal: PortalId, key: string): Promise<string> {
  const bytes = new TextEncoder().encode(`${portal}\n${key}`);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export interface StoreChange {
  put: SeenMessage[];
  remove: string[];
}

/** Applies one page report in a single transaction, then forgets what is long past due. */
export async function applyChange(change: StoreChange, now: number): Promise<void> {
  const db = await database();
  const tx = db.transaction('messages', 'readwrite');
  const work: Promise<unknown>[] = [];
  for (const id of change.remove) work.push(tx.store.delete(id));
  for (const message of change.put) work.push(tx.store.put(message));
  let cursor = await tx.store.index('by-due').openCursor(IDBKeyRange.upperBound(now - FORGET_AFTER_MS));
  while (cursor) {
    work.push(cursor.delete());
    cursor = await cursor.continue();
  }
  await Promise.all([...work, tx.done]);
}

function isSeenMessage(value: unknown): value is SeenMessage {
  const entry = value as Partial<SeenMessage> | null;
  return (
    typeof entry === 'object' &&
    entry !== null &&
    typeof entry.id === 'string' &&
    typeof entry.portal === 'string' &&
    PORTAL_ID_PATTERN.test(entry.portal) &&
    typeof entry.due === 'number' &&
    typeof entry.arrival === 'number' &&
    typeof entry.dueDay === 'string'
  );
}

/** Every open message seen, earliest due first. */
export async function allSeen(): Promise<SeenMessage[]> {
  const db = await database();
  return (await db.getAllFromIndex('messages', 'by-due')).filter(isSeenMessage);
}

/** What the toolbar counts and the popup lists: open messages already late, or due today (Swedish date). */
export function needsAnswerToday(message: SeenMessage, now: number, today: string): boolean {
  return message.due <= now || message.dueDay <= today;
}

/** For tests: close the connection so the database can be deleted. */
export async function closeDatabase(): Promise<void> {
  const db = await opening?.catch(() => undefined);
  db?.close();
  opening = undefined;
}
