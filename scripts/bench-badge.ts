/**
 * `npm run bench -- badge`: what the name-badge look-out (lib/camera/measure/badge.ts) adds to each analysed frame. The
 * badge set's pictures go through the built analyzer once (for the face boxes and the person mask) and are drawn at
 * the analysis size as the analyzer draws them; then `findBadge` alone is timed on them here, many rounds.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findBadge } from '../lib/camera/measure/badge.ts';
import type { FaceDetection, FrameSample } from '../lib/camera/analysis/sample.ts';
import { DEFAULT_CAMERA_THRESHOLDS } from '../lib/camera/judge/thresholds.ts';
import { buildIfNeeded, openCameraHarness } from './analyze.ts';

const SET = resolve(import.meta.dirname, '..', 'tests', 'fixtures', 'media', 'badge');
const ROUNDS = 20;

buildIfNeeded();
const labels = JSON.parse(readFileSync(join(SET, 'labels.json'), 'utf8')) as { file: string }[];
const harness = await openCameraHarness({ mode: 'image' });
const samples: FrameSample[] = [];
try {
  for (const { file } of labels) {
    const bytes = readFileSync(join(SET, file));
    const result = await harness.analyzeBytes(bytes, true);
    const mask = result.mask as { width: number; height: number; data: string };
    const pixels = await harness.page.evaluate(
      async ({ base64, width, height }) => {
        const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([data]));
        const canvas = new OffscreenCanvas(width, height);
        const context = canvas.getContext('2d', { willReadFrequently: true });
        if (!context) throw new Error('no 2d context');
        context.drawImage(bitmap, 0, 0, width, height);
        let text = '';
        for (const value of context.getImageData(0, 0, width, height).data)
          text += String.fromCharCode(value);
        return btoa(text);
      },
      { base64: bytes.toString('base64'), width: mask.width, height: mask.height },
    );
    const confidence = Buffer.from(mask.data, 'base64');
    samples.push({
      width: mask.width,
      height: mask.height,
      rgba: new Uint8Array(Buffer.from(pixels, 'base64')),
      mask: Float32Array.from(confidence, (value) => value / 255),
      faces: result.faces as FaceDetection[],
    });
  }
} finally {
  await harness.close();
}

const { badge } = DEFAULT_CAMERA_THRESHOLDS;
const { minFaceScore } = DEFAULT_CAMERA_THRESHOLDS.framing;
for (const sample of samples) findBadge(sample, badge, minFaceScore);
const times: number[] = [];
for (let round = 0; round < ROUNDS; round++)
  for (const sample of samples) {
    const started = performance.now();
    findBadge(sample, badge, minFaceScore);
    times.push(performance.now() - started);
  }
times.sort((a, b) => a - b);
const at = (share: number) => Math.round((times[Math.floor(share * (times.length - 1))] ?? 0) * 1000) / 1000;
console.log(
  JSON.stringify({
    bench: 'badge.findBadge',
    frames: samples.length,
    runs: times.length,
    size: `${samples[0]?.width}x${samples[0]?.height}`,
    medianMs: at(0.5),
    p95Ms: at(0.95),
    maxMs: at(1),
  }),
);
