// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analysisSize, type AnalysisResult } from '@/lib/camera/analysis/result';
import { createFrameGrabber, FrameSampler, type SamplerOptions } from '@/lib/checks/call-overlay/sampler';
import { FakeTrack, playingVideo, setPlayback } from './media';

const RESULT = {
  framing: 'ok',
  maskReused: false,
  ms: 10,
  timings: { prepare: 1, face: 4, segment: 4, farFace: 0, measure: 1 },
} as AnalysisResult;
const bitmap = () => ({ close: vi.fn() }) as unknown as ImageBitmap;

let visibility: DocumentVisibilityState = 'visible';
function setVisibility(state: DocumentVisibilityState): void {
  visibility = state;
  document.dispatchEvent(new Event('visibilitychange'));
}

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '';
  visibility = 'visible';
  vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
});
afterEach(() => {
  vi.useRealTimers();
});

function sampler(overrides: Partial<SamplerOptions> = {}) {
  const track = new FakeTrack('cam');
  const video = playingVideo(track, { class: 'vc-self-view' });
  const controller = new AbortController();
  const grab = vi.fn(async () => bitmap());
  const analyze = vi.fn(async () => RESULT);
  const onResult = vi.fn();
  const onState = vi.fn();
  const onTrackEnded = vi.fn();
  const instance = new FrameSampler({
    video,
    track: track as unknown as MediaStreamTrack,
    framesPerSecond: 2,
    signal: controller.signal,
    grab,
    analyze,
    onResult,
    onState,
    onTrackEnded,
    ...overrides,
  });
  instance.wake();
  return { instance, track, video, controller, grab, analyze, onResult, onState, onTrackEnded };
}

describe('sampling the self-view', () => {
  it('takes two frames a second and hands each to the analyzer', async () => {
    const { grab, analyze, onResult } = sampler();
    await vi.advanceTimersByTimeAsync(5000);
    // t = 0, 500, …, 5000 ms
    expect(grab).toHaveBeenCalledTimes(11);
    expect(analyze).toHaveBeenCalledTimes(11);
    expect(onResult).toHaveBeenCalledTimes(11);
  });

  it('dates each result by when its frame was taken, however long the analysis took', async () => {
    // The first analysis is slow (a busy computer), the next ones quick: the verdict's second of holding is
    // counted in the camera's time, so it is not put off by half a second.
    let call = 0;
    const analyze = vi.fn(
      () => new Promise<AnalysisResult>((done) => setTimeout(() => done(RESULT), call++ === 0 ? 300 : 20)),
    );
    const now = () => performance.now();
    const started = now();
    const { onResult } = sampler({ analyze, now });
    await vi.advanceTimersByTimeAsync(1100);
    const taken = onResult.mock.calls.map(([, takenAt]) => Math.round((takenAt as number) - started));
    expect(taken).toEqual([0, 500, 1000]);
  });

  it('follows the rate it is given', async () => {
    const { grab } = sampler({ framesPerSecond: 0.5 });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(grab).toHaveBeenCalledTimes(6);
  });

  it('never has two frames in flight: a slow analysis lowers the rate', async () => {
    let inFlight = 0;
    let most = 0;
    const analyze = vi.fn(async () => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 1200));
      inFlight -= 1;
      return RESULT;
    });
    sampler({ analyze });
    await vi.advanceTimersByTimeAsync(6000);
    expect(most).toBe(1);
    expect(analyze.mock.calls.length).toBeLessThanOrEqual(6);
  });

  it('does nothing while the tab is hidden, and starts again when it is shown', async () => {
    const { grab, onState } = sampler();
    await vi.advanceTimersByTimeAsync(100);
    setVisibility('hidden');
    const before = grab.mock.calls.length;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(grab.mock.calls.length).toBe(before);
    expect(vi.getTimerCount()).toBe(0); // not even a polling timer
    expect(onState).toHaveBeenLastCalledWith('paused');
    setVisibility('visible');
    await vi.advanceTimersByTimeAsync(1000);
    expect(grab.mock.calls.length).toBeGreaterThan(before);
    expect(onState).toHaveBeenLastCalledWith('running');
  });

  it('does nothing while the video is paused or ended, and starts again when it plays', async () => {
    const { grab, video } = sampler();
    await vi.advanceTimersByTimeAsync(100);
    setPlayback(video, { paused: true });
    video.dispatchEvent(new Event('pause'));
    const before = grab.mock.calls.length;
    await vi.advanceTimersByTimeAsync(5000);
    expect(grab.mock.calls.length).toBe(before);
    expect(vi.getTimerCount()).toBe(0);
    setPlayback(video, { paused: false });
    video.dispatchEvent(new Event('playing'));
    await vi.advanceTimersByTimeAsync(600);
    expect(grab.mock.calls.length).toBe(before + 2);
    setPlayback(video, { ended: true });
    video.dispatchEvent(new Event('ended'));
    const atEnd = grab.mock.calls.length;
    await vi.advanceTimersByTimeAsync(5000);
    expect(grab.mock.calls.length).toBe(atEnd);
  });

  it('skips frames while the portal has switched the camera off, and goes on when it is on again', async () => {
    const { grab, track } = sampler();
    await vi.advanceTimersByTimeAsync(100);
    track.enabled = false; // "Kamera av": no event fires
    await vi.advanceTimersByTimeAsync(600);
    const before = grab.mock.calls.length;
    await vi.advanceTimersByTimeAsync(5000);
    expect(grab.mock.calls.length).toBe(before);
    track.enabled = true;
    await vi.advanceTimersByTimeAsync(1500);
    expect(grab.mock.calls.length).toBeGreaterThan(before);
  });

  it('stops for good when the camera track ends, and says so', async () => {
    const { grab, track, onTrackEnded } = sampler();
    await vi.advanceTimersByTimeAsync(100);
    track.end();
    const before = grab.mock.calls.length;
    await vi.advanceTimersByTimeAsync(5000);
    expect(grab.mock.calls.length).toBe(before);
    expect(onTrackEnded).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('stops when its signal aborts (the page navigated), dropping a frame already grabbed', async () => {
    let release: (value: ImageBitmap) => void = () => undefined;
    const pending = bitmap();
    const grab = vi.fn(() => new Promise<ImageBitmap>((resolve) => (release = resolve)));
    const { controller, analyze } = sampler({ grab });
    await vi.advanceTimersByTimeAsync(10);
    controller.abort();
    release(pending);
    await vi.advanceTimersByTimeAsync(5000);
    expect(grab).toHaveBeenCalledTimes(1);
    expect(analyze).not.toHaveBeenCalled();
    expect(pending.close).toHaveBeenCalled();
  });

  it('never starts when its check was stopped before it was made', async () => {
    const controller = new AbortController();
    controller.abort();
    const { grab } = sampler({ signal: controller.signal });
    await vi.advanceTimersByTimeAsync(5000);
    expect(grab).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('skips a frame that cannot be analysed and goes on', async () => {
    const analyze = vi.fn().mockRejectedValueOnce(new Error('busy')).mockResolvedValue(RESULT);
    const { instance, onResult } = sampler({ analyze });
    await vi.advanceTimersByTimeAsync(1000);
    expect(instance.stats.errors).toBe(1);
    expect(onResult).toHaveBeenCalledTimes(2);
    expect(instance.stats.frames).toBe(2);
  });
});

/** A camera frame as WebCodecs hands it out: I420 planes of a 640 × 480 picture, or no readable format. */
function fakeVideoFrameClass(format: string | null, created: { closed: boolean }[]) {
  return class {
    format = format;
    codedWidth = 640;
    codedHeight = 480;
    displayWidth = 640;
    displayHeight = 480;
    visibleRect = { x: 0, y: 0, width: 640, height: 480 };
    colorSpace = { toJSON: () => ({ matrix: 'smpte170m', fullRange: false }) };
    closed = false;
    constructor(readonly source: unknown) {
      created.push(this);
    }
    allocationSize() {
      return (640 * 480 * 3) / 2;
    }
    async copyTo(destination: ArrayBuffer) {
      new Uint8Array(destination).fill(7);
      return [
        { offset: 0, stride: 640 },
        { offset: 640 * 480, stride: 320 },
        { offset: 640 * 480 * 1.25, stride: 320 },
      ];
    }
    close() {
      this.closed = true;
    }
  };
}

describe('grabbing a frame', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('copies the frame’s planes and scales them to the analysis size, never converting it, and lets it go', async () => {
    const video = playingVideo(new FakeTrack('cam'));
    const frames: { closed: boolean }[] = [];
    vi.stubGlobal('VideoFrame', fakeVideoFrameClass('I420', frames));
    const create = vi.fn();
    vi.stubGlobal('createImageBitmap', create);
    const grabbed = await createFrameGrabber()(video);
    const size = analysisSize(640, 480);
    expect(grabbed).toMatchObject({
      kind: 'raw-frame',
      format: 'I420',
      codedWidth: size.width,
      codedHeight: size.height,
      colorSpace: { matrix: 'smpte170m' },
    });
    // 41 kB to post to the analyzer instead of 460 kB.
    expect('kind' in grabbed && grabbed.data.byteLength).toBe(size.width * size.height * 1.5);
    expect('kind' in grabbed && new Set(new Uint8Array(grabbed.data))).toEqual(new Set([7]));
    expect(frames).toHaveLength(1);
    expect(frames[0]?.closed).toBe(true);
    expect(create).not.toHaveBeenCalled();
  });

  it('grabs a bitmap at the analysis size when the frame’s bytes cannot be read, and from then on', async () => {
    const video = playingVideo(new FakeTrack('cam'));
    const frames: { closed: boolean }[] = [];
    vi.stubGlobal('VideoFrame', fakeVideoFrameClass(null, frames)); // a GPU-held frame
    const frame = bitmap();
    const create = vi.fn().mockResolvedValue(frame);
    vi.stubGlobal('createImageBitmap', create);
    const grab = createFrameGrabber();
    expect(await grab(video)).toBe(frame);
    expect(await grab(video)).toBe(frame);
    expect(frames).toHaveLength(1); // not tried again
    expect(frames[0]?.closed).toBe(true);
    const size = analysisSize(640, 480);
    // The analyzer's own working size: it then has nothing left to scale.
    expect(create.mock.calls[0]?.[1]).toMatchObject({ resizeWidth: size.width, resizeHeight: size.height });
  });

  it('retries once when Chromium has no frame ready', async () => {
    const video = playingVideo(new FakeTrack('cam'));
    const frames: { closed: boolean }[] = [];
    const Frame = fakeVideoFrameClass('NV12', frames);
    let calls = 0;
    vi.stubGlobal(
      'VideoFrame',
      class extends Frame {
        constructor(source: unknown) {
          super(source);
          if (++calls === 1) throw new DOMException('no frame', 'InvalidStateError');
        }
      },
    );
    const grabbed = createFrameGrabber()(video);
    await vi.advanceTimersByTimeAsync(100);
    expect(await grabbed).toMatchObject({ kind: 'raw-frame', format: 'I420' });
    expect(calls).toBe(2);
  });

  it('grabs bitmaps where there is no WebCodecs, retrying once when no frame is ready', async () => {
    vi.stubGlobal('VideoFrame', undefined);
    const video = playingVideo(new FakeTrack('cam'));
    const frame = bitmap();
    const create = vi
      .fn()
      .mockRejectedValueOnce(new DOMException('no frame', 'InvalidStateError'))
      .mockResolvedValue(frame);
    vi.stubGlobal('createImageBitmap', create);
    const grabbed = createFrameGrabber()(video);
    await vi.advanceTimersByTimeAsync(100);
    expect(await grabbed).toBe(frame);
    expect(create).toHaveBeenCalledTimes(2);
    expect(create.mock.calls[0]?.[0]).toBe(video);
  });

  it('does not retry other errors', async () => {
    vi.stubGlobal('VideoFrame', undefined);
    const video = playingVideo(new FakeTrack('cam'));
    const create = vi.fn().mockRejectedValue(new DOMException('tainted', 'SecurityError'));
    vi.stubGlobal('createImageBitmap', create);
    await expect(createFrameGrabber()(video)).rejects.toThrow('tainted');
    expect(create).toHaveBeenCalledTimes(1);
  });
});
