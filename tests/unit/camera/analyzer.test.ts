import { beforeEach, describe, expect, it, vi } from 'vitest';
import { frontalKeypoints } from './fixtures';

/** Minimal canvas stand-ins: the analyzer only draws, reads pixels and passes the canvas on to the models. */
/** What the camera shows next: a plain grey picture, or one with a bright block at `block.x` (analysis pixels). */
let block: { x: number } | null = null;
class FakeImageData {
  data: Uint8ClampedArray;
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.data = new Uint8ClampedArray(width * height * 4).fill(180);
    if (!block) return;
    for (let y = 100; y < 140; y++)
      this.data.fill(255, (y * width + block.x) * 4, (y * width + block.x + 24) * 4);
  }
}
class FakeCanvas {
  constructor(
    public width: number,
    public height: number,
  ) {}
  getContext() {
    return {
      drawImage: () => undefined,
      fillRect: () => undefined,
      getImageData: (_x: number, _y: number, w: number, h: number) => new FakeImageData(w, h),
    };
  }
}
vi.stubGlobal('OffscreenCanvas', FakeCanvas);
vi.stubGlobal('ImageData', FakeImageData);

const BOX = { x: 0.42, y: 0.2, width: 0.16, height: 0.22 };
/** A MediaPipe detection of BOX on a 192 × 144 analysis image. */
const detection = {
  boundingBox: {
    originX: BOX.x * 192,
    originY: BOX.y * 144,
    width: BOX.width * 192,
    height: BOX.height * 144,
    angle: 0,
  },
  categories: [{ score: 0.9, index: 0, categoryName: '', displayName: '' }],
  keypoints: frontalKeypoints(BOX),
};

const calls: { task: string; timestamp: number }[] = [];
let nearFinds = true;
function detector(task: string, finds: () => boolean) {
  const run = (timestamp: number) => {
    calls.push({ task, timestamp });
    return { detections: finds() ? [detection] : [] };
  };
  return { detect: () => run(-1), detectForVideo: (_: unknown, t: number) => run(t), close: () => undefined };
}
/** Person mask: a block in the middle and the lower half. */
const personMask = () => {
  const mask = new Float32Array(192 * 144);
  for (let y = 20; y < 144; y++) for (let x = 60; x < 132; x++) mask[y * 192 + x] = 1;
  return mask;
};
function segmenter() {
  const run = (timestamp: number, callback: (r: unknown) => void) => {
    calls.push({ task: 'segmenter', timestamp });
    callback({ confidenceMasks: [{ width: 192, height: 144, getAsFloat32Array: personMask }] });
  };
  return {
    segment: (_: unknown, callback: (r: unknown) => void) => run(-1, callback),
    segmentForVideo: (_: unknown, t: number, callback: (r: unknown) => void) => run(t, callback),
    close: () => undefined,
  };
}

let tasksCreated = 0;
vi.mock('@/lib/camera/analysis/vision-tasks', () => ({
  createVisionTasks: async () => ({
    created: ++tasksCreated,
    nearFace: detector('near', () => nearFinds),
    farFace: detector('far', () => true),
    segmenter: segmenter(),
    startupMs: 1,
  }),
}));

const { CameraAnalyzer } = await import('@/lib/camera/analysis/analyzer');
const { LIVE_CADENCE } = await import('@/lib/camera/analysis/cadence');
const frame = new FakeCanvas(640, 480) as unknown as OffscreenCanvas;
const count = (task: string) => calls.filter((c) => c.task === task).length;

beforeEach(() => {
  calls.length = 0;
  nearFinds = true;
  block = null;
});

describe('the analyzer’s use of the models', () => {
  it('on a still runs the fast detector, the segmenter and, for the head pose, the full-range detector', async () => {
    const analyzer = await CameraAnalyzer.create('chrome-extension://x/', 'IMAGE');
    const result = analyzer.analyze(frame);
    expect(calls.map((c) => c.task)).toEqual(['near', 'segmenter', 'far']);
    expect(result.framing).toBe('ok');
    expect(result.camera_height).toBe('ok');
    expect(result.frame).toEqual({ width: 640, height: 480 });
  });

  it('on video reuses the person mask for 0.3 s and refreshes the head pose once a second', async () => {
    const analyzer = await CameraAnalyzer.create('chrome-extension://x/', 'VIDEO');
    const reused: boolean[] = [];
    for (let t = 1000; t < 3000; t += 125)
      reused.push(analyzer.analyze(frame, { timestampMs: t }).maskReused);
    expect(count('near')).toBe(16);
    expect(reused.slice(0, 6)).toEqual([false, true, true, false, true, true]);
    expect(count('segmenter')).toBe(6);
    expect(count('far')).toBe(2);
  });

  it('during a call (2 frames a second) segments every other frame and refreshes the head pose every 3 s', async () => {
    const analyzer = await CameraAnalyzer.create('chrome-extension://x/', 'VIDEO');
    analyzer.cadence = { maskMaxAgeMs: 900, poseIntervalMs: 3000, faceReuseMs: 0, stillFaceReuseMs: 0 };
    const reused: boolean[] = [];
    for (let t = 1000; t < 7000; t += 500)
      reused.push(analyzer.analyze(frame, { timestampMs: t }).maskReused);
    expect(count('near')).toBe(12);
    expect(reused).toEqual(Array.from({ length: 12 }, (_, i) => i % 2 === 1));
    expect(count('far')).toBe(2);
    // The pose from 3 s ago still counts in between: the camera-height verdict does not flicker to "unknown".
    expect(analyzer.analyze(frame, { timestampMs: 7000 }).camera_height).toBe('ok');
  });

  describe('during a call, with face boxes reused (every other frame; up to 2 s while the picture is still)', () => {
    const callCadence = {
      maskMaxAgeMs: 1900,
      poseIntervalMs: 10_000,
      faceReuseMs: 900,
      stillFaceReuseMs: 2000,
    };
    const nearRuns = (timestamps: number[], picture: (t: number) => { x: number } | null = () => null) =>
      timestamps.map((t) => {
        block = picture(t);
        const before = count('near');
        const result = analyzer.analyze(frame, { timestampMs: t });
        expect(result.facesReused).toBe(count('near') === before);
        expect(result.framing).toBe('ok');
        return count('near') > before;
      });
    let analyzer: Awaited<ReturnType<typeof CameraAnalyzer.create>>;
    beforeEach(async () => {
      analyzer = await CameraAnalyzer.create('chrome-extension://x/', 'VIDEO');
      analyzer.cadence = callCadence;
    });
    const frames = Array.from({ length: 12 }, (_, i) => 1000 + 500 * i);

    it('runs the fast face detector on every other frame while the picture keeps changing', () => {
      // Something moves across the lower part of the picture, 12 pixels a frame.
      const runs = nearRuns(frames, (t) => ({ x: 10 + (12 * (t - 1000)) / 500 }));
      expect(runs).toEqual(frames.map((_, i) => i % 2 === 0));
    });

    it('while the picture stays the same, runs it only every 2 s', () => {
      const runs = nearRuns(frames);
      expect(runs).toEqual(frames.map((_, i) => i % 4 === 0));
    });

    it('runs it as soon as something changes outside the face after a still spell', () => {
      // Still for 1.5 s, then somebody comes into view on the left.
      const runs = nearRuns(frames.slice(0, 5), (t) => (t >= 3000 ? { x: 10 } : null));
      expect(runs).toEqual([true, false, false, false, true]);
    });

    it('runs it at once on a picture of another shape (another camera), however young the boxes are', () => {
      expect(nearRuns([1000])).toEqual([true]);
      const portrait = new FakeCanvas(480, 640) as unknown as OffscreenCanvas;
      const result = analyzer.analyze(portrait, { timestampMs: 1200 });
      expect(result.facesReused).toBe(false);
      expect(count('near')).toBe(2);
    });

    it('in the camera test (its own cadence) runs it on every frame', () => {
      analyzer.cadence = LIVE_CADENCE;
      expect(nearRuns(frames)).toEqual(frames.map(() => true));
    });
  });

  it('looks again with the full-range detector when the fast one misses a person the segmenter sees', async () => {
    const analyzer = await CameraAnalyzer.create('chrome-extension://x/', 'VIDEO');
    nearFinds = false;
    const result = analyzer.analyze(frame, { timestampMs: 1000 });
    expect(calls.map((c) => c.task)).toEqual(['near', 'segmenter', 'far']);
    expect(result.faces).toHaveLength(1);
    expect(result.framing).toBe('ok');
  });

  it('warms every model up once before the first frame, and judges that frame on its own picture', async () => {
    const analyzer = await CameraAnalyzer.create('chrome-extension://x/', 'VIDEO');
    nearFinds = false;
    analyzer.warmUp();
    expect(calls.map((c) => c.task)).toEqual(['near', 'far', 'segmenter']);
    nearFinds = true;
    const result = analyzer.analyze(frame, { timestampMs: 1000 });
    // Nothing from the blank warm-up picture is reused: the first frame runs the models itself and finds the face.
    expect(result.facesReused).toBe(false);
    expect(result.maskReused).toBe(false);
    expect(result.faces).toHaveLength(1);
    const stamps = calls.filter((c) => c.task === 'near').map((c) => c.timestamp);
    expect(stamps[1]).toBeGreaterThan(stamps[0]!);
  });

  it('shares one set of models between the clients of one worker, each with its own cadence and faces', async () => {
    const before = tasksCreated;
    // Two tabs, each with its own clock (a page's performance.now() starts when the page does).
    const tabA = await CameraAnalyzer.create('chrome-extension://x/', 'VIDEO', undefined, {
      shareTasks: true,
    });
    const tabB = await CameraAnalyzer.create('chrome-extension://x/', 'VIDEO', undefined, {
      shareTasks: true,
    });
    expect(tasksCreated - before).toBe(1);
    expect(tabB.startupSteps).toHaveProperty('shared');
    tabA.warmUp();
    const warmUps = calls.length;
    tabB.warmUp(); // warmed once, for both
    expect(calls.length).toBe(warmUps);
    // Face boxes may be reused for up to 0.9 s: were the state shared, tab B would be given tab A's.
    const cadence = { maskMaxAgeMs: 300, poseIntervalMs: 1000, faceReuseMs: 900, stillFaceReuseMs: 0 };
    tabA.cadence = cadence;
    tabB.cadence = cadence;
    const reusedB: { mask: boolean; faces: boolean }[] = [];
    for (let i = 0; i < 4; i++) {
      tabA.analyze(frame, { timestampMs: 100_000 + 125 * i });
      const b = tabB.analyze(frame, { timestampMs: 1000 + 125 * i });
      reusedB.push({ mask: b.maskReused, faces: b.facesReused });
    }
    // Tab B's first frame is looked at afresh; after that it reuses its own mask and faces, on its own clock.
    expect(reusedB.map((r) => r.faces)).toEqual([false, true, true, true]);
    expect(reusedB.map((r) => r.mask)).toEqual([false, true, true, false]);
    for (const task of ['near', 'far', 'segmenter']) {
      const stamps = calls.filter((c) => c.task === task).map((c) => c.timestamp);
      expect(new Set(stamps).size).toBe(stamps.length);
      expect(stamps).toEqual([...stamps].sort((a, b) => a - b));
    }
    // Closing one tab's analyzer leaves the shared models to the other.
    const closed = vi.spyOn(tabA.tasks.nearFace, 'close');
    tabA.close();
    expect(closed).not.toHaveBeenCalled();
  });

  it('gives every model strictly increasing timestamps, whatever the caller’s clock does', async () => {
    const analyzer = await CameraAnalyzer.create('chrome-extension://x/', 'VIDEO');
    for (const t of [5000, 5000, 4000, 5001]) analyzer.analyze(frame, { timestampMs: t, fresh: true });
    for (const task of ['near', 'segmenter']) {
      const stamps = calls.filter((c) => c.task === task).map((c) => c.timestamp);
      expect(stamps).toEqual([...stamps].sort((a, b) => a - b));
      expect(new Set(stamps).size).toBe(stamps.length);
    }
  });
});
