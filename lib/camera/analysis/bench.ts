import type { CameraAnalyzer } from './analyzer';
import type { BenchResult } from '../transport/messages';

/** Median, 95th percentile (nearest rank) and mean of timings in ms, rounded to 0.01 ms. */
export function summarize(samples: number[]): { median: number; p95: number; mean: number } {
  if (samples.length === 0) return { median: 0, p95: 0, mean: 0 };
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
  const mid = sorted.length / 2;
  const median =
    sorted.length % 2 ? (sorted[Math.floor(mid)] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  const round = (v: number) => Math.round(v * 100) / 100;
  const mean = samples.reduce((sum, value) => sum + value, 0) / samples.length;
  return { median: round(median), p95: round(rank(0.95)), mean: round(mean) };
}

const WARMUP_ROUNDS = 2;
/** The camera test analyzes about 8 frames a second. */
const LIVE_FRAME_MS = 125;

/**
 * Times, on the same frames and in one run, each in a phase of its own (so that one model's work does not sit in
 * the caches of another's):
 *   - the whole analysis with both models on every frame (downscale once, read pixels once, models, measurements,
 *     verdicts), as for a still,
 *   - the whole analysis at the live camera test's pace (video timestamps 125 ms apart): the person mask is
 *     refreshed every 0.3 s and the full-range detector refreshes the head pose once a second,
 *   - each model alone on the full frame, as a naive pipeline feeds it (raw inference),
 *   - each model alone on the analysis image the analyzer actually gives it.
 */
export function runBench(analyzer: CameraAnalyzer, frames: ImageBitmap[], rounds: number): BenchResult {
  const series: Record<string, number[]> = {};
  const tasks = analyzer.tasks;
  const video = analyzer.mode === 'VIDEO';
  const readMask = (result: { confidenceMasks?: { getAsFloat32Array(): Float32Array }[] }) =>
    void result.confidenceMasks?.[0]?.getAsFloat32Array();
  const phase = (name: string, run: (frame: ImageBitmap) => number) => {
    const samples: number[] = (series[name] = []);
    for (let round = 0; round < rounds + WARMUP_ROUNDS; round++) {
      for (const frame of frames) {
        const ms = run(frame);
        if (round >= WARMUP_ROUNDS) samples.push(ms);
      }
    }
  };
  const timed = (run: () => unknown) => {
    const start = performance.now();
    run();
    return performance.now() - start;
  };
  const face = (detector: typeof tasks.nearFace, image: ImageBitmap | OffscreenCanvas) =>
    timed(() => (video ? detector.detectForVideo(image, analyzer.nextTimestamp()) : detector.detect(image)));
  const segment = (image: ImageBitmap | OffscreenCanvas) =>
    timed(() =>
      video
        ? tasks.segmenter.segmentForVideo(image, analyzer.nextTimestamp(), readMask)
        : tasks.segmenter.segment(image, readMask),
    );

  const parts: Record<string, number[]> = { prepare: [], measure: [], face: [], segment: [] };
  phase('analysis', (frame) => {
    const result = analyzer.analyze(frame, { fresh: true });
    parts.prepare?.push(result.timings.prepare);
    parts.measure?.push(result.timings.measure);
    parts.face?.push(result.timings.face);
    parts.segment?.push(result.timings.segment);
    return result.ms;
  });
  // Frame times of a live camera, ahead of the clock so that they keep increasing.
  let liveTime = analyzer.nextTimestamp() + 10_000;
  phase('live', (frame) => analyzer.analyze(frame, { timestampMs: (liveTime += LIVE_FRAME_MS) }).ms);
  phase('nearFace', (frame) => face(tasks.nearFace, frame));
  phase('segmenter', (frame) => segment(frame));
  phase('farFace', (frame) => face(tasks.farFace, frame));
  phase('nearFaceSmall', (frame) => face(tasks.nearFace, analyzer.prepare(frame).canvas));
  phase('segmenterSmall', (frame) => segment(analyzer.prepare(frame).canvas));
  phase('farFaceSmall', (frame) => face(tasks.farFace, analyzer.prepare(frame).canvas));
  const get = (name: string) => summarize(series[name] ?? []);
  const skip = WARMUP_ROUNDS * frames.length;
  return {
    frames: series.analysis?.length ?? 0,
    nearFace: get('nearFace'),
    farFace: get('farFace'),
    segmenter: get('segmenter'),
    nearFaceSmall: get('nearFaceSmall'),
    farFaceSmall: get('farFaceSmall'),
    segmenterSmall: get('segmenterSmall'),
    analysis: get('analysis'),
    live: get('live'),
    prepare: summarize(parts.prepare?.slice(skip) ?? []),
    measure: summarize(parts.measure?.slice(skip) ?? []),
    analysisFace: summarize(parts.face?.slice(skip) ?? []),
    analysisSegment: summarize(parts.segment?.slice(skip) ?? []),
  };
}
