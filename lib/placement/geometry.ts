/**
 * Where a pinned item may go: pure geometry in viewport pixels (getBoundingClientRect), tested without a browser.
 * Portals promise no free corner, so the spot is searched for among the page's controls instead of assumed.
 */
export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

export type Corner = 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left';

export interface SpotInput {
  size: Size;
  viewport: Size;
  /** Boxes the item must not touch: the page's controls, and items already placed. */
  obstacles: readonly Rect[];
  corner: Corner;
  /** Space kept from the window's edges. */
  margin?: number;
  /** Space kept from every obstacle. */
  gap?: number;
}

export function intersects(a: Rect, b: Rect): boolean {
  return (
    a.left < b.left + b.width &&
    b.left < a.left + a.width &&
    a.top < b.top + b.height &&
    b.top < a.top + a.height
  );
}

export function grow(rect: Rect, by: number): Rect {
  return {
    left: rect.left - by,
    top: rect.top - by,
    width: rect.width + 2 * by,
    height: rect.height + 2 * by,
  };
}

/** Positions along one axis where an item can sit flush against the window's margin or an obstacle's edge. */
function stops(length: number, span: number, margin: number, edges: readonly [number, number][]): number[] {
  const all = [margin, length - margin - span];
  for (const [start, end] of edges) all.push(end, start - span);
  return [...new Set(all.map(Math.round))].filter((at) => at >= margin && at + span <= length - margin);
}

/**
 * The free spot nearest the preferred corner, or null when none is free. Any free spot can slide left (or right)
 * until it meets the window's margin or an obstacle's grown edge, then up (or down) likewise, and stay free; so
 * trying only those positions, nearest first, finds a free spot whenever there is one.
 */
export function findSpot({ size, viewport, obstacles, corner, margin = 8, gap = 4 }: SpotInput): Rect | null {
  const visible: Rect = { left: 0, top: 0, ...viewport };
  const blocking = obstacles
    .filter((rect) => rect.width > 0 && rect.height > 0)
    .map((rect) => grow(rect, gap))
    .filter((rect) => intersects(rect, visible));
  const xs = stops(
    viewport.width,
    size.width,
    margin,
    blocking.map((rect) => [rect.left, rect.left + rect.width]),
  );
  const ys = stops(
    viewport.height,
    size.height,
    margin,
    blocking.map((rect) => [rect.top, rect.top + rect.height]),
  );
  const right = corner.endsWith('right');
  const bottom = corner.startsWith('bottom');
  const goalX = right ? viewport.width - margin - size.width : margin;
  const goalY = bottom ? viewport.height - margin - size.height : margin;
  const spots: { left: number; top: number; distance: number }[] = [];
  for (const left of xs) {
    for (const top of ys) spots.push({ left, top, distance: Math.hypot(left - goalX, top - goalY) });
  }
  spots.sort((a, b) => a.distance - b.distance);
  for (const { left, top } of spots) {
    const box = { left, top, ...size };
    if (!blocking.some((rect) => intersects(box, rect))) return box;
  }
  return null;
}
