/** Fake camera tracks and streams for happy-dom, which has MediaStream but no way to make a live track. */
export class FakeTrack extends EventTarget {
  readonly kind = 'video';
  readyState: 'live' | 'ended' = 'live';
  enabled = true;
  muted = false;
  constructor(readonly deviceId: string) {
    super();
  }
  getSettings(): MediaTrackSettings {
    return { deviceId: this.deviceId };
  }
  /** What Chromium does when the camera is unplugged. */
  end(): void {
    this.readyState = 'ended';
    this.dispatchEvent(new Event('ended'));
  }
}

export function fakeStream(track: FakeTrack): MediaStream {
  const stream = new MediaStream();
  Object.defineProperty(stream, 'getVideoTracks', { value: () => [track] });
  return stream;
}

/** A <video> playing `track`, with a frame ready (happy-dom never loads media). */
export function playingVideo(
  track: FakeTrack | null,
  attributes: Record<string, string> = {},
): HTMLVideoElement {
  const video = document.createElement('video');
  for (const [name, value] of Object.entries(attributes)) video.setAttribute(name, value);
  if (track) video.srcObject = fakeStream(track);
  setPlayback(video, { paused: false });
  Object.defineProperty(video, 'readyState', { configurable: true, value: 4 });
  Object.defineProperty(video, 'videoWidth', { configurable: true, value: 640 });
  Object.defineProperty(video, 'videoHeight', { configurable: true, value: 480 });
  document.body.append(video);
  return video;
}

export function setPlayback(video: HTMLVideoElement, state: { paused?: boolean; ended?: boolean }): void {
  if (state.paused !== undefined)
    Object.defineProperty(video, 'paused', { configurable: true, value: state.paused });
  if (state.ended !== undefined)
    Object.defineProperty(video, 'ended', { configurable: true, value: state.ended });
}
