import { CameraAnalyzer } from '../analysis/analyzer';
import { runBench } from '../analysis/bench';
import {
  connectMessageSchema,
  toAnalyzerSchema,
  type AnalyzerMode,
  type FromAnalyzer,
  type ToAnalyzer,
} from './messages';
import { resolveCameraThresholds } from '../judge/thresholds';
import { LIVE_CADENCE } from '../analysis/cadence';
import { decodeRawFrame } from '../frames/raw-frame';
import { toFrameVerdicts } from '../analysis/result';

/** Anything that speaks the protocol: the worker's own scope (extension pages) or a MessagePort (content scripts). */
export interface Endpoint {
  postMessage(message: FromAnalyzer): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error';
}

/**
 * Serves one client. Frames are analyzed one at a time in arrival order (MediaPipe is synchronous); a client that
 * wants live results sends the next frame when the previous result has come back.
 */
export function serveAnalyzer(endpoint: Endpoint, base: string): void {
  let analyzer: Promise<CameraAnalyzer> | null = null;
  let mode: AnalyzerMode = 'image';
  let thresholds = resolveCameraThresholds(undefined).thresholds;

  const handle = async (message: ToAnalyzer): Promise<void> => {
    switch (message.type) {
      case 'analyzer:init': {
        const resolved = resolveCameraThresholds(message.thresholds);
        thresholds = resolved.thresholds;
        if (!analyzer || message.mode !== mode) {
          const previous = analyzer;
          mode = message.mode;
          // One set of models per mode for the whole worker, however many clients it serves (the offscreen
          // analyzer serves every tab): loaded and warmed up once.
          analyzer = CameraAnalyzer.create(base, mode === 'video' ? 'VIDEO' : 'IMAGE', thresholds, {
            shareTasks: true,
          }).then((created) => {
            created.warmUp();
            return created;
          });
          previous?.then((old) => old.close()).catch(() => undefined);
        }
        try {
          const ready = await analyzer;
          ready.thresholds = thresholds;
          ready.cadence = message.cadence ?? LIVE_CADENCE;
          endpoint.postMessage({
            type: 'analyzer:ready',
            startupMs: ready.startupMs,
            startupSteps: ready.startupSteps,
            droppedThresholds: resolved.dropped,
          });
        } catch (error) {
          analyzer = null;
          endpoint.postMessage({ type: 'analyzer:error', message: describe(error) });
        }
        return;
      }
      case 'thresholds:set': {
        thresholds = resolveCameraThresholds(message.thresholds).thresholds;
        if (analyzer) (await analyzer).thresholds = thresholds;
        return;
      }
      case 'frame:analyze': {
        const { image } = message;
        let frame: ImageBitmap | VideoFrame | ImageData | null = 'kind' in image ? null : image;
        try {
          if (!analyzer) throw new Error('The analyzer was not initialised (send analyzer:init first).');
          const ready = await analyzer;
          if ('kind' in image) frame = decodeRawFrame(image, message.timestampMs ?? 0);
          if (!frame) throw new Error('No frame to analyze.');
          const result = ready.analyze(frame, {
            timestampMs: message.timestampMs,
            withMask: message.withMask,
          });
          endpoint.postMessage(
            message.reply === 'verdicts'
              ? { type: 'frame:verdicts', id: message.id, result: toFrameVerdicts(result) }
              : { type: 'frame:result', id: message.id, result },
          );
        } catch (error) {
          endpoint.postMessage({ type: 'frame:error', id: message.id, message: describe(error) });
        } finally {
          if (frame && 'close' in frame) frame.close();
        }
        return;
      }
      case 'analyzer:close': {
        const closing = analyzer;
        analyzer = null;
        if (closing) (await closing.catch(() => null))?.close();
        return;
      }
      case 'analyzer:bench': {
        try {
          if (!analyzer) throw new Error('The analyzer was not initialised (send analyzer:init first).');
          const result = runBench(await analyzer, message.bitmaps, message.rounds);
          endpoint.postMessage({ type: 'bench:result', id: message.id, result });
        } catch (error) {
          endpoint.postMessage({ type: 'frame:error', id: message.id, message: describe(error) });
        } finally {
          for (const bitmap of message.bitmaps) bitmap.close();
        }
        return;
      }
    }
  };

  // One message at a time, in order: an analyze must not start before init has finished.
  let queue = Promise.resolve();
  endpoint.addEventListener('message', (event: MessageEvent) => {
    const parsed = toAnalyzerSchema.safeParse(event.data);
    if (!parsed.success) return; // Not ours, or malformed: ignored, never thrown into the page.
    queue = queue.then(() => handle(parsed.data)).catch(() => undefined);
  });
}

/**
 * In the worker: serve the worker's own scope, and every MessagePort a content script hands over through the
 * analyzer frame (`analyzer:connect`), each as its own client.
 */
export function startAnalyzerWorker(scope: Endpoint & { location: { href: string } }): void {
  const base = scope.location.href;
  serveAnalyzer(scope, base);
  scope.addEventListener('message', (event: MessageEvent) => {
    const port = event.ports[0];
    if (!port || !connectMessageSchema.safeParse(event.data).success) return;
    serveAnalyzer(port as unknown as Endpoint, base);
    port.start();
  });
}
