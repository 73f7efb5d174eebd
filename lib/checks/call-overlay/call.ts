import { sendToBackground, type ContentToBackground } from '@/lib/messages';
import type { PortalId } from '@/lib/portals/types';

/**
 * The call's start and end, told to the background (`call:started`, `call:ended`; the checklist's after-meeting
 * reminder listens for the end). A call starts when the clinician's own camera goes live on a meeting page (or,
 * with no camera picture at all, when the meeting's call controls are on screen), and ends when the portal's
 * end-call button is pressed, when the camera stops and the call controls are gone, or when the page leaves the
 * meeting (navigation or closing the tab).
 *
 * One tracker per content script, outside the check: the host restarts checks when settings change, and a restart
 * must neither start the same call again nor end it.
 */
export class CallTracker {
  private current: { key: string; portal: PortalId } | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly send: (message: ContentToBackground) => unknown = sendToBackground,
    private readonly now: () => number = Date.now,
  ) {}

  /** The meeting page the call runs on (origin + path), or null. */
  get activeKey(): string | null {
    return this.current?.key ?? null;
  }

  /** Calls `listener` when a call starts or ends in this page (the reminders keep out of a call), until undone. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  start(portal: PortalId, key: string): void {
    if (this.current?.key === key) return;
    if (this.current) this.end();
    this.current = { key, portal };
    void this.send({ type: 'call:started', portal, at: this.now() });
    this.listeners.forEach((listener) => listener());
  }

  end(): void {
    const call = this.current;
    if (!call) return;
    this.current = null;
    void this.send({ type: 'call:ended', portal: call.portal, at: this.now() });
    this.listeners.forEach((listener) => listener());
  }
}

/** Which meeting a page address belongs to: the path names the meeting; query and hash do not. */
export function meetingKey(location: Pick<Location, 'origin' | 'pathname'>): string {
  return `${location.origin}${location.pathname.replace(/\/+$/, '')}`;
}

export const callTracker = new CallTracker();

let pageHideWatched = false;

/** Ends the call when the tab is closed or the page is left by a full navigation (registered once). */
export function endCallOnPageHide(tracker: CallTracker = callTracker, target: Window = window): void {
  if (pageHideWatched) return;
  pageHideWatched = true;
  target.addEventListener('pagehide', () => tracker.end());
}
