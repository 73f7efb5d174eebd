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
 * Times, on the same frames and in one run:
 *   - each model alone on the full frame, as a naive pipeline feeds it (raw inference),
 *   - each model alone on the analysis image the analyzer actually gives it,
 *   - the whole analysis (downscale once, read pixels once, models, measurements, verdicts).
 */
export function runBench(analyzer: CameraAnalyzer, frames: ImageBitmap[], rounds: number): BenchResult {
  const series: Record<string, number[]> = {};
  const note = (name: string, ms: number) => (series[name] ??= []).push(ms);
  const tasks = analyzer.tasks;
  const video = analyzer.mode === 'VIDEO';
  const time = (name: string, keep: boolean, run: () => unknown) => {
    const start = performance.now();
    run();
    if (keep) note(name, performance.now() - start);
  };
  const readMask = (result: { confidenceMasks?: { getAsFloat32Array(): Float32Array }[] }) =>
    void result.confidenceMasks?.[0]?.getAsFloat32Array();
  for (let round = 0; round < rounds + WARMUP_ROUNDS; round++) {
    const keep = round >= WARMUP_ROUNDS;
    for (const frame of frames) {
      for (const [suffix, image] of [
        ['', frame],
        ['Small', analyzer.prepare(frame).canvas],
      ] as const) {
        time(`nearFace${suffix}`, keep, () =>
          video
            ? tasks.nearFace.detectForVideo(image, analyzer.nextTimestamp())
            : tasks.nearFace.detect(image),
        );
        time(`farFace${suffix}`, keep, () =>
          video ? tasks.farFace.detectForVideo(image, analyzer.nextTimestamp()) : tasks.farFace.detect(image),
        );
        time(`segmenter${suffix}`, keep, () =>
          video
            ? tasks.segmenter.segmentForVideo(image, analyzer.nextTimestamp(), readMask)
            : tasks.segmenter.segment(image, readMask),
        );
      }
      const result = analyzer.analyze(frame);
      if (!keep) continue;
      note('analysis', result.ms);
      note('prepare', result.timings.prepare);
      note('measure', result.timings.measure);
    }
  }
  const get = (name: string) => summarize(series[name] ?? []);
  return {
    frames: series.analysis?.length ?? 0,
    nearFace: get('nearFace'),
    farFace: get('farFace'),
    segmenter: get('segmenter'),
    nearFaceSmall: get('nearFaceSmall'),
    farFaceSmall: get('farFaceSmall'),
    segmenterSmall: get('segmenterSmall'),
    analysis: get('analysis'),
    prepare: get('prepare'),
    measure: get('measure'),
  };
}
