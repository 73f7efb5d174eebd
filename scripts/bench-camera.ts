/**
 * Camera analyzer benchmark (part of `npm run bench`). In one headless Chromium run, on 640×480 frames made from the
 * committed test pictures, in video mode as the live checks use it, prints JSON lines with median / p95 ms of:
 *   - model start-up (wasm and the three models),
 *   - each model alone on the full 640×480 frame (raw inference, as a naive pipeline feeds it), and on the
 *     analysis image the analyzer gives it (the frame downscaled once to 192 × 144),
 *   - the whole analysis per frame with both models (downscale, read pixels, face detector, segmenter,
 *     measurements, verdicts), and at the live camera test's pace (8 frames a second: the person mask refreshed
 *     every 0.3 s, the head pose from the full-range detector once a second),
 * and the ratio of the whole analysis to the raw inference it needs (fast face detector + segmenter on the full
 * frame; at the live pace, their average share per frame).
 * `VMK_SKIP_BUILD=1` skips the build check (bench.ts has built already); VMK_BENCH_ROUNDS sets the rounds.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildIfNeeded, openCameraHarness } from './analyze.ts';

const MEDIA = resolve(import.meta.dirname, '..', 'tests', 'fixtures', 'media');
const FRAMES = [
  'astronaut.png',
  'grace_hopper.jpg',
  'derived/astronaut-wall-ok.jpg',
  'derived/grace-shelf-cluttered.jpg',
  'derived/astronaut-window-backlit.jpg',
  'derived/two-people.jpg',
];
const ROUNDS = Number(process.env.VMK_BENCH_ROUNDS ?? 25);
const SIZE = { width: 640, height: 480 };

type Summary = { median: number; p95: number; mean: number };
const line = (name: string, data: Record<string, unknown>) =>
  console.log(JSON.stringify({ bench: `camera.${name}`, ...data }));
const round2 = (value: number) => Math.round(value * 100) / 100;

buildIfNeeded();
const harness = await openCameraHarness({ mode: 'video' });
try {
  const images = FRAMES.map((name) => readFileSync(join(MEDIA, name)));
  const result = (await harness.bench(images, ROUNDS, SIZE)) as Record<string, Summary | number>;
  const summary = (name: string) => result[name] as Summary;
  line('startup', { unit: 'ms', ms: Math.round(harness.startupMs) });
  line('frames', { count: result.frames, size: `${SIZE.width}x${SIZE.height}`, images: FRAMES });
  for (const name of [
    'nearFace',
    'segmenter',
    'farFace',
    'nearFaceSmall',
    'segmenterSmall',
    'farFaceSmall',
  ]) {
    line(`raw.${name}`, { unit: 'ms', ...summary(name) });
  }
  for (const name of ['analysis', 'prepare', 'analysisFace', 'analysisSegment', 'measure', 'live'])
    line(name, { unit: 'ms', ...summary(name) });
  const raw = summary('nearFace').median + summary('segmenter').median;
  const rawSmall = summary('nearFaceSmall').median + summary('segmenterSmall').median;
  const live = summary('live');
  // At the live pace a frame needs, on average, the fast detector, a third of a segmentation and an eighth of a
  // full-range detection.
  const liveRaw = summary('nearFace').mean + summary('segmenter').mean / 3 + summary('farFace').mean / 8;
  line('ratio', {
    analysis_median_ms: summary('analysis').median,
    raw_inference_median_ms: round2(raw),
    analysis_over_raw: round2(summary('analysis').median / raw),
    raw_inference_on_analysis_image_ms: round2(rawSmall),
    analysis_over_raw_on_analysis_image: round2(summary('analysis').median / rawSmall),
    live_median_ms: live.median,
    live_mean_ms: live.mean,
    live_mean_over_raw_mean: round2(live.mean / liveRaw),
  });
} finally {
  await harness.close();
}
