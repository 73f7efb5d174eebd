import type { Detection, FaceDetector, ImageSegmenterResult } from '@mediapipe/tasks-vision';
import { judge } from '../judge/judge';
import { measure } from '../measure/measure';
import { findBadge } from '../measure/badge';
import { personGrid } from '../measure/person';
import type { FaceDetection, FrameSample } from './sample';
import { DEFAULT_CAMERA_THRESHOLDS, type CameraThresholds } from '../judge/thresholds';
import { analysisSize, type AnalysisResult, type PersonMask } from './result';
import { createVisionTasks, type RunningMode, type VisionTasks } from './vision-tasks';
import { LIVE_CADENCE, type VideoCadence } from './cadence';
import { lumaGrid, sceneChanged, type LumaGrid } from './scene';

/**
 * The one camera analyzer, used by the worker (extension pages, the analyzer frame, `npm run analyze`, the
 * benchmark). Per frame: downscale once to the analysis size and read the pixels once; run the fast face detector
 * and the person segmenter on that small image (the full-range face detector only when the segmenter sees a person
 * the fast one missed); build the coarse person grid once; measure and judge. On video, the cadence (cadence.ts)
 * lets it reuse the person mask, the head pose and the face boxes of earlier frames.
 */

export type AnalyzableImage = ImageBitmap | ImageData | OffscreenCanvas | VideoFrame;

/** A VideoFrame has no width and height of its own: its display size is what gets drawn. */
const sizeOf = (image: AnalyzableImage): { width: number; height: number } =>
  'displayWidth' in image
    ? { width: image.displayWidth, height: image.displayHeight }
    : { width: image.width, height: image.height };

function toFace(detection: Detection, width: number, height: number): FaceDetection {
  const box = detection.boundingBox;
  return {
    x: (box?.originX ?? 0) / width,
    y: (box?.originY ?? 0) / height,
    width: (box?.width ?? 0) / width,
    height: (box?.height ?? 0) / height,
    score: detection.categories[0]?.score ?? 0,
    keypoints: detection.keypoints.map((k) => ({ x: k.x, y: k.y })),
  };
}

function largestFace(faces: FaceDetection[], minScore: number): FaceDetection | undefined {
  let best: FaceDetection | undefined;
  for (const face of faces) {
    if (face.score >= minScore && (!best || face.width * face.height > best.width * best.height)) best = face;
  }
  return best;
}

/** The detection whose centre is nearest to `face`'s, if it lies within `face`'s box. */
function closestFace(face: FaceDetection, candidates: FaceDetection[]): FaceDetection | null {
  const cx = face.x + face.width / 2;
  const cy = face.y + face.height / 2;
  let best: FaceDetection | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const dx = candidate.x + candidate.width / 2 - cx;
    const dy = candidate.y + candidate.height / 2 - cy;
    const distance = Math.hypot(dx, dy);
    if (Math.abs(dx) < face.width / 2 && Math.abs(dy) < face.height / 2 && distance < bestDistance) {
      [best, bestDistance] = [candidate, distance];
    }
  }
  return best;
}

function toBytes(confidence: Float32Array, width: number, height: number): PersonMask {
  const data = new Uint8Array(confidence.length);
  for (let i = 0; i < data.length; i++)
    data[i] = Math.round(Math.min(1, Math.max(0, confidence[i] ?? 0)) * 255);
  return { width, height, data };
}

export interface PreparedFrame {
  /** The analysis image: the frame downscaled once; the models read it from here. */
  canvas: OffscreenCanvas;
  /** Its pixels, read once. */
  pixels: ImageData;
}

/**
 * Models shared by every analyzer of one mode in this worker (`create`'s `shareTasks`): a worker that serves several
 * tabs (the offscreen analyzer) loads and warms them once. Each analyzer keeps its own state (the faces, mask and
 * pose it reuses, its cadence clock), so one tab's picture never stands in for another's.
 */
const sharedTasks = new Map<RunningMode, Promise<VisionTasks>>();
/** Models warmed up already (warmUp), and the last timestamp each set of models was given (strictly increasing). */
const warmed = new WeakSet<VisionTasks>();
const modelClocks = new WeakMap<VisionTasks, { last: number }>();

function tasksFor(base: string, mode: RunningMode, share: boolean): Promise<VisionTasks> {
  if (!share) return createVisionTasks(base, mode);
  let tasks = sharedTasks.get(mode);
  if (!tasks) {
    tasks = createVisionTasks(base, mode);
    sharedTasks.set(mode, tasks);
    tasks.catch(() => sharedTasks.delete(mode));
  }
  return tasks;
}

export class CameraAnalyzer {
  private canvas: OffscreenCanvas | null = null;
  private context: OffscreenCanvasRenderingContext2D | null = null;
  private lastTimestamp = 0;
  /** The full-range detector's last look at the main face (null face: it did not find it then). */
  private pose: { face: FaceDetection | null; at: number } | null = null;
  private lastMask: { mask: Float32Array; width: number; height: number; at: number } | null = null;
  /** The faces last found by a detector, when, and the picture they were found on (for `stillFaceReuseMs`). */
  private lastFaces: {
    faces: FaceDetection[];
    at: number;
    width: number;
    height: number;
    scene: LumaGrid | null;
  } | null = null;
  /** Video only: how often the segmenter and the face detectors run (the client's pace). */
  cadence: VideoCadence = LIVE_CADENCE;

  private constructor(
    readonly tasks: VisionTasks,
    readonly mode: RunningMode,
    public thresholds: CameraThresholds,
    /** Shared models are never closed by one of their analyzers: they live as long as the worker. */
    private readonly ownsTasks: boolean,
  ) {}

  /** Time to warm the models up (warmUp), ms. */
  warmUpMs = 0;

  /** `base`: the extension's origin (or any URL in it), where the wasm and models are. */
  static async create(
    base: string,
    mode: RunningMode,
    thresholds = DEFAULT_CAMERA_THRESHOLDS,
    options: { shareTasks?: boolean } = {},
  ): Promise<CameraAnalyzer> {
    const started = performance.now();
    const share = options.shareTasks === true;
    const reused = share && sharedTasks.has(mode);
    const analyzer = new CameraAnalyzer(await tasksFor(base, mode, share), mode, thresholds, !share);
    if (reused) analyzer.waitedMs = performance.now() - started;
    return analyzer;
  }

  /** Set when the models were loaded already (shared): how long this analyzer waited for them, ms. */
  private waitedMs: number | null = null;

  /** Loading the wasm and the models, and warming them up if that was done; or the wait for shared ones, ms. */
  get startupMs(): number {
    return this.waitedMs ?? this.tasks.startupMs + this.warmUpMs;
  }

  /** The same by step, ms (`shared`: the models were loaded already, for another client). */
  get startupSteps(): Record<string, number> {
    if (this.waitedMs !== null) return { shared: this.waitedMs };
    return { ...this.tasks.startupSteps, warmUp: this.warmUpMs };
  }

  /**
   * Each model's first run costs 0.4–0.5 s more than the next ones (MediaPipe sets up its graph and its WebGL
   * context then): paid here, at start-up, on a blank picture of the analysis size, rather than on the first camera
   * frame (the worker does this before it says it is ready). Nothing found on it is kept; the next timestamp follows
   * on from it, as VIDEO mode needs.
   */
  warmUp(): void {
    if (warmed.has(this.tasks)) return;
    warmed.add(this.tasks);
    const started = performance.now();
    const { width, height } = analysisSize(640, 480);
    const blank = new OffscreenCanvas(width, height);
    blank.getContext('2d')?.fillRect(0, 0, width, height);
    const timestamp = this.nextTimestamp(0);
    this.detectFaces(this.tasks.nearFace, blank, timestamp);
    this.detectFaces(this.tasks.farFace, blank, timestamp);
    this.segment(blank, timestamp);
    this.warmUpMs = performance.now() - started;
  }

  /** Downscales the frame into the reused analysis canvas and reads its pixels (the only pixel read). */
  prepare(image: AnalyzableImage): PreparedFrame {
    const size = analysisSize(sizeOf(image).width, sizeOf(image).height);
    if (!this.canvas || this.canvas.width !== size.width || this.canvas.height !== size.height) {
      this.canvas = new OffscreenCanvas(size.width, size.height);
      this.context = this.canvas.getContext('2d', { willReadFrequently: true });
    }
    const context = this.context;
    if (!context) throw new Error('No 2D canvas context for the analysis image.');
    if (image instanceof ImageData && image.width === size.width && image.height === size.height) {
      // Already the analysis image (a camera frame scaled in the worker, raw-frame.ts): its pixels are these.
      context.putImageData(image, 0, 0);
      return { canvas: this.canvas, pixels: image };
    }
    if (image instanceof ImageData) {
      // putImageData cannot scale: go through a canvas of the original size.
      const full = new OffscreenCanvas(image.width, image.height);
      full.getContext('2d')?.putImageData(image, 0, 0);
      context.drawImage(full, 0, 0, size.width, size.height);
    } else {
      context.drawImage(image, 0, 0, size.width, size.height);
    }
    return { canvas: this.canvas, pixels: context.getImageData(0, 0, size.width, size.height) };
  }

  /** Strictly increasing timestamps, as VIDEO mode requires, whatever the caller's clock does. */
  nextTimestamp(requested?: number): number {
    const wanted = requested ?? performance.now();
    this.lastTimestamp = Math.max(this.lastTimestamp + 1, Math.floor(wanted));
    return this.lastTimestamp;
  }

  /**
   * The timestamp the models get: strictly increasing per set of models, also when several analyzers (tabs, each
   * with its own clock) share them; `timestamp` (this analyzer's clock) still drives its cadence.
   */
  private modelTimestamp(timestamp: number): number {
    let clock = modelClocks.get(this.tasks);
    if (!clock) modelClocks.set(this.tasks, (clock = { last: 0 }));
    clock.last = Math.max(clock.last + 1, timestamp);
    return clock.last;
  }

  detectFaces(detector: FaceDetector, image: OffscreenCanvas, timestamp: number): FaceDetection[] {
    const result =
      this.mode === 'VIDEO'
        ? detector.detectForVideo(image, this.modelTimestamp(timestamp))
        : detector.detect(image);
    return result.detections.map((d) => toFace(d, image.width, image.height));
  }

  /** The person mask (confidence per pixel at analysis size), copied out of MediaPipe's callback. */
  segment(image: OffscreenCanvas, timestamp: number): Float32Array | null {
    let mask: Float32Array | null = null;
    const callback = (result: ImageSegmenterResult) => {
      const confidence = result.confidenceMasks?.[0];
      if (confidence && confidence.width === image.width && confidence.height === image.height) {
        mask = confidence.getAsFloat32Array().slice();
      }
    };
    if (this.mode === 'VIDEO')
      this.tasks.segmenter.segmentForVideo(image, this.modelTimestamp(timestamp), callback);
    else this.tasks.segmenter.segment(image, callback);
    return mask;
  }

  /**
   * The full-range detector's view of the main face, for the head pose: on every still, and on video about once a
   * second (the pose changes slowly, and the estimate is advisory), reused in between.
   */
  private poseFaceFor(main: FaceDetection | undefined, fullRange: FaceDetection[] | null, timestamp: number) {
    if (!main) return null;
    if (fullRange) {
      const match = closestFace(main, fullRange);
      this.pose = { face: match, at: timestamp };
      return match;
    }
    return this.pose && timestamp - this.pose.at <= 2 * this.cadence.poseIntervalMs ? this.pose.face : null;
  }

  /**
   * On video, the faces of an earlier frame when the cadence allows them for this one: young enough, or found on a
   * picture that, outside the faces, has not changed since. Null: the detectors have to look.
   */
  private reusableFaces(
    pixels: ImageData,
    scene: LumaGrid | null,
    timestamp: number,
  ): FaceDetection[] | null {
    const last = this.lastFaces;
    if (this.mode !== 'VIDEO' || !last) return null;
    // Another camera (or the same one at another shape): nothing found on the old picture holds.
    if (last.width !== pixels.width || last.height !== pixels.height) return null;
    const age = timestamp - last.at;
    if (age < this.cadence.faceReuseMs) return last.faces;
    const still =
      scene !== null &&
      last.scene !== null &&
      age < this.cadence.stillFaceReuseMs &&
      !sceneChanged(last.scene, scene, last.faces);
    return still ? last.faces : null;
  }

  /** `fresh`: every step runs on this frame, whatever the cadence allows (the benchmark's full analysis). */
  analyze(
    image: AnalyzableImage,
    options: { timestampMs?: number; withMask?: boolean; fresh?: boolean } = {},
  ): AnalysisResult {
    const started = performance.now();
    const { canvas, pixels } = this.prepare(image);
    const prepared = performance.now();
    const timestamp = this.nextTimestamp(options.timestampMs);
    const { minFaceScore, minPersonForFarSearch } = this.thresholds.framing;
    const scene =
      this.mode === 'VIDEO' && this.cadence.stillFaceReuseMs > 0
        ? lumaGrid(pixels.data, pixels.width, pixels.height)
        : null;
    const reusedFaces = options.fresh ? null : this.reusableFaces(pixels, scene, timestamp);
    let faces = reusedFaces ?? this.detectFaces(this.tasks.nearFace, canvas, timestamp);
    const detected = performance.now();
    const last = this.lastMask;
    const reuse =
      this.mode === 'VIDEO' &&
      !options.fresh &&
      last !== null &&
      last.width === pixels.width &&
      last.height === pixels.height &&
      timestamp - last.at < this.cadence.maskMaxAgeMs;
    const mask = reuse ? last.mask : this.segment(canvas, timestamp);
    if (!reuse && mask) this.lastMask = { mask, width: pixels.width, height: pixels.height, at: timestamp };
    const segmented = performance.now();
    const sample: FrameSample = {
      width: pixels.width,
      height: pixels.height,
      rgba: pixels.data,
      mask,
      faces,
    };
    const grid = personGrid(sample);

    // The fast detector misses small faces: when the segmenter sees someone it did not find, look again with the
    // full-range one. That one also gives the steadier keypoints for the head pose.
    const found = faces.filter((face) => face.score >= minFaceScore);
    const person = grid ? Math.max(0, ...grid.areas.slice(1)) / (grid.width * grid.height) : 0;
    const search = !reusedFaces && found.length === 0 && person >= minPersonForFarSearch;
    const poseDue =
      found.length > 0 &&
      (this.mode === 'IMAGE' || !this.pose || timestamp - this.pose.at >= this.cadence.poseIntervalMs);
    const fullRange = search || poseDue ? this.detectFaces(this.tasks.farFace, canvas, timestamp) : null;
    if (search && fullRange) faces = fullRange;
    if (!reusedFaces) {
      this.lastFaces = { faces, at: timestamp, width: pixels.width, height: pixels.height, scene };
    }
    sample.faces = faces;
    sample.poseFace = this.poseFaceFor(largestFace(faces, minFaceScore), fullRange, timestamp);
    const fullRangeDone = performance.now();

    const measurements = measure(sample, this.thresholds, grid);
    const judgement = judge(measurements, this.thresholds);
    const badge = findBadge(sample, this.thresholds.badge, minFaceScore);
    const done = performance.now();
    return {
      ...judgement,
      faces: faces.filter((face) => face.score >= minFaceScore),
      measurements,
      badge: badge.badge,
      chest: badge.chest,
      mask: options.withMask && mask ? toBytes(mask, pixels.width, pixels.height) : null,
      frame: sizeOf(image),
      maskReused: reuse,
      facesReused: reusedFaces !== null,
      ms: done - started,
      timings: {
        prepare: prepared - started,
        face: detected - prepared,
        segment: segmented - detected,
        farFace: fullRange ? fullRangeDone - segmented : 0,
        measure: done - fullRangeDone,
      },
    };
  }

  close(): void {
    if (!this.ownsTasks) return;
    this.tasks.nearFace.close();
    this.tasks.farFace.close();
    this.tasks.segmenter.close();
  }
}
