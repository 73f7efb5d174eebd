import { z } from 'zod';
import { browser } from 'wxt/browser';
import { MAX_CLOCK_BEHIND_MS } from './deadlines/page-clock';
import { PORTAL_ID_PATTERN } from './portals/types';

/**
 * Typed messages from content scripts to the background, validated where they are received. Direction is in the
 * name: `content→background`. They carry no patient data: a portal id and a time, never names or text.
 */
const portal = z.string().regex(PORTAL_ID_PATTERN);

/** At most this many deadline entries per `deadlines:seen` message (a page sends its rows in batches). */
export const DEADLINES_SEEN_MAX_ENTRIES = 500;
const messageKey = z.string().min(1).max(2048);
const deadlineSeenEntrySchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('open'),
    key: messageKey,
    /** Where the message opens, for the popup's link back (kept in memory only, see ./checks/deadlines). */
    url: z.url({ protocol: /^https?$/ }).max(2048),
    arrival: z.number(),
    due: z.number(),
    /** The Swedish date the answer is due on: 'YYYY-MM-DD'. */
    dueDay: z.iso.date(),
  }),
  z.object({ status: z.literal('answered'), key: messageKey }),
  z.object({ status: z.literal('closed'), key: messageKey }),
]);
export type DeadlineSeenEntry = z.infer<typeof deadlineSeenEntrySchema>;

export const contentToBackgroundSchema = z.discriminatedUnion('type', [
  /** A video call started on a portal page (the in-call overlay saw the local camera go live). */
  z.object({ type: z.literal('call:started'), portal, at: z.number() }),
  /** The call ended: the clinician left, the camera stopped, or the page went away. */
  z.object({ type: z.literal('call:ended'), portal, at: z.number() }),
  /** A written reply was sent on a portal (the portal's own send button or form). */
  z.object({ type: z.literal('reply:sent'), portal, at: z.number(), signed: z.boolean() }),
  /**
   * Messages whose deadline a portal page showed, or that it showed answered or closed (./checks/deadlines). The
   * key is the message's address path (an id, no name); the background keeps only its SHA-256. An empty list asks
   * for the toolbar count to be recounted (a new day began on an open page). `clockBehindMs`: how far the
   * computer's clock is behind the portal's, at least, by the arrivals this page showed with their year; absent
   * while the page has shown none (it then knows nothing of the clock).
   */
  z.object({
    type: z.literal('deadlines:seen'),
    portal,
    at: z.number(),
    entries: z.array(deadlineSeenEntrySchema).max(DEADLINES_SEEN_MAX_ENTRIES),
    clockBehindMs: z.number().int().min(0).max(MAX_CLOCK_BEHIND_MS).optional(),
  }),
  /** An extension page (the popup, on opening) asks for the toolbar number to be counted again. */
  z.object({ type: z.literal('toolbar:recount') }),
]);
export type ContentToBackground = z.infer<typeof contentToBackgroundSchema>;

/** Sends a message to the background; never throws into the host page (the background may be restarting). */
export async function sendToBackground(message: ContentToBackground): Promise<void> {
  try {
    await browser.runtime.sendMessage(message);
  } catch {
    // The extension was reloaded or its worker is waking up: the signal is advisory.
  }
}

/** Parses an incoming message; undefined for anything else (other senders, old versions). */
export function parseContentMessage(raw: unknown): ContentToBackground | undefined {
  const parsed = contentToBackgroundSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}
