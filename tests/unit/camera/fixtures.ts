import type { CameraMeasurements } from '@/lib/camera/measure/measure';
import type { FaceDetection, FrameSample, Point } from '@/lib/camera/analysis/sample';

/** The measurements of a well-framed, well-lit picture against a plain wall (from astronaut-wall-ok.jpg). */
export function goodMeasurements(change: Partial<CameraMeasurements> = {}): CameraMeasurements {
  return {
    faces: 1,
    persons: 1,
    otherPersonArea: 0,
    faceScore: 0.93,
    faceX: 0.49,
    faceY: 0.31,
    faceWidth: 0.16,
    faceHeight: 0.21,
    eyeLine: 0.25,
    headTop: 0.11,
    topTouch: 0,
    chestRoom: 2.9,
    shoulderWidth: 4.8,
    yaw: 0.01,
    noseRatio: 0.585,
    earDrop: 0.18,
    pitch: 0,
    frameBrightness: 0.66,
    faceBrightness: 0.7,
    faceClipped: 0,
    sideImbalance: 0.09,
    backgroundBrightness: 0.8,
    brightBackground: 0,
    backgroundShare: 0.5,
    edgeDensity: 0.001,
    colorfulness: 0.025,
    ...change,
  };
}

/** A frontal face's six BlazeFace keypoints inside a box, with the nose and ears where a level camera sees them. */
export function frontalKeypoints(
  box: { x: number; y: number; width: number; height: number },
  nose = 0.585,
  ears = 0.18,
): Point[] {
  const at = (fx: number, fy: number): Point => ({ x: box.x + fx * box.width, y: box.y + fy * box.height });
  const eyeY = 0.35;
  const mouthY = 0.75;
  const y = (ratio: number) => eyeY + ratio * (mouthY - eyeY);
  return [
    at(0.3, eyeY),
    at(0.7, eyeY),
    at(0.5, y(nose)),
    at(0.5, mouthY),
    at(0.02, y(ears)),
    at(0.98, y(ears)),
  ];
}

/**
 * The keypoints of a head turned `degrees` about the vertical axis (positive: towards the picture's right), from a
 * simple head model in face-box units: eyes 0.4 apart in the face plane, the nose tip 0.25 in front of it, the ears
 * 0.3 behind it; projected straight onto the picture.
 */
export function turnedKeypoints(
  box: { x: number; y: number; width: number; height: number },
  degrees: number,
): Point[] {
  const a = (degrees * Math.PI) / 180;
  const across = (x: number, depth: number) => 0.5 + x * Math.cos(a) + depth * Math.sin(a);
  const at = (fx: number, fy: number): Point => ({ x: box.x + fx * box.width, y: box.y + fy * box.height });
  const eyeY = 0.35;
  const mouthY = 0.75;
  const noseY = eyeY + 0.585 * (mouthY - eyeY);
  const earY = eyeY + 0.18 * (mouthY - eyeY);
  return [
    at(across(-0.2, 0), eyeY),
    at(across(0.2, 0), eyeY),
    at(across(0, 0.25), noseY),
    at(across(0, 0.08), mouthY),
    at(across(-0.48, -0.3), earY),
    at(across(0.48, -0.3), earY),
  ];
}

export interface SyntheticScene {
  width?: number;
  height?: number;
  /** Background colour, or a function of the pixel position. */
  background?: [number, number, number] | ((x: number, y: number) => [number, number, number]);
  /** Person rectangles (normalized): painted in `personColour` and set in the mask. */
  people?: { x: number; y: number; width: number; height: number }[];
  personColour?: [number, number, number];
  /** Face boxes (normalized): painted in `faceColour` (or per half) and reported as detections. */
  faces?: { x: number; y: number; width: number; height: number; score?: number; keypoints?: Point[] }[];
  faceColour?: [number, number, number] | { left: [number, number, number]; right: [number, number, number] };
  withMask?: boolean;
}

/** A hand-made frame: flat colours, a rectangular person mask and face boxes, at the analysis size. */
export function syntheticSample(scene: SyntheticScene): FrameSample {
  const width = scene.width ?? 256;
  const height = scene.height ?? 192;
  const rgba = new Uint8ClampedArray(width * height * 4);
  const mask = new Float32Array(width * height);
  const inside = (r: { x: number; y: number; width: number; height: number }, x: number, y: number) =>
    x >= r.x * width && x < (r.x + r.width) * width && y >= r.y * height && y < (r.y + r.height) * height;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const background = scene.background ?? [200, 195, 190];
      let colour = typeof background === 'function' ? background(x, y) : background;
      const person = (scene.people ?? []).some((r) => inside(r, x, y));
      if (person) {
        colour = scene.personColour ?? [60, 70, 90];
        mask[y * width + x] = 1;
      }
      const face = (scene.faces ?? []).find((r) => inside(r, x, y));
      if (face) {
        const faceColour = scene.faceColour ?? [190, 150, 130];
        colour = Array.isArray(faceColour)
          ? faceColour
          : x < (face.x + face.width / 2) * width
            ? faceColour.left
            : faceColour.right;
        mask[y * width + x] = 1;
      }
      rgba.set([...colour, 255], (y * width + x) * 4);
    }
  }
  const faces: FaceDetection[] = (scene.faces ?? []).map((f) => ({
    x: f.x,
    y: f.y,
    width: f.width,
    height: f.height,
    score: f.score ?? 0.9,
    keypoints: f.keypoints ?? frontalKeypoints(f),
  }));
  // The full-range detector's view of the main face (for the head pose) is taken to be the same detection.
  const largest = [...faces].sort((a, b) => b.width * b.height - a.width * a.height)[0] ?? null;
  return { width, height, rgba, mask: scene.withMask === false ? null : mask, faces, poseFace: largest };
}

/** A head-and-shoulders scene: face box centred in the upper part, a body from below the face to the bottom. */
export function portraitScene(change: Partial<SyntheticScene> = {}): SyntheticScene {
  const face = { x: 0.42, y: 0.2, width: 0.16, height: 0.22 };
  return {
    people: [
      { x: 0.4, y: 0.12, width: 0.2, height: 0.35 },
      { x: 0.2, y: 0.45, width: 0.6, height: 0.55 },
    ],
    faces: [face],
    ...change,
  };
}
