import type { CameraAnalyzer } from './analyzer';
import type { BenchResult } from './messages';

/** Median and 95th percentile (nearest rank) of timings in ms, rounded to 0.01 ms. */
export function summarize(samples: number[]): { median: number; p95: number } {
  if (samples.length === 0) return { median: 0, p95: 0 };
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
  const mid = sorted.length / 2;
  const median =
    sorted.length % 2 ? (sorted[Math.floor(mid)] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  const round = (v: number) => Math.round(v * 100) / 100;
  return { median: round(median), p95: round(rank(0.95)) };
}

const WARMUP_ROUNDS = 2;

/**
 * Times, on the same frames and in one run: each model alone on the full frame (what a naive pipeline feeds it),
 * and the whole analysis (downscale once, both models, measurements, verdicts).
 */
export function runBench(analyzer: CameraAnalyzer, frames: ImageBitmap[], rounds: number): BenchResult {
  const face: number[] = [];
  const segment: number[] = [];
  const analysis: number[] = [];
  const prepare: number[] = [];
  const measure: number[] = [];
  const tasks = analyzer.tasks;
  const video = analyzer.mode === 'VIDEO';
  for (let round = 0; round < rounds + WARMUP_ROUNDS; round++) {
    const keep = round >= WARMUP_ROUNDS;
    for (const frame of frames) {
      let start = performance.now();
      if (video) tasks.face.detectForVideo(frame, analyzer.nextTimestamp());
      else tasks.face.detect(frame);
      if (keep) face.push(performance.now() - start);

      start = performance.now();
      const noop = () => undefined;
      if (video)
        tasks.segmenter.segmentForVideo(frame, analyzer.nextTimestamp(), (r) =>
          r.confidenceMasks?.[0]?.getAsFloat32Array(),
        );
      else tasks.segmenter.segment(frame, (r) => r.confidenceMasks?.[0]?.getAsFloat32Array() ?? noop());
      if (keep) segment.push(performance.now() - start);

      const result = analyzer.analyze(frame);
      if (keep) {
        analysis.push(result.ms);
        prepare.push(result.timings.prepare);
        measure.push(result.timings.measure);
      }
    }
  }
  return {
    frames: analysis.length,
    faceOnly: summarize(face),
    segmentOnly: summarize(segment),
    analysis: summarize(analysis),
    prepare: summarize(prepare),
    measure: summarize(measure),
  };
}
