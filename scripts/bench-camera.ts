/**
 * Camera analyzer benchmark (part of `npm run bench`): in one headless Chromium run, on 640×480 frames made from
 * the committed test photographs, in video mode as the live checks use it:
 *   - model start-up (wasm + both models),
 *   - each model alone on the full 640×480 frame (raw inference, as a naive pipeline feeds it),
 *   - the whole analysis per frame (downscale once, both models, measurements, verdicts),
 * as median / p95 ms, and the ratio of the whole analysis to the raw inference of both models.
 * Prints JSON lines. `VMK_SKIP_BUILD=1` skips the build check (bench.ts has built already).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildIfNeeded, openCameraHarness } from './analyze.ts';

const FIXTURES = resolve(import.meta.dirname, '..', 'tests', 'fixtures', 'media');
const ROUNDS = Number(process.env.VMK_BENCH_ROUNDS ?? 30);
const SIZE = { width: 640, height: 480 };

type Summary = { median: number; p95: number };

function frames(): { names: string[]; bytes: Uint8Array[] } {
  const names = readdirSync(join(FIXTURES, 'derived'))
    .filter((name) => /^(astronaut|grace)-.*ok.*\.png$/.test(name))
    .sort()
    .slice(0, 4);
  const originals = ['astronaut.png', 'grace_hopper.jpg'];
  const paths = [
    ...originals.map((name) => join(FIXTURES, name)),
    ...names.map((name) => join(FIXTURES, 'derived', name)),
  ];
  return {
    names: paths.map((path) => path.slice(FIXTURES.length + 1)),
    bytes: paths.map((path) => readFileSync(path)),
  };
}

buildIfNeeded();
const harness = await openCameraHarness({ mode: 'video' });
try {
  const { names, bytes } = frames();
  const result = (await harness.bench(bytes, ROUNDS, SIZE)) as Record<string, Summary | number>;
  const face = result.faceOnly as Summary;
  const segment = result.segmentOnly as Summary;
  const analysis = result.analysis as Summary;
  const raw = face.median + segment.median;
  const line = (name: string, data: Record<string, unknown>) =>
    console.log(JSON.stringify({ bench: `camera.${name}`, ...data }));
  line('startup', { ms: Math.round(harness.startupMs) });
  line('frames', { count: result.frames, size: `${SIZE.width}x${SIZE.height}`, images: names });
  line('face_detector_raw', { unit: 'ms', ...face });
  line('person_segmenter_raw', { unit: 'ms', ...segment });
  line('analysis', { unit: 'ms', ...analysis });
  line('analysis_prepare', { unit: 'ms', ...(result.prepare as Summary) });
  line('analysis_measure', { unit: 'ms', ...(result.measure as Summary) });
  line('ratio', {
    analysis_over_raw_inference: Math.round((analysis.median / raw) * 100) / 100,
    raw_inference_median_ms: Math.round(raw * 100) / 100,
  });
} finally {
  await harness.close();
}
