import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findSpot, intersects, type Rect } from '@/lib/placement/geometry';

const viewport = { width: 1280, height: 640 };
const size = { width: 200, height: 40 };

describe('the free spot nearest the preferred corner', () => {
  it('is the corner itself when nothing is there', () => {
    expect(findSpot({ size, viewport, obstacles: [], corner: 'bottom-right' })).toEqual({
      left: 1072,
      top: 592,
      ...size,
    });
    expect(findSpot({ size, viewport, obstacles: [], corner: 'top-left' })).toMatchObject({
      left: 8,
      top: 8,
    });
  });

  it('sits beside a send button in the corner, not on it', () => {
    const send = { left: 1160, top: 600, width: 120, height: 40 };
    const spot = findSpot({ size, viewport, obstacles: [send], corner: 'bottom-right' });
    // Just above it (36 px from the corner) is nearer than beside it (120 px).
    expect(spot).toEqual({ left: 1072, top: 556, ...size });
  });

  it('is null when controls leave no room', () => {
    const wall = { left: 0, top: 0, width: 1280, height: 600 };
    const strip = { left: 0, top: 610, width: 1280, height: 30 };
    expect(findSpot({ size, viewport, obstacles: [wall, strip], corner: 'bottom-right' })).toBeNull();
  });

  it('never touches an obstacle and stays inside the window, for any obstacles', () => {
    const rect = fc.record({
      left: fc.integer({ min: -100, max: 1300 }),
      top: fc.integer({ min: -100, max: 700 }),
      width: fc.integer({ min: 0, max: 700 }),
      height: fc.integer({ min: 0, max: 400 }),
    });
    fc.assert(
      fc.property(fc.array(rect, { maxLength: 12 }), (obstacles: Rect[]) => {
        const spot = findSpot({ size, viewport, obstacles, corner: 'bottom-left', gap: 4 });
        if (!spot) return;
        expect(obstacles.some((o) => o.width > 0 && o.height > 0 && intersects(spot, o))).toBe(false);
        expect(spot.left).toBeGreaterThanOrEqual(8);
        expect(spot.top + spot.height).toBeLessThanOrEqual(viewport.height - 8);
      }),
    );
  });
});
