import { describe, expect, it } from 'vitest';
import { chestArea, findBadge } from '@/lib/camera/measure/badge';
import type { FaceDetection, FrameSample } from '@/lib/camera/analysis/sample';
import { DEFAULT_CAMERA_THRESHOLDS } from '@/lib/camera/judge/thresholds';

/**
 * Hand-drawn analysis images (192 × 144): a wall, a person in a dark jacket (the mask), a face box, and what is on
 * the chest. The labelled pictures are measured in tests/e2e/camera-badge.test.ts.
 */
const W = 192;
const H = 144;
const t = DEFAULT_CAMERA_THRESHOLDS.badge;
const FACE: FaceDetection = { x: 0.42, y: 0.15, width: 0.16, height: 0.22, score: 0.95, keypoints: [] };

function picture(
  draw: (set: (x: number, y: number, rgb: [number, number, number]) => void) => void = () => {},
) {
  const rgba = new Uint8ClampedArray(W * H * 4);
  const mask = new Float32Array(W * H);
  const set = (x: number, y: number, [r, g, b]: [number, number, number]) => {
    const i = (y * W + x) * 4;
    [rgba[i], rgba[i + 1], rgba[i + 2], rgba[i + 3]] = [r, g, b, 255];
  };
  for (let y = 0; y < H; y++)
    for (let x = 0; x < W; x++) {
      // The person: a head and a torso below it, wider towards the bottom.
      const torso = y >= 60 && Math.abs(x - 96) <= 40 + (y - 60) / 2;
      const head = Math.abs(x - 96) <= 16 && y >= 18 && y < 60;
      mask[y * W + x] = torso || head ? 1 : 0;
      set(x, y, torso ? [40, 45, 70] : head ? [200, 160, 140] : [215, 210, 200]);
    }
  draw(set);
  return { width: W, height: H, rgba, mask, faces: [FACE] } satisfies FrameSample;
}

function rect(
  set: (x: number, y: number, rgb: [number, number, number]) => void,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  rgb: [number, number, number],
) {
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) set(x, y, rgb);
}

/** A white card with two lines of dark letter strokes (face height here is about 32 points). */
function badge(set: (x: number, y: number, rgb: [number, number, number]) => void, x0: number, y0: number) {
  rect(set, x0, y0, x0 + 20, y0 + 12, [242, 242, 238]);
  for (let x = x0 + 2; x < x0 + 18; x += 2) {
    set(x, y0 + 3, [30, 30, 40]);
    set(x, y0 + 4, [30, 30, 40]);
    if (x < x0 + 14) set(x, y0 + 8, [30, 30, 40]);
  }
}

describe('the name badge', () => {
  it('is seen when a light card with text is on the chest', () => {
    const finding = findBadge(
      picture((set) => badge(set, 66, 80)),
      t,
      0.5,
    );
    expect(finding.badge).toBe('seen');
  });

  it('is not seen on a plain jacket', () => {
    expect(findBadge(picture(), t, 0.5).badge).toBe('not_seen');
  });

  it('is not seen for a light lanyard without a card', () => {
    const finding = findBadge(
      picture((set) => rect(set, 94, 62, 97, H, [235, 235, 232])),
      t,
      0.5,
    );
    expect(finding.badge).toBe('not_seen');
  });

  it('is not seen for a striped shirt front', () => {
    const shirt = picture((set) => {
      for (let x = 70; x < 122; x++)
        rect(set, x, 64, x + 1, 120, x % 3 === 0 ? [70, 100, 170] : [236, 240, 246]);
    });
    expect(findBadge(shirt, t, 0.5).badge).not.toBe('seen');
  });

  it('is not claimed for a card beside the person (outside the outline)', () => {
    const finding = findBadge(
      picture((set) => badge(set, 150, 90)),
      t,
      0.5,
    );
    expect(finding.badge).not.toBe('seen');
  });

  it('is unsure without a face, with two faces, or without a person mask', () => {
    const card = picture((set) => badge(set, 66, 80));
    expect(findBadge({ ...card, faces: [] }, t, 0.5).badge).toBe('unsure');
    expect(findBadge({ ...card, faces: [FACE, { ...FACE, x: 0.1 }] }, t, 0.5).badge).toBe('unsure');
    expect(findBadge({ ...card, mask: null }, t, 0.5).badge).toBe('unsure');
  });

  it('is unsure when the person sits too far back to make out a card', () => {
    const far = { ...FACE, width: 0.07, height: 0.1 };
    expect(findBadge({ ...picture((set) => badge(set, 66, 80)), faces: [far] }, t, 0.5).badge).toBe('unsure');
  });

  it('is unsure when the chest is out of the picture', () => {
    const low = { ...FACE, y: 0.7 };
    expect(findBadge({ ...picture(), faces: [low] }, t, 0.5)).toMatchObject({
      badge: 'unsure',
      reason: 'no_chest',
    });
    expect(chestArea(low, t)).toBeNull();
  });

  it('looks below the chin, over the width of the shoulders', () => {
    const chest = chestArea(FACE, t);
    expect(chest?.y).toBeGreaterThan(FACE.y + FACE.height);
    expect(chest?.width).toBeGreaterThan(2 * FACE.width);
  });
});
