import type { FaceDetection } from './sample';

/**
 * Whether the picture has changed since the face detector last looked, so that during a call its face boxes can be
 * reused while the clinician sits still (cadence.ts). The picture is reduced to the mean luma of 8 × 8 blocks
 * (24 × 18 blocks at the analysis size): a camera's pixel noise averages out over a block, while a head that moves
 * by a few pixels, or somebody stepping into view, changes the blocks along its edges.
 *
 * Blocks wholly inside a face box do not count: talking and blinking change them, but not where the face is.
 */

/** Block side in analysis pixels. */
export const SCENE_CELL = 8;
/** A block has changed when its mean luma moved by more than this (0..255): well above pixel noise. */
export const CELL_CHANGE = 12;
/** The picture has changed when at least this many blocks did (one block may be a flicker on a screen). */
export const CHANGED_CELLS = 2;

export interface LumaGrid {
  cols: number;
  rows: number;
  /** The frame's size in pixels. */
  width: number;
  height: number;
  /** Mean luma per block, row by row. */
  means: Uint8Array;
}

/** The mean luma (BT.601 weights) of each block of an RGBA picture. */
export function lumaGrid(rgba: ArrayLike<number>, width: number, height: number): LumaGrid {
  const cols = Math.ceil(width / SCENE_CELL);
  const rows = Math.ceil(height / SCENE_CELL);
  const sums = new Uint32Array(cols * rows);
  const counts = new Uint32Array(cols * rows);
  for (let y = 0; y < height; y++) {
    const row = ((y / SCENE_CELL) | 0) * cols;
    let i = y * width * 4;
    for (let x = 0; x < width; x++, i += 4) {
      const cell = row + ((x / SCENE_CELL) | 0);
      sums[cell]! += (77 * rgba[i]! + 150 * rgba[i + 1]! + 29 * rgba[i + 2]!) >> 8;
      counts[cell]! += 1;
    }
  }
  const means = new Uint8Array(cols * rows);
  for (let c = 0; c < means.length; c++) means[c] = Math.round(sums[c]! / Math.max(1, counts[c]!));
  return { cols, rows, width, height, means };
}

/** Whether block (col, row) lies wholly inside one of the faces (normalized boxes). */
function insideFace(grid: LumaGrid, col: number, row: number, faces: readonly FaceDetection[]): boolean {
  const left = (col * SCENE_CELL) / grid.width;
  const top = (row * SCENE_CELL) / grid.height;
  const right = Math.min(grid.width, (col + 1) * SCENE_CELL) / grid.width;
  const bottom = Math.min(grid.height, (row + 1) * SCENE_CELL) / grid.height;
  return faces.some(
    (face) =>
      left >= face.x && right <= face.x + face.width && top >= face.y && bottom <= face.y + face.height,
  );
}

/**
 * Whether `now` differs from `before` anywhere but inside `faces` (the boxes found on `before`). Pictures of
 * different sizes always differ.
 */
export function sceneChanged(before: LumaGrid, now: LumaGrid, faces: readonly FaceDetection[]): boolean {
  if (before.width !== now.width || before.height !== now.height) return true;
  let changed = 0;
  for (let row = 0; row < now.rows; row++) {
    for (let col = 0; col < now.cols; col++) {
      const cell = row * now.cols + col;
      if (Math.abs(now.means[cell]! - before.means[cell]!) <= CELL_CHANGE) continue;
      if (insideFace(now, col, row, faces)) continue;
      if (++changed >= CHANGED_CELLS) return true;
    }
  }
  return false;
}
