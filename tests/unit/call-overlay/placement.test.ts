import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeChip, type Rect } from '@/lib/checks/call-overlay/placement';

const VIEWPORT = { width: 1280, height: 800 };
const CHIP = { width: 300, height: 36 };
/** The replica's room: controls across the top, the self-view in the lower-left corner. */
const CONTROLS: Rect = { left: 0, top: 0, width: 1280, height: 68 };
const SELF_VIEW: Rect = { left: 16, top: 619, width: 220, height: 165 };

function overlaps(a: Rect, b: Rect): boolean {
  return (
    a.left < b.left + b.width &&
    b.left < a.left + a.width &&
    a.top < b.top + b.height &&
    b.top < a.top + a.height
  );
}

describe('placing the chip', () => {
  it('puts it just above the self-view, lined up with its left edge', () => {
    const where = placeChip({ anchor: SELF_VIEW, chip: CHIP, viewport: VIEWPORT, avoid: [CONTROLS] });
    expect(where).toEqual({ left: 16, top: 619 - 8 - 36, kind: 'above', clear: true });
  });

  it('goes below a self-view at the top, rather than over the call controls', () => {
    const top: Rect = { left: 16, top: 76, width: 220, height: 165 };
    const where = placeChip({ anchor: top, chip: CHIP, viewport: VIEWPORT, avoid: [CONTROLS] });
    expect(where.kind).toBe('below');
    expect(where.top).toBe(76 + 165 + 8);
  });

  it('goes beside a self-view that fills the height between controls at the top and at the bottom', () => {
    const bottomBar: Rect = { left: 0, top: 740, width: 1280, height: 60 };
    const tall: Rect = { left: 900, top: 76, width: 200, height: 656 };
    const where = placeChip({ anchor: tall, chip: CHIP, viewport: VIEWPORT, avoid: [CONTROLS, bottomBar] });
    expect(where.kind).toBe('left');
    expect(where.left).toBe(900 - 8 - 300);
  });

  it('takes a corner when the self-view is hidden or off screen, and not the one with the controls', () => {
    const bottomBar: Rect = { left: 0, top: 720, width: 1280, height: 80 };
    expect(placeChip({ anchor: null, chip: CHIP, viewport: VIEWPORT, avoid: [bottomBar] }).kind).toBe(
      'top-left',
    );
    const offScreen: Rect = { left: -500, top: 100, width: 200, height: 150 };
    expect(placeChip({ anchor: offScreen, chip: CHIP, viewport: VIEWPORT, avoid: [] }).kind).toBe(
      'bottom-left',
    );
  });

  it('says so when no spot is clear, and then covers the controls as little as it can, inside the window', () => {
    const everywhere: Rect = { left: 0, top: 0, width: 1280, height: 800 };
    const where = placeChip({ anchor: SELF_VIEW, chip: CHIP, viewport: VIEWPORT, avoid: [everywhere] });
    expect(where.clear).toBe(false);
    expect(where.left).toBeGreaterThanOrEqual(0);
    expect(where.top + CHIP.height).toBeLessThanOrEqual(800);
  });

  it('never covers the call controls when it says the spot is clear, and stays inside the window', () => {
    const rect = (maxW: number, maxH: number) =>
      fc.record({
        left: fc.integer({ min: -100, max: maxW }),
        top: fc.integer({ min: -100, max: maxH }),
        width: fc.integer({ min: 0, max: maxW }),
        height: fc.integer({ min: 0, max: maxH }),
      });
    fc.assert(
      fc.property(
        fc.record({
          width: fc.integer({ min: 320, max: 2560 }),
          height: fc.integer({ min: 240, max: 1440 }),
        }),
        fc.option(rect(1600, 1000), { nil: null }),
        fc.array(rect(1600, 400), { maxLength: 3 }),
        fc.record({ width: fc.integer({ min: 20, max: 340 }), height: fc.integer({ min: 20, max: 300 }) }),
        (viewport, anchor, avoid, chip) => {
          const where = placeChip({ anchor, chip, viewport, avoid });
          const box = { left: where.left, top: where.top, ...chip };
          if (where.clear) {
            for (const controls of avoid) {
              if (controls.width > 0 && controls.height > 0) expect(overlaps(box, controls)).toBe(false);
            }
          }
          if (chip.width <= viewport.width && chip.height <= viewport.height) {
            expect(box.left).toBeGreaterThanOrEqual(0);
            expect(box.top).toBeGreaterThanOrEqual(0);
            expect(box.left + box.width).toBeLessThanOrEqual(viewport.width);
            expect(box.top + box.height).toBeLessThanOrEqual(viewport.height);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
