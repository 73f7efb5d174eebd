import { z } from 'zod';
import { browser } from 'wxt/browser';
import { PORTAL_IDS } from './portals/types';

/**
 * Typed messages from content scripts to the background, validated where they are received. Direction is in the
 * name: `content→background`. They carry no patient data: a portal id and a time, never names or text.
 */
const portal = z.enum(PORTAL_IDS);

export const contentToBackgroundSchema = z.discriminatedUnion('type', [
  /** A video call started on a portal page (the in-call overlay saw the local camera go live). */
  z.object({ type: z.literal('call:started'), portal, at: z.number() }),
  /** The call ended: the clinician left, the camera stopped, or the page went away. */
  z.object({ type: z.literal('call:ended'), portal, at: z.number() }),
  /** A written reply was sent on a portal (the portal's own send button or form). */
  z.object({ type: z.literal('reply:sent'), portal, at: z.number(), signed: z.boolean() }),
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
