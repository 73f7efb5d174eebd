import { describe, expect, it } from 'vitest';
import { lumaGrid, sceneChanged } from '@/lib/camera/analysis/scene';
import type { FaceDetection } from '@/lib/camera/analysis/sample';

const W = 192;
const H = 144;

/** A grey picture with a darker "head" (a filled rectangle), in analysis pixels. */
function picture(
  options: {
    headX?: number;
    noise?: number;
    seed?: number;
    paint?: (x: number, y: number) => number | null;
  } = {},
) {
  const { headX = 76, noise = 0 } = options;
  let seed = options.seed ?? 1;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const rgba = new Uint8ClampedArray(W * H * 4);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const head = x >= headX && x < headX + 40 && y >= 30 && y < 80;
      const value = options.paint?.(x, y) ?? (head ? 90 : 200);
      const jitter = noise ? Math.round((random() - 0.5) * 2 * noise) : 0;
      const i = (y * W + x) * 4;
      rgba[i] = rgba[i + 1] = rgba[i + 2] = value + jitter;
      rgba[i + 3] = 255;
    }
  }
  return lumaGrid(rgba, W, H);
}

/** The face box of the head at headX (normalized), as the detector would give it. */
const face = (headX = 76): FaceDetection => ({
  x: headX / W,
  y: 30 / H,
  width: 40 / W,
  height: 50 / H,
  score: 0.9,
  keypoints: [],
});

describe('whether the picture changed since the faces were found', () => {
  it('reduces the picture to the mean luma of 8 × 8 blocks', () => {
    const grid = picture();
    expect([grid.cols, grid.rows]).toEqual([24, 18]);
    expect(grid.means[0]).toBe(200);
    // A block inside the head.
    expect(grid.means[5 * 24 + 11]).toBe(90);
  });

  it('does not count a camera’s pixel noise as a change', () => {
    expect(sceneChanged(picture({ noise: 20, seed: 1 }), picture({ noise: 20, seed: 99 }), [face()])).toBe(
      false,
    );
  });

  it('counts a head that moved by a few pixels', () => {
    expect(sceneChanged(picture(), picture({ headX: 80 }), [face()])).toBe(true);
  });

  it('counts somebody stepping into view at the side', () => {
    const visitor = (x: number, y: number) => (x >= 170 && y >= 40 && y < 120 ? 60 : null);
    expect(sceneChanged(picture(), picture({ paint: visitor }), [face()])).toBe(true);
  });

  it('does not count talking or blinking: blocks wholly inside the face box', () => {
    const mouth = (x: number, y: number) => (x >= 88 && x < 104 && y >= 56 && y < 72 ? 20 : null);
    expect(sceneChanged(picture(), picture({ paint: mouth }), [face()])).toBe(false);
    // The same change with no face found there is a change.
    expect(sceneChanged(picture(), picture({ paint: mouth }), [])).toBe(true);
  });

  it('does not count a single changed block (a flicker), but two', () => {
    const one = (x: number, y: number) => (x < 8 && y < 8 ? 120 : null);
    const two = (x: number, y: number) => (x < 16 && y < 8 ? 120 : null);
    expect(sceneChanged(picture(), picture({ paint: one }), [face()])).toBe(false);
    expect(sceneChanged(picture(), picture({ paint: two }), [face()])).toBe(true);
  });

  it('treats pictures of different sizes as different', () => {
    const small = lumaGrid(new Uint8ClampedArray(96 * 72 * 4), 96, 72);
    expect(sceneChanged(picture(), small, [])).toBe(true);
  });
});
