import { GRID_CELL, type FrameSample } from '../analysis/sample';

/** The person mask reduced to a coarse grid of cells (1 = person), and the separate shapes in it. */
export interface PersonGrid {
  width: number;
  height: number;
  /** 1 where the mean person confidence of the cell is at least one half. */
  cells: Uint8Array;
  /** Shape label per cell (0 = background, 1.. = shape number). */
  labels: Int32Array;
  /** Cell count of each shape, indexed by label (index 0 unused). */
  areas: number[];
}

export function personGrid(sample: FrameSample): PersonGrid | null {
  const { mask, width, height } = sample;
  if (!mask) return null;
  const gw = Math.ceil(width / GRID_CELL);
  const gh = Math.ceil(height / GRID_CELL);
  const sums = new Float32Array(gw * gh);
  const counts = new Uint16Array(gw * gh);
  for (let y = 0; y < height; y++) {
    const row = ((y / GRID_CELL) | 0) * gw;
    for (let x = 0; x < width; x++) {
      const cell = row + ((x / GRID_CELL) | 0);
      sums[cell] = (sums[cell] ?? 0) + (mask[y * width + x] ?? 0);
      counts[cell] = (counts[cell] ?? 0) + 1;
    }
  }
  const cells = new Uint8Array(gw * gh);
  for (let i = 0; i < cells.length; i++) cells[i] = (sums[i] ?? 0) >= 0.5 * (counts[i] ?? 1) ? 1 : 0;
  const { labels, areas } = labelShapes(cells, gw);
  return { width: gw, height: gh, cells, labels, areas };
}

/** Connected shapes (4-neighbourhood) of the set cells, by flood fill with an explicit stack. */
export function labelShapes(cells: Uint8Array, width: number): { labels: Int32Array; areas: number[] } {
  const labels = new Int32Array(cells.length);
  const areas = [0];
  const stack: number[] = [];
  for (let start = 0; start < cells.length; start++) {
    if (!cells[start] || labels[start]) continue;
    const label = areas.length;
    let area = 0;
    labels[start] = label;
    stack.push(start);
    while (stack.length > 0) {
      const i = stack.pop() as number;
      area++;
      const x = i % width;
      const neighbours = [x > 0 ? i - 1 : -1, x < width - 1 ? i + 1 : -1, i - width, i + width];
      for (const j of neighbours) {
        if (j < 0 || j >= cells.length || !cells[j] || labels[j]) continue;
        labels[j] = label;
        stack.push(j);
      }
    }
    areas.push(area);
  }
  return { labels, areas };
}

/** Label of the shape under a normalized point, or 0. */
export function shapeAt(grid: PersonGrid, x: number, y: number): number {
  const gx = Math.min(grid.width - 1, Math.max(0, Math.floor(x * grid.width)));
  const gy = Math.min(grid.height - 1, Math.max(0, Math.floor(y * grid.height)));
  return grid.labels[gy * grid.width + gx] ?? 0;
}
