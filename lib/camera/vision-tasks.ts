import { FaceDetector, ImageSegmenter } from '@mediapipe/tasks-vision';

type WasmFileset = Parameters<typeof FaceDetector.createFromOptions>[0];

/**
 * MediaPipe I/O: creates the face detector and the person segmenter from the files the extension ships (built by
 * scripts/build-models.ts). Nothing is fetched from anywhere but the extension itself.
 */

export type RunningMode = 'IMAGE' | 'VIDEO';

/** Paths inside the extension (public/ at build time). */
export const VISION_ASSETS = {
  loader: '/mediapipe/vision_wasm_module_internal.js',
  wasm: '/mediapipe/vision_wasm_module_internal.wasm',
  faceModel: '/models/face_detection_full_range.tflite',
  segmenterModel: '/models/selfie_segmentation.tflite',
} as const;

export interface VisionTasks {
  face: FaceDetector;
  segmenter: ImageSegmenter;
  /** Time to load the wasm and both models, ms. */
  startupMs: number;
}

type ModuleFactory = (module?: unknown) => Promise<unknown>;

/**
 * tasks-vision loads its wasm loader by injecting a <script> (pages) or importScripts (classic workers); neither
 * works for the ES-module loader in a module worker, and after the first task it clears `self.ModuleFactory`, so
 * a second task fails with "ModuleFactory not set.". So the loader is imported here, once, and the factory is put
 * back before each task is created; an empty `wasmLoaderPath` tells tasks-vision not to load anything itself.
 */
async function loadModuleFactory(base: string): Promise<ModuleFactory> {
  const loaderUrl = new URL(VISION_ASSETS.loader, base).href;
  const loader = (await import(/* @vite-ignore */ loaderUrl)) as { default: ModuleFactory };
  return loader.default;
}

export async function createVisionTasks(base: string, mode: RunningMode): Promise<VisionTasks> {
  const started = performance.now();
  const factory = await loadModuleFactory(base);
  const fileset: WasmFileset = { wasmLoaderPath: '', wasmBinaryPath: new URL(VISION_ASSETS.wasm, base).href };
  const scope = globalThis as { ModuleFactory?: ModuleFactory };
  scope.ModuleFactory = factory;
  const face = await FaceDetector.createFromOptions(fileset, {
    baseOptions: { modelAssetPath: new URL(VISION_ASSETS.faceModel, base).href, delegate: 'CPU' },
    runningMode: mode,
    // Low, so that a second, partly hidden face still counts; the analyzer applies its own score limit.
    minDetectionConfidence: 0.4,
  });
  scope.ModuleFactory = factory;
  const segmenter = await ImageSegmenter.createFromOptions(fileset, {
    baseOptions: { modelAssetPath: new URL(VISION_ASSETS.segmenterModel, base).href, delegate: 'CPU' },
    runningMode: mode,
    outputConfidenceMasks: true,
    outputCategoryMask: false,
  });
  return { face, segmenter, startupMs: performance.now() - started };
}
