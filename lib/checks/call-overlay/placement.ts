/**
 * Where the chip goes: beside the clinician's own picture when there is room, else in a corner, and never over
 * the portal's call controls. Pure geometry in viewport pixels (getBoundingClientRect), so it is tested without a
 * browser.
 */
import type { Rect, Size } from '../../placement/geometry';

export type { Rect, Size };

export type PlacementKind =
  'above' | 'below' | 'right' | 'left' | 'bottom-left' | 'bottom-right' | 'top-left' | 'top-right';

export interface Placement {
  left: number;
  top: number;
  kind: PlacementKind;
  /** False when no spot kept clear of the call controls (the chip then takes the least overlap). */
  clear: boolean;
}

export interface PlacementInput {
  /** The self-view's box; null when it is not visible (the chip then goes to a corner). */
  anchor: Rect | null;
  chip: Size;
  viewport: Size;
  /** Boxes the chip must not cover: the call controls and the end-call button. */
  avoid: readonly Rect[];
  /** Space between the chip and the self-view, and from the window's edges. */
  gap?: number;
}

function overlap(a: Rect, b: Rect): number {
  const width = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const height = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return width > 0 && height > 0 ? width * height : 0;
}

function inside(box: Rect, viewport: Size, gap: number): boolean {
  return (
    box.left >= gap &&
    box.top >= gap &&
    box.left + box.width <= viewport.width - gap &&
    box.top + box.height <= viewport.height - gap
  );
}

/** A box of no size, or entirely outside the window, is no anchor. */
export function visibleAnchor(anchor: Rect | null, viewport: Size): Rect | null {
  if (!anchor || anchor.width < 1 || anchor.height < 1) return null;
  const visible = overlap(anchor, { left: 0, top: 0, ...viewport });
  return visible > 0 ? anchor : null;
}

function candidates(
  input: PlacementInput,
  gap: number,
): { kind: PlacementKind; left: number; top: number }[] {
  const { chip, viewport } = input;
  const anchor = visibleAnchor(input.anchor, viewport);
  const corners = [
    { kind: 'bottom-left' as const, left: gap, top: viewport.height - gap - chip.height },
    {
      kind: 'bottom-right' as const,
      left: viewport.width - gap - chip.width,
      top: viewport.height - gap - chip.height,
    },
    { kind: 'top-left' as const, left: gap, top: gap },
    { kind: 'top-right' as const, left: viewport.width - gap - chip.width, top: gap },
  ];
  if (!anchor) return corners;
  const right = anchor.left + anchor.width;
  const bottom = anchor.top + anchor.height;
  return [
    // Above and below, lined up with the picture's left edge, then with its right edge.
    { kind: 'above', left: anchor.left, top: anchor.top - gap - chip.height },
    { kind: 'above', left: right - chip.width, top: anchor.top - gap - chip.height },
    { kind: 'below', left: anchor.left, top: bottom + gap },
    { kind: 'below', left: right - chip.width, top: bottom + gap },
    // Beside it, lined up with its bottom edge, then its top edge.
    { kind: 'right', left: right + gap, top: bottom - chip.height },
    { kind: 'right', left: right + gap, top: anchor.top },
    { kind: 'left', left: anchor.left - gap - chip.width, top: bottom - chip.height },
    { kind: 'left', left: anchor.left - gap - chip.width, top: anchor.top },
    ...corners,
  ];
}

/**
 * The first spot (beside the self-view, then the corners) that lies inside the window and covers neither the call
 * controls nor the self-view itself. If none does, the spot inside the window that covers the least of the call
 * controls, marked `clear: false`.
 */
export function placeChip(input: PlacementInput): Placement {
  const gap = input.gap ?? 8;
  const anchor = visibleAnchor(input.anchor, input.viewport);
  const spots = candidates(input, gap).map((spot) => {
    const box = { left: spot.left, top: spot.top, ...input.chip };
    const covered = input.avoid.reduce((sum, rect) => sum + overlap(box, rect), 0);
    const coversAnchor = anchor ? overlap(box, anchor) > 0 : false;
    return { ...spot, box, covered, coversAnchor, fits: inside(box, input.viewport, gap) };
  });
  const clear = spots.find((spot) => spot.fits && spot.covered === 0 && !spot.coversAnchor);
  if (clear) return { left: clear.left, top: clear.top, kind: clear.kind, clear: true };
  const fitting = spots.filter((spot) => spot.fits);
  const pool = fitting.length > 0 ? fitting : spots;
  const least = pool.reduce((best, spot) => (spot.covered < best.covered ? spot : best));
  const left = Math.max(0, Math.min(least.left, input.viewport.width - input.chip.width));
  const top = Math.max(0, Math.min(least.top, input.viewport.height - input.chip.height));
  // Pulled inside the window, it may now cover what it did not.
  const box = { left, top, ...input.chip };
  const covered = input.avoid.reduce((sum, rect) => sum + overlap(box, rect), 0);
  return { left, top, kind: least.kind, clear: covered === 0 };
}
