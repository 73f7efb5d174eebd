import { pageKindOf } from '../portals/resolve';
import type { PageKind, ResolvedPortal } from '../portals/types';
import { timed } from '../timeline';
import { findSelfView, localCameraIds } from './call-overlay/self-view';

/**
 * Which kind of page is open now, as the portal's profile recognises it: by path, by a selector the page contains
 * (single-page apps), or (video) by the clinician's own live camera picture. Watched while the page lives: the
 * checks restart when the kind changes. A page once seen as a video meeting stays one until the address changes,
 * so the end of a call (the self-view going away) is seen by the call check rather than cut off.
 */
export interface PageKindWatch {
  current(): PageKind | undefined;
}

/**
 * This computer's cameras, asked for only when the page has a <video> (null otherwise). The list comes from the
 * browser process: awaiting it costs the page's main thread nothing.
 */
export async function camerasIfVideo(root: Document = document): Promise<ReadonlySet<string> | null> {
  return root.getElementsByTagName('video').length > 0 ? localCameraIds() : null;
}

/** Whether a <video> on the page shows one of `cameras` (not the remote party); synchronous, never throws. */
export function showsCamera(
  portal: ResolvedPortal,
  cameras: ReadonlySet<string> | null,
  root: Document = document,
): boolean {
  const videos = root.getElementsByTagName('video');
  if (!cameras || videos.length === 0) return false;
  try {
    // Found by its device, as the call overlay finds it; a picture found only by a selector is no live camera.
    return findSelfView(portal, cameras, videos)?.foundBy === 'device';
  } catch {
    return false;
  }
}

/** Each look's synchronous work, on the page's performance timeline (`npm run bench -- watchers`). */
const LOOK = 'vmk-page-kind:look';

function watchesDom(portal: ResolvedPortal): boolean {
  return Object.values(portal.pages).some(
    (recognition) => (recognition?.contains?.length ?? 0) > 0 || recognition?.liveCamera === true,
  );
}

export function watchPageKind(
  portal: ResolvedPortal,
  onChange: (kind: PageKind | undefined) => void,
  signal: AbortSignal,
): PageKindWatch {
  let liveCamera = false;
  let kind = timed(LOOK, () => pageKindOf(portal, location.pathname, document, false));
  let videoSeen = kind === 'video';
  const evaluate = async () => {
    // Not measured: the awaited camera list, made in the browser process, off the page's main thread.
    const cameras = await camerasIfVideo().catch(() => null);
    if (signal.aborted) return;
    const next = timed(LOOK, () => {
      liveCamera = showsCamera(portal, cameras);
      return videoSeen ? 'video' : pageKindOf(portal, location.pathname, document, liveCamera);
    });
    if (next === 'video') videoSeen = true;
    if (next !== kind) {
      kind = next;
      onChange(kind);
    }
  };
  if (watchesDom(portal)) {
    // At most one look a second: a list of thousands of rows mutates often while it loads.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = () => {
      timer ??= setTimeout(() => {
        timer = undefined;
        void evaluate();
      }, 1000);
    };
    const observer = new MutationObserver(later);
    observer.observe(document.documentElement, { childList: true, subtree: true });
    // A camera picture starting is no DOM change: media events reach a capturing listener on the document.
    document.addEventListener('playing', later, { capture: true, signal });
    signal.addEventListener('abort', () => {
      observer.disconnect();
      if (timer) clearTimeout(timer);
    });
    void evaluate();
  }
  return { current: () => kind };
}
