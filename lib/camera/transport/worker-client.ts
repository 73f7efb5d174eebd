import { connectAnalyzer, type AnalyzerClient } from './client';
import type { AnalyzerMode } from './messages';

/** A new analyzer worker (a dedicated module worker; the wasm and models load on `analyzer:init`). */
export function spawnAnalyzerWorker(): Worker {
  return new Worker(new URL('./analyzer.worker.ts', import.meta.url), {
    type: 'module',
    name: 'camera-analyzer',
  });
}

/**
 * For extension pages (the camera test): the analyzer in a dedicated worker of its own, so that inference never
 * blocks the page.
 */
export function createWorkerAnalyzer(options: { mode: AnalyzerMode; thresholds?: unknown }): AnalyzerClient {
  const worker = spawnAnalyzerWorker();
  return connectAnalyzer(worker, { ...options, onClose: () => worker.terminate() });
}
