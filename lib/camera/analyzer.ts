import type { Detection } from '@mediapipe/tasks-vision';
import { judge } from './judge';
import { measure } from './measure';
import type { FaceDetection, FrameSample } from './sample';
import { DEFAULT_CAMERA_THRESHOLDS, type CameraThresholds } from './thresholds';
import { analysisSize, type AnalysisResult, type PersonMask } from './result';
import { createVisionTasks, type RunningMode, type VisionTasks } from './vision-tasks';

/**
 * The one camera analyzer, used by the worker (extension pages, the analyzer frame, `npm run analyze`, the
 * benchmark). Per frame: downscale once to the analysis size and read the pixels once; run the face detector and
 * the person segmenter on that small image; measure and judge while the mask is still in MediaPipe's callback.
 */

export type AnalyzableImage = ImageBitmap | ImageData | OffscreenCanvas;

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

function toBytes(confidence: Float32Array, width: number, height: number): PersonMask {
  const data = new Uint8Array(confidence.length);
  for (let i = 0; i < data.length; i++)
    data[i] = Math.round(Math.min(1, Math.max(0, confidence[i] ?? 0)) * 255);
  return { width, height, data };
}

export class CameraAnalyzer {
  private canvas: OffscreenCanvas | null = null;
  private context: OffscreenCanvasRenderingContext2D | null = null;
  private lastTimestamp = 0;

  private constructor(
    readonly tasks: VisionTasks,
    readonly mode: RunningMode,
    public thresholds: CameraThresholds,
  ) {}

  /** `base`: the extension's origin (or any URL in it), where the wasm and models are. */
  static async create(
    base: string,
    mode: RunningMode,
    thresholds = DEFAULT_CAMERA_THRESHOLDS,
  ): Promise<CameraAnalyzer> {
    return new CameraAnalyzer(await createVisionTasks(base, mode), mode, thresholds);
  }

  get startupMs(): number {
    return this.tasks.startupMs;
  }

  /** Downscales the frame into the reused analysis canvas and reads its pixels (the only pixel read). */
  prepare(image: AnalyzableImage): ImageData {
    const size = analysisSize(image.width, image.height);
    if (!this.canvas || this.canvas.width !== size.width || this.canvas.height !== size.height) {
      this.canvas = new OffscreenCanvas(size.width, size.height);
      this.context = this.canvas.getContext('2d', { willReadFrequently: true });
    }
    const context = this.context;
    if (!context) throw new Error('No 2D canvas context for the analysis image.');
    if (image instanceof ImageData) {
      // putImageData cannot scale: go through a bitmap-free canvas of the original size.
      const full = new OffscreenCanvas(image.width, image.height);
      full.getContext('2d')?.putImageData(image, 0, 0);
      context.drawImage(full, 0, 0, size.width, size.height);
    } else {
      context.drawImage(image, 0, 0, size.width, size.height);
    }
    return context.getImageData(0, 0, size.width, size.height);
  }

  /** Strictly increasing timestamps, as VIDEO mode requires, whatever the caller's clock does. */
  nextTimestamp(requested?: number): number {
    const wanted = requested ?? performance.now();
    this.lastTimestamp = Math.max(this.lastTimestamp + 1, Math.floor(wanted));
    return this.lastTimestamp;
  }

  detectFaces(image: ImageData, timestamp: number): FaceDetection[] {
    const result =
      this.mode === 'VIDEO'
        ? this.tasks.face.detectForVideo(image, timestamp)
        : this.tasks.face.detect(image);
    return result.detections.map((d) => toFace(d, image.width, image.height));
  }

  /** Runs the segmenter and hands the person mask (valid only inside `use`) to `use`. */
  segment<T>(image: ImageData, timestamp: number, use: (mask: Float32Array | null) => T): T {
    let output: T | undefined;
    let called = false;
    const callback = (result: {
      confidenceMasks?: { width: number; height: number; getAsFloat32Array(): Float32Array }[];
    }) => {
      called = true;
      const mask = result.confidenceMasks?.[0];
      const data =
        mask && mask.width === image.width && mask.height === image.height ? mask.getAsFloat32Array() : null;
      output = use(data);
    };
    if (this.mode === 'VIDEO') this.tasks.segmenter.segmentForVideo(image, timestamp, callback);
    else this.tasks.segmenter.segment(image, callback);
    if (!called) output = use(null);
    return output as T;
  }

  analyze(
    image: AnalyzableImage,
    options: { timestampMs?: number; withMask?: boolean } = {},
  ): AnalysisResult {
    const started = performance.now();
    const pixels = this.prepare(image);
    const prepared = performance.now();
    const timestamp = this.nextTimestamp(options.timestampMs);
    const faces = this.detectFaces(pixels, timestamp);
    const detected = performance.now();
    let segmented = detected;
    const { measurements, mask } = this.segment(pixels, timestamp, (confidence) => {
      segmented = performance.now();
      const sample: FrameSample = {
        width: pixels.width,
        height: pixels.height,
        rgba: pixels.data,
        mask: confidence,
        faces,
      };
      return {
        measurements: measure(sample, this.thresholds),
        mask: options.withMask && confidence ? toBytes(confidence, pixels.width, pixels.height) : null,
      };
    });
    const done = performance.now();
    return {
      ...judge(measurements, this.thresholds),
      faces: faces.filter((face) => face.score >= this.thresholds.framing.minFaceScore),
      measurements,
      mask,
      frame: { width: image.width, height: image.height },
      ms: done - started,
      timings: {
        prepare: prepared - started,
        face: detected - prepared,
        segment: segmented - detected,
        measure: done - segmented,
      },
    };
  }

  close(): void {
    this.tasks.face.close();
    this.tasks.segmenter.close();
  }
}
