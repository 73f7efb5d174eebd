import type { FaceDetection, FrameSample } from '../analysis/sample';
import type { CameraThresholds } from '../judge/thresholds';

/**
 * Is a name badge visible? A badge is a small light card with text on the upper chest: below the face, inside the
 * person's outline. Looked for in the analysis image (the frame downscaled once): light, low-saturation blobs on
 * the chest, each judged by its size against the face, its shape (wider than high, filling its box), its contrast
 * with the clothes around it and the text-like strokes inside it. An advisory: when a blob is badge-like but not
 * clearly one, or the chest cannot be seen, the answer is `unsure` and the camera test asks the clinician.
 */
export const BADGE_VERDICTS = ['seen', 'not_seen', 'unsure'] as const;
export type BadgeVerdict = (typeof BADGE_VERDICTS)[number];

/** The chest area where a badge is looked for, as fractions of the frame (for showing it on screen only). */
export interface ChestArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface BadgeFinding {
  badge: BadgeVerdict;
  /** Why: 'no_face', 'too_far', 'no_chest', 'no_mask', 'no_light_blob', 'badge', or the best blob's failed tests. */
  reason: string;
  chest: ChestArea | null;
  /** The most badge-like blob's numbers (widths in face heights), or null when there was none. */
  best: BlobScore | null;
}

export interface BlobScore {
  width: number;
  height: number;
  aspect: number;
  fill: number;
  contrast: number;
  strokes: number;
  /** Share of the ring around the blob inside the person's outline. */
  inside: number;
  failed: string[];
  /** The blob's box in analysis pixels. */
  box: [number, number, number, number];
}

type BadgeThresholds = CameraThresholds['badge'];

const luma = (r: number, g: number, b: number) => (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;

function primaryFace(faces: FaceDetection[], minScore: number): FaceDetection | undefined {
  let best: FaceDetection | undefined;
  for (const face of faces)
    if (face.score >= minScore && (!best || face.width * face.height > best.width * best.height)) best = face;
  return best;
}

/** The chest area below a face (fractions of the frame), clipped to the frame. */
export function chestArea(face: FaceDetection, t: BadgeThresholds): ChestArea | null {
  const cx = face.x + face.width / 2;
  const top = face.y + face.height * (1 + t.chestTop);
  const bottom = Math.min(1, face.y + face.height * (1 + t.chestBottom));
  const left = Math.max(0, cx - face.width * t.chestHalfWidth);
  const right = Math.min(1, cx + face.width * t.chestHalfWidth);
  if (bottom - top < face.height * t.minChestHeight || right <= left) return null;
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** Morphological closing (3 × 3 dilation, then erosion) inside a rectangle: fills the letters' holes in a card. */
function close3(on: Uint8Array, width: number, x0: number, y0: number, x1: number, y1: number): Uint8Array {
  const pass = (src: Uint8Array, grow: boolean) => {
    const dst = new Uint8Array(src.length);
    for (let y = y0; y < y1; y++)
      for (let x = x0; x < x1; x++) {
        let any = false;
        let all = true;
        for (let dy = -1; dy <= 1; dy++)
          for (let dx = -1; dx <= 1; dx++) {
            const nx = Math.min(x1 - 1, Math.max(x0, x + dx));
            const ny = Math.min(y1 - 1, Math.max(y0, y + dy));
            const v = src[ny * width + nx] ?? 0;
            any ||= v === 1;
            all &&= v === 1;
          }
        dst[y * width + x] = (grow ? any : all) ? 1 : 0;
      }
    return dst;
  };
  return pass(pass(on, true), false);
}

interface Blob {
  left: number;
  top: number;
  right: number;
  bottom: number;
  area: number;
  sum: number;
}

/** 8-connected blobs of the set pixels of `on`, inside the rectangle. */
function blobs(
  on: Uint8Array,
  width: number,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  l: Float32Array,
) {
  const seen = new Uint8Array(on.length);
  const found: Blob[] = [];
  const stack: number[] = [];
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++) {
      const start = y * width + x;
      if (!on[start] || seen[start]) continue;
      const blob: Blob = { left: x, top: y, right: x, bottom: y, area: 0, sum: 0 };
      seen[start] = 1;
      stack.push(start);
      while (stack.length > 0) {
        const p = stack.pop() ?? 0;
        const px = p % width;
        const py = (p - px) / width;
        blob.area++;
        blob.sum += l[p] ?? 0;
        blob.left = Math.min(blob.left, px);
        blob.right = Math.max(blob.right, px);
        blob.top = Math.min(blob.top, py);
        blob.bottom = Math.max(blob.bottom, py);
        for (let dy = -1; dy <= 1; dy++)
          for (let dx = -1; dx <= 1; dx++) {
            const nx = px + dx;
            const ny = py + dy;
            if (nx < x0 || nx >= x1 || ny < y0 || ny >= y1) continue;
            const q = ny * width + nx;
            if (on[q] && !seen[q]) {
              seen[q] = 1;
              stack.push(q);
            }
          }
      }
      found.push(blob);
    }
  return found;
}

function scoreBlob(
  blob: Blob,
  l: Float32Array,
  light: Uint8Array,
  mask: Float32Array,
  width: number,
  height: number,
  faceHeightPx: number,
  t: BadgeThresholds,
): BlobScore {
  const w = blob.right - blob.left + 1;
  const h = blob.bottom - blob.top + 1;
  // The card's own brightness: its light points, without the letters.
  let cardSum = 0;
  let cardCount = 0;
  for (let y = blob.top; y <= blob.bottom; y++)
    for (let x = blob.left; x <= blob.right; x++)
      if (light[y * width + x]) {
        cardSum += l[y * width + x] ?? 0;
        cardCount++;
      }
  const mean = cardCount > 0 ? cardSum / cardCount : blob.sum / blob.area;
  // The ring just outside the blob's box: the clothes the card is pinned to, inside the person's outline.
  let ringSum = 0;
  let ringCount = 0;
  let ringPerson = 0;
  for (let y = blob.top - 2; y <= blob.bottom + 2; y++)
    for (let x = blob.left - 2; x <= blob.right + 2; x++) {
      if (x < 0 || y < 0 || x >= width || y >= height) continue;
      if (x >= blob.left && x <= blob.right && y >= blob.top && y <= blob.bottom) continue;
      ringSum += l[y * width + x] ?? 0;
      ringCount++;
      if ((mask[y * width + x] ?? 0) >= t.minPerson) ringPerson++;
    }
  // Strokes: points inside the box clearly darker than the card (letters), not on its edge.
  let strokes = 0;
  let inner = 0;
  for (let y = blob.top + 1; y < blob.bottom; y++)
    for (let x = blob.left + 1; x < blob.right; x++) {
      inner++;
      if ((l[y * width + x] ?? 0) < mean - t.strokeDarkness) strokes++;
    }
  const score: BlobScore = {
    width: w / faceHeightPx,
    height: h / faceHeightPx,
    aspect: w / h,
    fill: blob.area / (w * h),
    contrast: ringCount > 0 ? mean - ringSum / ringCount : 0,
    strokes: inner > 0 ? strokes / inner : 0,
    inside: ringCount > 0 ? ringPerson / ringCount : 0,
    failed: [],
    box: [blob.left, blob.top, blob.right, blob.bottom],
  };
  if (score.width < t.minWidth || score.width > t.maxWidth || score.height < t.minHeight)
    score.failed.push('size');
  if (score.aspect < t.minAspect || score.aspect > t.maxAspect) score.failed.push('shape');
  if (score.fill < t.minFill) score.failed.push('fill');
  if (score.inside < t.minInside) score.failed.push('outline');
  if (score.contrast < t.minContrast) score.failed.push('contrast');
  if (score.strokes < t.minStrokes || score.strokes > t.maxStrokes) score.failed.push('text');
  return score;
}

/** Fewer failed tests first; among equals, one that failed only a soft test (text, contrast, outline). */
const SOFT = ['text', 'contrast', 'outline'];
const rank = (score: BlobScore) =>
  score.failed.length * 2 + (score.failed.length > 0 && score.failed.every((f) => SOFT.includes(f)) ? 0 : 1);

export function findBadge(
  sample: FrameSample,
  t: BadgeThresholds,
  minFaceScore: number,
  /** Sees every blob's score (for tuning the limits on the labelled set). */
  onBlob?: (score: BlobScore) => void,
): BadgeFinding {
  const { width, height, rgba, mask } = sample;
  const faces = sample.faces.filter((face) => face.score >= minFaceScore);
  const face = primaryFace(faces, minFaceScore);
  if (!face || faces.length > 1) return { badge: 'unsure', reason: 'no_face', chest: null, best: null };
  // A far face leaves a badge a few points wide: too little to tell a card from a patch or a reflection.
  if (face.height < t.minFaceHeight) return { badge: 'unsure', reason: 'too_far', chest: null, best: null };
  const chest = chestArea(face, t);
  if (!chest) return { badge: 'unsure', reason: 'no_chest', chest: null, best: null };
  if (!mask) return { badge: 'unsure', reason: 'no_mask', chest, best: null };
  const x0 = Math.floor(chest.x * width);
  const x1 = Math.ceil((chest.x + chest.width) * width);
  const y0 = Math.floor(chest.y * height);
  const y1 = Math.ceil((chest.y + chest.height) * height);
  const l = new Float32Array(width * height);
  const light = new Uint8Array(width * height);
  for (let y = Math.max(0, y0 - 3); y < Math.min(height, y1 + 3); y++)
    for (let x = Math.max(0, x0 - 3); x < Math.min(width, x1 + 3); x++) {
      const p = y * width + x;
      const r = rgba[p * 4] ?? 0;
      const g = rgba[p * 4 + 1] ?? 0;
      const b = rgba[p * 4 + 2] ?? 0;
      l[p] = luma(r, g, b);
      const chroma = (Math.max(r, g, b) - Math.min(r, g, b)) / 255;
      light[p] =
        (mask[p] ?? 0) >= t.minPerson && (l[p] ?? 0) >= t.minLightness && chroma <= t.maxChroma ? 1 : 0;
    }
  const card = close3(
    light,
    width,
    Math.max(0, x0 - 1),
    Math.max(0, y0 - 1),
    Math.min(width, x1 + 1),
    Math.min(height, y1 + 1),
  );
  const faceHeightPx = face.height * height;
  const minArea = Math.max(4, t.minArea * faceHeightPx * faceHeightPx);
  let best: BlobScore | null = null;
  // The closed mask keeps a card whole despite its letters; the raw one keeps a card apart from a light shirt or
  // collar a point or two away, which closing would join to it. Both are looked at.
  const candidates = [...blobs(card, width, x0, y0, x1, y1, l), ...blobs(light, width, x0, y0, x1, y1, l)];
  for (const blob of candidates) {
    if (blob.area < minArea) continue;
    const score = scoreBlob(blob, l, light, mask, width, height, faceHeightPx, t);
    onBlob?.(score);
    if (!best || rank(score) < rank(best)) best = score;
  }
  if (!best) return { badge: 'not_seen', reason: 'no_light_blob', chest, best };
  if (best.failed.length === 0) return { badge: 'seen', reason: 'badge', chest, best };
  // A light card of a badge's size and shape whose text, contrast or outline is not clear: ask. Anything else of
  // the wrong size, shape or fill (a shirt, a ribbon bar, a helmet, a lanyard) is not a badge.
  const near = best.failed.length === 1 && SOFT.includes(best.failed[0] ?? '');
  return { badge: near ? 'unsure' : 'not_seen', reason: best.failed.join(','), chest, best };
}
