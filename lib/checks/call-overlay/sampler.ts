import { analysisSize, type AnalysisTimings, type FrameVerdicts } from '@/lib/camera/analysis/result';
import { createVideoFrameCopier, type RawFrame } from '@/lib/camera/frames/raw-frame';
import { hasFrame, trackGivesPicture } from './self-view';

/**
 * Takes frames from the self-view at a set rate and hands them to the analyzer, one at a time (the next frame is
 * taken when the previous result is back, so a slow analysis lowers the rate instead of piling up work).
 *
 * On the host page's main thread it only copies the video frame's raw planes (`new VideoFrame(video)` + `copyTo`)
 * and posts them, transferred, to the analyzer; the conversion to RGB, the scaling and the pixel reads happen in
 * the analyzer's worker. (A bitmap grab, `createImageBitmap(video)`, makes Chromium convert the frame on the page's
 * main thread: several times dearer, so it is only the fallback; README.md has the numbers.) No work at all while
 * there is no picture to judge: the tab is hidden, the video is paused or ended, or the camera track is switched
 * off, muted or ended. Media and visibility events wake it again; only a
 * track switched off (which fires no event) is looked at again once a second.
 */

export type SamplerState = 'running' | 'paused';

/** The sampler's own main-thread time, for the benchmark: the synchronous parts of grabbing and sending. */
export interface SamplerStats {
  frames: number;
  errors: number;
  /** Sum and largest of the synchronous main-thread time per frame (grab + send + result handling), ms. */
  syncMs: number;
  maxSyncMs: number;
  /** Frames sent as raw planes (the rest went as bitmaps). */
  rawFrames: number;
  /**
   * Sum of the analyzer's own time per frame (wall, in its worker), ms; frames on which the segmenter ran, and on
   * which the face detector did.
   */
  analysisMs: number;
  segmented: number;
  facesDetected: number;
  /** The same time by step (the downscale of the frame, each model, the measuring), summed, ms. */
  steps: AnalysisTimings;
}

export const emptySamplerStats = (): SamplerStats => ({
  frames: 0,
  errors: 0,
  syncMs: 0,
  maxSyncMs: 0,
  rawFrames: 0,
  analysisMs: 0,
  segmented: 0,
  facesDetected: 0,
  steps: { prepare: 0, face: 0, segment: 0, farFace: 0, measure: 0 },
});

/** Adds `stats` into `totals`. */
export function addSamplerStats(totals: SamplerStats, stats: SamplerStats): void {
  totals.frames += stats.frames;
  totals.errors += stats.errors;
  totals.syncMs += stats.syncMs;
  totals.maxSyncMs = Math.max(totals.maxSyncMs, stats.maxSyncMs);
  totals.rawFrames += stats.rawFrames;
  totals.analysisMs += stats.analysisMs;
  totals.segmented += stats.segmented;
  totals.facesDetected += stats.facesDetected;
  addSteps(totals.steps, stats.steps);
}

function addSteps(totals: AnalysisTimings, steps: AnalysisTimings): void {
  for (const step of Object.keys(totals) as (keyof AnalysisTimings)[]) totals[step] += steps[step];
}

export interface SamplerOptions {
  video: HTMLVideoElement;
  track: MediaStreamTrack | null;
  framesPerSecond: number;
  analyze(frame: GrabbedFrame, timestampMs: number): Promise<FrameVerdicts>;
  /**
   * `takenAt`: when the frame was taken (the sampler's clock), not when its result came back: a verdict that must
   * hold a second then holds for a second of the camera's picture, however long each frame's analysis took.
   */
  onResult(result: FrameVerdicts, takenAt: number): void;
  onState?(state: SamplerState): void;
  /** The camera track ended (camera unplugged, switched, or the call's media stopped). */
  onTrackEnded?(): void;
  signal: AbortSignal;
  /** Grabs a frame (default: createFrameGrabber()). */
  grab?: FrameGrabber;
  document?: Document;
  now?(): number;
}

/** How long to wait before grabbing again when the video has no frame ready (InvalidStateError). */
const RETRY_MS = 40;
/** How often a camera switched off (track.enabled = false, no event) is looked at again. */
const DISABLED_POLL_MS = 1000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function isInvalidState(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'InvalidStateError'
  );
}

/**
 * How a bitmap is grabbed when raw planes cannot be had: scaled to the analyzer's working size, so that the transfer
 * is small and the analyzer has nothing left to scale; 'low' (bilinear) is what the analyzer's own downscale uses,
 * and measurably cheaper on the page's main thread than 'medium' (scripts/bench-call.ts).
 */
export function grabOptions(video: Pick<HTMLVideoElement, 'videoWidth' | 'videoHeight'>): ImageBitmapOptions {
  const size = analysisSize(video.videoWidth, video.videoHeight);
  return { resizeWidth: size.width, resizeHeight: size.height, resizeQuality: 'low' };
}

export type GrabbedFrame = ImageBitmap | RawFrame;
export type FrameGrabber = (video: HTMLVideoElement) => Promise<GrabbedFrame>;

async function retryOnceWhenNotReady<T>(grab: () => Promise<T>): Promise<T> {
  try {
    return await grab();
  } catch (error) {
    if (!isInvalidState(error)) throw error;
    await sleep(RETRY_MS);
    return grab();
  }
}

/**
 * Grabs frames the cheapest way for the page: the raw planes of the video's frame (raw-frame.ts), or, once that
 * has failed for any reason but "no frame yet" (no WebCodecs, a GPU-held frame, an unusual pixel format), a bitmap
 * from then on. One retry when Chromium has no frame ready.
 */
export function createFrameGrabber(): FrameGrabber {
  let raw = typeof VideoFrame === 'function';
  const copyVideoFrame = createVideoFrameCopier();
  return async (video) => {
    if (raw) {
      try {
        const frame = await retryOnceWhenNotReady(() => copyVideoFrame(video));
        if (frame) return frame;
        raw = false;
      } catch (error) {
        if (isInvalidState(error)) throw error;
        raw = false;
      }
    }
    return retryOnceWhenNotReady(() => createImageBitmap(video, grabOptions(video)));
  };
}

/** Closes what a grab returned, when it is not sent after all (raw planes need nothing). */
function release(frame: GrabbedFrame): void {
  if (!('kind' in frame)) frame.close();
}

const MEDIA_WAKE = ['play', 'playing', 'loadeddata', 'resize'] as const;
const MEDIA_PAUSE = ['pause', 'ended', 'emptied'] as const;

export class FrameSampler {
  readonly stats: SamplerStats = emptySamplerStats();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private busy = false;
  private stopped = false;
  private state: SamplerState | undefined;
  private readonly controller = new AbortController();
  private readonly doc: Document;
  private readonly now: () => number;
  private readonly intervalMs: number;
  private readonly grab: FrameGrabber;

  constructor(private readonly options: SamplerOptions) {
    this.doc = options.document ?? document;
    this.now = options.now ?? (() => performance.now());
    this.intervalMs = 1000 / options.framesPerSecond;
    this.grab = options.grab ?? createFrameGrabber();
    const listen = { signal: this.controller.signal };
    options.signal.addEventListener('abort', () => this.stop(), { once: true, ...listen });
    this.doc.addEventListener('visibilitychange', () => this.wake(), listen);
    for (const type of MEDIA_WAKE) options.video.addEventListener(type, () => this.wake(), listen);
    for (const type of MEDIA_PAUSE) options.video.addEventListener(type, () => this.pause(), listen);
    options.track?.addEventListener('unmute', () => this.wake(), listen);
    options.track?.addEventListener('mute', () => this.pause(), listen);
    options.track?.addEventListener('ended', () => this.trackEnded(), listen);
    if (options.signal.aborted) this.stop();
  }

  get video(): HTMLVideoElement {
    return this.options.video;
  }

  /** Starts (or resumes) sampling if there is a picture; otherwise waits for an event. */
  wake(): void {
    if (this.stopped || this.busy || this.timer !== undefined) return;
    this.schedule(0);
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.clearTimer();
    this.controller.abort();
  }

  private trackEnded(): void {
    this.stop();
    this.options.onTrackEnded?.();
  }

  private pause(): void {
    this.clearTimer();
    if (!this.busy) this.setState('paused');
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(delay: number): void {
    this.clearTimer();
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.tick();
    }, delay);
  }

  private setState(state: SamplerState): void {
    if (state === this.state) return;
    this.state = state;
    this.options.onState?.(state);
  }

  /** Why there is nothing to sample now, or null when a frame can be taken. */
  private blocked(): 'stopped' | 'hidden' | 'video' | 'track-ended' | 'track-off' | null {
    const { video, track } = this.options;
    if (this.stopped) return 'stopped';
    if (track?.readyState === 'ended') return 'track-ended';
    if (this.doc.visibilityState === 'hidden') return 'hidden';
    if (!trackGivesPicture(track)) return 'track-off';
    if (!video.isConnected || !hasFrame(video)) return 'video';
    return null;
  }

  private async tick(): Promise<void> {
    const reason = this.blocked();
    if (reason === 'track-ended') return this.trackEnded();
    if (reason !== null) {
      if (reason !== 'stopped') this.setState('paused');
      // A switched-off track fires no event when it is switched on again: look again now and then.
      if (reason === 'track-off') this.schedule(DISABLED_POLL_MS);
      return;
    }
    this.setState('running');
    this.busy = true;
    const started = this.now();
    let syncMs = 0;
    try {
      let mark = this.now();
      const takenAt = mark;
      const grabbing = this.grab(this.options.video);
      syncMs += this.now() - mark;
      const frame = await grabbing;
      if (this.stopped) {
        release(frame);
        return;
      }
      mark = this.now();
      const analysing = this.options.analyze(frame, mark);
      syncMs += this.now() - mark;
      const result = await analysing;
      if (this.stopped) return;
      mark = this.now();
      this.options.onResult(result, takenAt);
      syncMs += this.now() - mark;
      this.stats.frames += 1;
      if ('kind' in frame) this.stats.rawFrames += 1;
      this.stats.analysisMs += result.ms;
      if (!result.maskReused) this.stats.segmented += 1;
      if (!result.facesReused) this.stats.facesDetected += 1;
      addSteps(this.stats.steps, result.timings);
      this.stats.syncMs += syncMs;
      this.stats.maxSyncMs = Math.max(this.stats.maxSyncMs, syncMs);
    } catch {
      // A frame that cannot be grabbed (the video is switching) or analysed is skipped; the next one may work.
      this.stats.errors += 1;
    } finally {
      this.busy = false;
    }
    if (this.stopped) return;
    if (this.blocked() !== null) {
      void this.tick();
      return;
    }
    this.schedule(Math.max(0, this.intervalMs - (this.now() - started)));
  }
}
