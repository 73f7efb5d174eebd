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
  /** BlazeFace short range: fast, finds faces down to about 14 % of the frame height. */
  nearFaceModel: '/models/face_detection_short_range.tflite',
  /**
   * BlazeFace full range: two to three times the time; finds small faces too (a clinician far back), and its
   * keypoints are steadier, so the head pose is taken from it.
   */
  farFaceModel: '/models/face_detection_full_range.tflite',
  /** Selfie segmentation, landscape (256 × 144): cheaper than the square model and as good on the test set. */
  segmenterModel: '/models/selfie_segmentation_landscape.tflite',
} as const;

export interface VisionTasks {
  nearFace: FaceDetector;
  /** Run for the head pose (every still, about once a second on video) and when the fast one misses a person. */
  farFace: FaceDetector;
  segmenter: ImageSegmenter;
  /** Time to load the wasm and both models, ms. */
  startupMs: number;
  /** The same by step, ms: the loader and the compiled wasm (fetched together), then each task's creation. */
  startupSteps: { wasm: number; nearFace: number; farFace: number; segmenter: number };
}

type ModuleFactory = (module?: Record<string, unknown>) => Promise<unknown>;
type ReceiveInstance = (instance: WebAssembly.Instance) => void;

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

/**
 * The wasm, compiled once per worker: left to itself every task fetches and compiles the 13 MB binary again (three
 * compilations per analyzer, most of its start-up). Each task gets its own instance of the one compiled module, through
 * the Emscripten loader's `instantiateWasm` hook. A failed instantiation rejects `failed`, so that the task's
 * creation, which would otherwise wait for ever, fails with it.
 */
const compiledModules = new Map<string, Promise<WebAssembly.Module>>();

function compileOnce(url: string): Promise<WebAssembly.Module> {
  let compiled = compiledModules.get(url);
  if (!compiled) {
    compiled = WebAssembly.compileStreaming(fetch(url));
    compiledModules.set(url, compiled);
    compiled.catch(() => compiledModules.delete(url));
  }
  return compiled;
}

function sharingCompiledModule(
  factory: ModuleFactory,
  compiled: WebAssembly.Module,
  onFailure: (error: unknown) => void,
): ModuleFactory {
  return (overrides = {}) =>
    factory({
      ...overrides,
      instantiateWasm(imports: WebAssembly.Imports, receive: ReceiveInstance) {
        WebAssembly.instantiate(compiled, imports).then(receive, onFailure);
        return {};
      },
    });
}

export async function createVisionTasks(base: string, mode: RunningMode): Promise<VisionTasks> {
  const started = performance.now();
  const [loaded, compiled] = await Promise.all([
    loadModuleFactory(base),
    compileOnce(new URL(VISION_ASSETS.wasm, base).href),
  ]);
  let fail: (error: unknown) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => (fail = reject));
  const factory = sharingCompiledModule(loaded, compiled, fail);
  const orFail = <T>(creating: Promise<T>) => Promise.race([creating, failed]);
  const fileset: WasmFileset = { wasmLoaderPath: '', wasmBinaryPath: new URL(VISION_ASSETS.wasm, base).href };
  const scope = globalThis as { ModuleFactory?: ModuleFactory };
  const faceDetector = (model: string) => {
    scope.ModuleFactory = factory;
    return orFail(
      FaceDetector.createFromOptions(fileset, {
        baseOptions: { modelAssetPath: new URL(model, base).href, delegate: 'CPU' },
        runningMode: mode,
        // Low, so that a second, partly hidden face still counts; the analyzer applies its own score limit.
        minDetectionConfidence: 0.4,
      }),
    );
  };
  let mark = performance.now();
  const since = () => -mark + (mark = performance.now());
  const wasm = mark - started;
  const nearFace = await faceDetector(VISION_ASSETS.nearFaceModel);
  const nearFaceMs = since();
  const farFace = await faceDetector(VISION_ASSETS.farFaceModel);
  const farFaceMs = since();
  scope.ModuleFactory = factory;
  const segmenter = await orFail(
    ImageSegmenter.createFromOptions(fileset, {
      baseOptions: { modelAssetPath: new URL(VISION_ASSETS.segmenterModel, base).href, delegate: 'CPU' },
      runningMode: mode,
      outputConfidenceMasks: true,
      outputCategoryMask: false,
    }),
  );
  const segmenterMs = since();
  return {
    nearFace,
    farFace,
    segmenter,
    startupMs: performance.now() - started,
    startupSteps: { wasm, nearFace: nearFaceMs, farFace: farFaceMs, segmenter: segmenterMs },
  };
}
