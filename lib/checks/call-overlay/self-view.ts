import { closestOf, queryAll } from '@/lib/portals/query';
import type { ResolvedPortal } from '@/lib/portals/types';

/**
 * Finding the clinician's own camera picture among a meeting page's <video> elements.
 *
 * A local camera track's `getSettings().deviceId` is one of the page's `enumerateDevices()` video inputs; a remote
 * WebRTC track carries a random id and a canvas stream a base64 one (Chromium 156, see the README), so matching
 * the id tells the two apart. Only when no video shows a local camera (the portal shows a processed copy of the
 * camera, or the device list is empty) do the portal's `selfView` selectors decide. A video that matches the
 * portal's `remoteVideo` selectors is never taken, whichever way it was found.
 */

export type FoundBy = 'device' | 'selector';

export interface SelfView {
  video: HTMLVideoElement;
  /** The camera track, when the video plays a MediaStream. */
  track: MediaStreamTrack | null;
  foundBy: FoundBy;
}

/** The first live video track of a video's MediaStream. */
export function videoTrackOf(video: HTMLVideoElement): MediaStreamTrack | null {
  const stream = video.srcObject;
  if (typeof MediaStream === 'undefined' || !(stream instanceof MediaStream)) return null;
  return stream.getVideoTracks().find((track) => track.readyState === 'live') ?? null;
}

/** The video inputs' ids, as this page sees them (ids are per origin; empty strings mean no permission yet). */
export async function localCameraIds(
  mediaDevices: Pick<MediaDevices, 'enumerateDevices'> | undefined = globalThis.navigator?.mediaDevices,
): Promise<Set<string>> {
  try {
    const devices = (await mediaDevices?.enumerateDevices()) ?? [];
    return new Set(
      devices.filter((d) => d.kind === 'videoinput' && d.deviceId !== '').map((d) => d.deviceId),
    );
  } catch {
    return new Set();
  }
}

export function isRemoteVideo(portal: ResolvedPortal, video: Element): boolean {
  return closestOf(portal, 'remoteVideo', video) !== null;
}

/** The device id behind a video's camera track, or undefined. */
export function deviceIdOf(video: HTMLVideoElement): string | undefined {
  try {
    return videoTrackOf(video)?.getSettings().deviceId || undefined;
  } catch {
    return undefined;
  }
}

function area(video: HTMLVideoElement): number {
  const box = video.getBoundingClientRect();
  return box.width * box.height;
}

/**
 * The self-view among `videos` (default: every <video> in the document). `cameraIds` comes from localCameraIds().
 * When several videos show the local camera (a preview and the call's self-view), the one the portal's selectors
 * name wins, then the larger one on screen.
 */
export function findSelfView(
  portal: ResolvedPortal,
  cameraIds: ReadonlySet<string>,
  videos: Iterable<HTMLVideoElement> = document.getElementsByTagName('video'),
): SelfView | null {
  const candidates = [...videos].filter((video) => video.isConnected && !isRemoteVideo(portal, video));
  const named = new Set(queryAll(portal, 'selfView').flatMap(selfViewVideos));
  const local = candidates.filter((video) => {
    const id = deviceIdOf(video);
    return id !== undefined && cameraIds.has(id);
  });
  if (local.length > 0) {
    const best = [...local].sort(
      (a, b) => Number(named.has(b)) - Number(named.has(a)) || area(b) - area(a),
    )[0]!;
    return { video: best, track: videoTrackOf(best), foundBy: 'device' };
  }
  const fallback = candidates.find((video) => named.has(video) && hasSource(video) && !streamStopped(video));
  return fallback ? { video: fallback, track: videoTrackOf(fallback), foundBy: 'selector' } : null;
}

/**
 * A video plays a camera-like live track whose device `cameraIds` does not have (the list was read before the page
 * was allowed the camera, or a camera was plugged in): time to read the device list again.
 */
export function unknownCameraPlaying(
  cameraIds: ReadonlySet<string>,
  videos: Iterable<HTMLVideoElement> = document.getElementsByTagName('video'),
): boolean {
  for (const video of videos) {
    const track = videoTrackOf(video);
    // Canvas streams are never cameras (and carry an id of their own).
    if (!track || 'canvas' in track) continue;
    const id = deviceIdOf(video);
    if (id && !cameraIds.has(id)) return true;
  }
  return false;
}

/**
 * A video that has something to play: a portal keeps its self-view element on screen when the camera could not be
 * had (not allowed, none, busy), with nothing in it; there is nothing to analyse then.
 */
function hasSource(video: HTMLVideoElement): boolean {
  return video.srcObject !== null || video.currentSrc !== '';
}

/** A video whose MediaStream has no live picture left (the camera was stopped): nothing to analyse. */
function streamStopped(video: HTMLVideoElement): boolean {
  const stream = video.srcObject;
  return typeof MediaStream !== 'undefined' && stream instanceof MediaStream && videoTrackOf(video) === null;
}

/** A selfView selector may name the <video> itself or a box around it. */
function selfViewVideos(element: Element): HTMLVideoElement[] {
  if (element instanceof HTMLVideoElement) return [element];
  return [...element.getElementsByTagName('video')];
}

/** HTMLMediaElement.HAVE_CURRENT_DATA: a frame is there to grab. */
const HAVE_CURRENT_DATA = 2;

/** Whether a video has a frame to grab now. */
export function hasFrame(video: HTMLVideoElement): boolean {
  return (
    !video.paused &&
    !video.ended &&
    video.readyState >= HAVE_CURRENT_DATA &&
    video.videoWidth > 0 &&
    video.videoHeight > 0
  );
}

/** Whether the camera track gives a picture (not switched off by the portal, not muted by the system). */
export function trackGivesPicture(track: MediaStreamTrack | null): boolean {
  if (!track) return true; // a video without a MediaStream track: its playback state says it all
  return track.readyState === 'live' && track.enabled && !track.muted;
}
