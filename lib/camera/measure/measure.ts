import { personGrid, shapeAt, type PersonGrid } from './person';
import { KEYPOINT, type FaceDetection, type FrameSample, type Point } from '../analysis/sample';
import type { CameraThresholds } from '../judge/thresholds';

/**
 * The numbers behind the verdicts, measured once per frame from the downscaled pixels, the person mask and the
 * face detections. Positions and sizes are fractions of the frame; brightness is 0..1. `null` = not measurable
 * (no face, no mask, no visible background).
 */
export interface CameraMeasurements {
  faces: number;
  /** Separate person shapes in the mask at least `minSecondPersonArea` big. */
  persons: number;
  /** Area (share of the frame) of the largest person shape other than the main person's. */
  otherPersonArea: number;
  faceScore: number | null;
  faceX: number | null;
  faceY: number | null;
  faceWidth: number | null;
  faceHeight: number | null;
  eyeLine: number | null;
  /** Estimated top of the head (negative: above the frame). */
  headTop: number | null;
  /** Share of the top edge, over the face, that the person covers (hair or head running out of the picture). */
  topTouch: number | null;
  /** Room below the chin, in face heights. */
  chestRoom: number | null;
  /** Person width at the bottom edge, in face widths. */
  shoulderWidth: number | null;
  /** Nose offset from the middle of the eyes, in eye distances (0 = facing the camera). */
  yaw: number | null;
  noseRatio: number | null;
  earDrop: number | null;
  /** Positive: the camera looks up at the face (too low); negative: down (too high). Degrees, rough. */
  pitch: number | null;
  frameBrightness: number;
  faceBrightness: number | null;
  faceClipped: number | null;
  sideImbalance: number | null;
  backgroundBrightness: number | null;
  brightBackground: number | null;
  backgroundShare: number;
  edgeDensity: number | null;
  colorfulness: number | null;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const BLAZEFACE_KEYPOINTS = 6;
// Depths behind/in front of the eye plane relative to the eye-to-mouth distance (adult head proportions):
// nose tip about 2 cm in front, ear tragion about 8.5 cm behind, eyes to mouth about 7 cm.
const NOSE_DEPTH = 2 / 7;
const EAR_DEPTH = 8.5 / 7;

const luma = (rgba: ArrayLike<number>, i: number): number =>
  (0.2126 * (rgba[i] ?? 0) + 0.7152 * (rgba[i + 1] ?? 0) + 0.0722 * (rgba[i + 2] ?? 0)) / 255;

function primaryFace(faces: FaceDetection[]): FaceDetection | undefined {
  let best: FaceDetection | undefined;
  for (const face of faces) if (!best || face.width * face.height > best.width * best.height) best = face;
  return best;
}

function clampBox(box: Box, width: number, height: number): Box {
  return {
    left: Math.max(0, Math.floor(box.left * width)),
    top: Math.max(0, Math.floor(box.top * height)),
    right: Math.min(width, Math.ceil(box.right * width)),
    bottom: Math.min(height, Math.ceil(box.bottom * height)),
  };
}

/** Head pose from the six BlazeFace keypoints, in a frame where the eye line is horizontal. */
function pose(face: FaceDetection, width: number, height: number, thresholds: CameraThresholds) {
  if (face.keypoints.length < BLAZEFACE_KEYPOINTS)
    return { yaw: null, noseRatio: null, earDrop: null, pitch: null };
  const px = (p: Point | undefined): Point => ({ x: (p?.x ?? 0) * width, y: (p?.y ?? 0) * height });
  const k = face.keypoints;
  const rightEye = px(k[KEYPOINT.rightEye]);
  const leftEye = px(k[KEYPOINT.leftEye]);
  const nose = px(k[KEYPOINT.noseTip]);
  const mouth = px(k[KEYPOINT.mouth]);
  const rightEar = px(k[KEYPOINT.rightEar]);
  const leftEar = px(k[KEYPOINT.leftEar]);
  const eyeDistance = Math.hypot(leftEye.x - rightEye.x, leftEye.y - rightEye.y);
  if (eyeDistance < 1) return { yaw: null, noseRatio: null, earDrop: null, pitch: null };
  // Unit vectors along the eye line (u) and down the face (v), so that a tilted head does not read as pitch.
  const u = { x: (leftEye.x - rightEye.x) / eyeDistance, y: (leftEye.y - rightEye.y) / eyeDistance };
  const v = { x: -u.y, y: u.x };
  const mid = { x: (leftEye.x + rightEye.x) / 2, y: (leftEye.y + rightEye.y) / 2 };
  const along = (p: Point, axis: Point) => (p.x - mid.x) * axis.x + (p.y - mid.y) * axis.y;
  const eyeToMouth = along(mouth, v);
  if (eyeToMouth < 1) return { yaw: null, noseRatio: null, earDrop: null, pitch: null };
  const yaw = along(nose, u) / eyeDistance;
  const noseRatio = along(nose, v) / eyeToMouth;
  const earDrop = (along(rightEar, v) + along(leftEar, v)) / 2 / eyeToMouth;
  const { neutralNoseRatio, neutralEarDrop } = thresholds.cameraHeight;
  // A camera below the face moves the nose tip (in front of the eyes) up and the ears (behind them) down.
  const asinDeg = (s: number) => (Math.asin(Math.max(-1, Math.min(1, s))) * 180) / Math.PI;
  const fromNose = asinDeg((neutralNoseRatio - noseRatio) / NOSE_DEPTH);
  const fromEars = asinDeg((earDrop - neutralEarDrop) / EAR_DEPTH);
  return { yaw, noseRatio, earDrop, pitch: (fromNose + fromEars) / 2 };
}

/** Top edge coverage over the face and person width at the bottom edge, from the coarse person grid. */
function personExtent(grid: PersonGrid, face: FaceDetection, mainShape: number) {
  const from = Math.max(0, Math.floor(face.x * grid.width));
  const to = Math.min(grid.width - 1, Math.floor((face.x + face.width) * grid.width));
  let top = 0;
  for (let x = from; x <= to; x++) top += grid.cells[x] ?? 0;
  let bottomWidth = 0;
  for (let row = grid.height - 2; row < grid.height; row++) {
    if (row < 0) continue;
    let count = 0;
    for (let x = 0; x < grid.width; x++) {
      const label = grid.labels[row * grid.width + x] ?? 0;
      if (label !== 0 && (mainShape === 0 || label === mainShape)) count++;
    }
    bottomWidth = Math.max(bottomWidth, count);
  }
  return { topTouch: top / (to - from + 1), bottomWidth: bottomWidth / grid.width };
}

/**
 * Background pixels: sure of not being the person (confidence below 0.2), and not within two pixels of one that
 * might be, so that the person's own outline does not count as clutter.
 */
function backgroundMask(sample: FrameSample, face: Box | null): Uint8Array {
  const { width, height, mask } = sample;
  const background = new Uint8Array(width * height);
  if (!mask) {
    // Without a mask, everything but a generous area around the face counts as background.
    background.fill(1);
    if (face) {
      const grown = clampBox(
        {
          left: face.left - 0.5 * (face.right - face.left),
          right: face.right + 0.5 * (face.right - face.left),
          top: face.top - 0.5 * (face.bottom - face.top),
          bottom: 1,
        },
        width,
        height,
      );
      for (let y = grown.top; y < grown.bottom; y++)
        background.fill(0, y * width + grown.left, y * width + grown.right);
    }
    return background;
  }
  for (let i = 0; i < background.length; i++) background[i] = (mask[i] ?? 0) < 0.2 ? 1 : 0;
  // Erode the background by 2 pixels (a 5 × 5 minimum), as a row pass then a column pass, each with a running
  // count of non-background pixels in the 5-wide window.
  const rows = new Uint8Array(background.length);
  for (let y = 0; y < height; y++) erodeLine(background, rows, y * width, 1, width);
  for (let x = 0; x < width; x++) erodeLine(rows, background, x, width, height);
  return background;
}

/** out[k] = 1 where `line` has no 0 within 2 steps of k (outside the line counts as background). */
function erodeLine(line: Uint8Array, out: Uint8Array, start: number, step: number, length: number): void {
  let holes = 0;
  for (let k = 0; k < Math.min(2, length); k++) holes += line[start + k * step] ? 0 : 1;
  for (let k = 0; k < length; k++) {
    const entering = k + 2;
    const leaving = k - 3;
    if (entering < length) holes += line[start + entering * step] ? 0 : 1;
    if (leaving >= 0) holes -= line[start + leaving * step] ? 0 : 1;
    out[start + k * step] = holes === 0 ? 1 : 0;
  }
}

/** Brightness 0..1 of every pixel, computed once per frame. */
function lumaPlane(rgba: ArrayLike<number>, pixels: number): Float32Array {
  const plane = new Float32Array(pixels);
  for (let p = 0, i = 0; p < pixels; p++, i += 4) plane[p] = luma(rgba, i);
  return plane;
}

export function measure(
  sample: FrameSample,
  thresholds: CameraThresholds,
  grid: PersonGrid | null = personGrid(sample),
): CameraMeasurements {
  const { width, height, rgba } = sample;
  const faces = sample.faces.filter((face) => face.score >= thresholds.framing.minFaceScore);
  const face = primaryFace(faces);
  const pixels = width * height;

  // Person shapes: the main one holds the face (or is the largest); any other big one is another person.
  let persons = 0;
  let otherPersonArea = 0;
  let mainShape = 0;
  if (grid) {
    const cellCount = grid.width * grid.height;
    mainShape = face ? shapeAt(grid, face.x + face.width / 2, face.y + face.height / 2) : 0;
    if (mainShape === 0) {
      let largest = 0;
      grid.areas.forEach((area, label) => {
        if (label > 0 && area > largest) [largest, mainShape] = [area, label];
      });
    }
    grid.areas.forEach((area, label) => {
      if (label === 0) return;
      const share = area / cellCount;
      if (share >= thresholds.framing.minSecondPersonArea) persons++;
      if (label !== mainShape) otherPersonArea = Math.max(otherPersonArea, share);
    });
  }

  const faceBox: Box | null = face
    ? { left: face.x, top: face.y, right: face.x + face.width, bottom: face.y + face.height }
    : null;
  const eyes = face ? [face.keypoints[KEYPOINT.rightEye], face.keypoints[KEYPOINT.leftEye]] : [];
  const eyeLine =
    face && eyes[0] && eyes[1] ? (eyes[0].y + eyes[1].y) / 2 : face ? face.y + 0.3 * face.height : null;
  const extent = face && grid ? personExtent(grid, face, mainShape) : null;
  const faceWidthShare = face ? face.width : 0;
  const headPose = sample.poseFace
    ? pose(sample.poseFace, width, height, thresholds)
    : { yaw: null, noseRatio: null, earDrop: null, pitch: null };

  // Brightness: one pass over the pixels for the frame, the inner face (skin, without hair and background) and
  // its two halves, and the background.
  const inner = faceBox
    ? clampBox(
        {
          left: faceBox.left + 0.2 * (faceBox.right - faceBox.left),
          right: faceBox.right - 0.2 * (faceBox.right - faceBox.left),
          top: faceBox.top + 0.15 * (faceBox.bottom - faceBox.top),
          bottom: faceBox.bottom - 0.1 * (faceBox.bottom - faceBox.top),
        },
        width,
        height,
      )
    : null;
  const innerMid = inner ? (inner.left + inner.right) / 2 : 0;
  const background = backgroundMask(sample, faceBox);
  const lumas = lumaPlane(rgba, pixels);
  const edgeStep = thresholds.background.edgeStrength;
  let frameSum = 0;
  let faceSum = 0;
  let faceCount = 0;
  let faceClipped = 0;
  let leftSum = 0;
  let leftCount = 0;
  let rightSum = 0;
  let rightCount = 0;
  let bgSum = 0;
  let bgCount = 0;
  let bgBright = 0;
  let edges = 0;
  let rgSum = 0;
  let rgSq = 0;
  let ybSum = 0;
  let ybSq = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const p = y * width + x;
      const i = p * 4;
      const l = lumas[p] ?? 0;
      frameSum += l;
      if (inner && x >= inner.left && x < inner.right && y >= inner.top && y < inner.bottom) {
        faceSum += l;
        faceCount++;
        if (l >= 0.96) faceClipped++;
        if (x < innerMid) {
          leftSum += l;
          leftCount++;
        } else {
          rightSum += l;
          rightCount++;
        }
      }
      if (!background[p]) continue;
      bgSum += l;
      bgCount++;
      if (l >= 0.9) bgBright++;
      const r = rgba[i] ?? 0;
      const g = rgba[i + 1] ?? 0;
      const b = rgba[i + 2] ?? 0;
      const rg = (r - g) / 255;
      const yb = (0.5 * (r + g) - b) / 255;
      rgSum += rg;
      rgSq += rg * rg;
      ybSum += yb;
      ybSq += yb * yb;
      if (x > 0 && x < width - 1 && y > 0 && y < height - 1) {
        const gx = Math.abs((lumas[p + 1] ?? 0) - (lumas[p - 1] ?? 0));
        const gy = Math.abs((lumas[p + width] ?? 0) - (lumas[p - width] ?? 0));
        if ((gx + gy) / 2 >= edgeStep) edges++;
      }
    }
  }
  const faceBrightness = faceCount > 0 ? faceSum / faceCount : null;
  const left = leftCount > 0 ? leftSum / leftCount : 0;
  const right = rightCount > 0 ? rightSum / rightCount : 0;
  const brighter = Math.max(left, right);
  const backgroundShare = bgCount / pixels;
  const judgedBackground = bgCount > 0 && backgroundShare >= thresholds.background.minBackgroundShare;
  let colorfulness: number | null = null;
  if (judgedBackground) {
    // Hasler & Süsstrunk's colourfulness, on a 0..1 scale.
    const rgMean = rgSum / bgCount;
    const ybMean = ybSum / bgCount;
    const rgVar = Math.max(0, rgSq / bgCount - rgMean * rgMean);
    const ybVar = Math.max(0, ybSq / bgCount - ybMean * ybMean);
    colorfulness = Math.sqrt(rgVar + ybVar) + 0.3 * Math.sqrt(rgMean * rgMean + ybMean * ybMean);
  }

  return {
    faces: faces.length,
    persons,
    otherPersonArea,
    faceScore: face ? face.score : null,
    faceX: face ? face.x + face.width / 2 : null,
    faceY: face ? face.y + face.height / 2 : null,
    faceWidth: face ? face.width : null,
    faceHeight: face ? face.height : null,
    eyeLine,
    headTop: face ? face.y - thresholds.framing.headAboveFace * face.height : null,
    topTouch: extent ? extent.topTouch : null,
    chestRoom: face ? (1 - (face.y + face.height)) / face.height : null,
    shoulderWidth: extent && faceWidthShare > 0 ? extent.bottomWidth / faceWidthShare : null,
    yaw: headPose.yaw,
    noseRatio: headPose.noseRatio,
    earDrop: headPose.earDrop,
    pitch: headPose.pitch,
    frameBrightness: frameSum / pixels,
    faceBrightness,
    faceClipped: faceCount > 0 ? faceClipped / faceCount : null,
    sideImbalance: faceCount > 0 && brighter > 0 ? Math.abs(left - right) / brighter : null,
    backgroundBrightness: bgCount > 0 ? bgSum / bgCount : null,
    brightBackground: bgCount > 0 ? bgBright / bgCount : null,
    backgroundShare,
    edgeDensity: judgedBackground ? edges / bgCount : null,
    colorfulness,
  };
}
