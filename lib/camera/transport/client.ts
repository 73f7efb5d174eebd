import type { CameraThresholdsInput } from '../judge/thresholds';
import {
  fromAnalyzerSchema,
  type AnalyzerMode,
  type BenchResult,
  type FromAnalyzer,
  type ToAnalyzer,
} from './messages';
import type { AnalysisResult, FrameVerdicts } from '../analysis/result';
import type { VideoCadence } from '../analysis/cadence';
import type { RawFrame } from '../frames/raw-frame';

/** What a page or content script holds: a connection to one analyzer (worker or frame). */
export interface AnalyzerClient {
  /** Resolves once the wasm and models are loaded, with the start-up time in ms. */
  readonly ready: Promise<{ startupMs: number; droppedThresholds: string[] }>;
  /** Analyzes one frame; the bitmap or the raw frame's bytes are transferred (and closed by the analyzer). */
  analyze(
    image: ImageBitmap | RawFrame,
    options?: { timestampMs?: number; withMask?: boolean },
  ): Promise<AnalysisResult>;
  /** The same, answered with the verdicts alone (a smaller reply: what a host page's chip needs). */
  verdicts(image: ImageBitmap | RawFrame, options?: { timestampMs?: number }): Promise<FrameVerdicts>;
  setThresholds(thresholds: CameraThresholdsInput | unknown): void;
  bench(bitmaps: ImageBitmap[], rounds: number): Promise<BenchResult>;
  close(): void;
}

export interface ClientEndpoint {
  postMessage(message: ToAnalyzer, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/** The request/response bookkeeping over any endpoint; replies are validated before anyone sees them. */
export function connectAnalyzer(
  endpoint: ClientEndpoint,
  options: { mode: AnalyzerMode; thresholds?: unknown; cadence?: VideoCadence; onClose?: () => void },
): AnalyzerClient {
  let nextId = 1;
  let closed = false;
  const pending = new Map<number, Pending>();
  let settleReady: Pending | null = null;
  const ready = new Promise<{ startupMs: number; droppedThresholds: string[] }>((resolve, reject) => {
    settleReady = { resolve: resolve as (value: unknown) => void, reject };
  });

  const onMessage = (event: MessageEvent) => {
    const parsed = fromAnalyzerSchema.safeParse(event.data);
    if (!parsed.success) return;
    const message: FromAnalyzer = parsed.data;
    switch (message.type) {
      case 'analyzer:ready':
        settleReady?.resolve({ startupMs: message.startupMs, droppedThresholds: message.droppedThresholds });
        return;
      case 'analyzer:error':
        settleReady?.reject(new Error(message.message));
        return;
      case 'frame:result':
      case 'frame:verdicts':
      case 'bench:result':
      case 'frame:error': {
        const request = pending.get(message.id);
        if (!request) return;
        pending.delete(message.id);
        if (message.type === 'frame:error') request.reject(new Error(message.message));
        else request.resolve(message.result);
        return;
      }
    }
  };
  endpoint.addEventListener('message', onMessage);
  endpoint.postMessage(
    { type: 'analyzer:init', mode: options.mode, thresholds: options.thresholds, cadence: options.cadence },
    [],
  );

  const request = <T>(message: ToAnalyzer & { id: number }, transfer: Transferable[]): Promise<T> => {
    if (closed) return Promise.reject(new Error('The analyzer is closed.'));
    return new Promise<T>((resolve, reject) => {
      pending.set(message.id, { resolve: resolve as (value: unknown) => void, reject });
      endpoint.postMessage(message, transfer);
    });
  };

  /** A frame goes over transferred: the bitmap itself, or the raw frame's buffer. */
  const analyzeFrame = <T>(
    image: ImageBitmap | RawFrame,
    frameOptions: { timestampMs?: number; withMask?: boolean; reply?: 'verdicts' },
  ): Promise<T> =>
    request<T>({ type: 'frame:analyze', id: nextId++, image, ...frameOptions }, [
      'kind' in image ? image.data : image,
    ]);

  return {
    ready,
    analyze: (image, analyzeOptions = {}) => analyzeFrame<AnalysisResult>(image, analyzeOptions),
    verdicts: (image, verdictOptions = {}) =>
      analyzeFrame<FrameVerdicts>(image, { ...verdictOptions, reply: 'verdicts' }),
    bench: (bitmaps, rounds) =>
      request<BenchResult>({ type: 'analyzer:bench', id: nextId++, bitmaps, rounds }, bitmaps),
    setThresholds: (thresholds) => endpoint.postMessage({ type: 'thresholds:set', thresholds }, []),
    close() {
      if (closed) return;
      closed = true;
      endpoint.postMessage({ type: 'analyzer:close' }, []);
      endpoint.removeEventListener('message', onMessage);
      for (const request of pending.values()) request.reject(new Error('The analyzer is closed.'));
      pending.clear();
      settleReady?.reject(new Error('The analyzer is closed.'));
      options.onClose?.();
    },
  };
}
