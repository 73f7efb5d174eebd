/**
 * What the analyzer hands to the pure measurement code: one downscaled frame, read once, with the detectors'
 * outputs. No MediaPipe or DOM types here, so that tests can build samples by hand.
 */

/** A point in normalized frame coordinates (0..1, origin top left). */
export interface Point {
  x: number;
  y: number;
}

/** One detected face, normalized to the frame. Keypoints in BlazeFace order (see KEYPOINT). */
export interface FaceDetection {
  x: number;
  y: number;
  width: number;
  height: number;
  score: number;
  keypoints: Point[];
}

/** BlazeFace keypoint order. "Right" is the person's right, on the left of an unmirrored picture. */
export const KEYPOINT = { rightEye: 0, leftEye: 1, noseTip: 2, mouth: 3, rightEar: 4, leftEar: 5 } as const;

export interface FrameSample {
  /** Analysis size in pixels (the frame downscaled once). */
  width: number;
  height: number;
  /** RGBA, width × height × 4. */
  rgba: Uint8ClampedArray | Uint8Array;
  /** Person confidence 0..1 per pixel (width × height), or null when segmentation is not available. */
  mask: Float32Array | null;
  faces: FaceDetection[];
  /**
   * The main face as the full-range detector saw it, for the head pose: its keypoints are steadier than the fast
   * detector's. When absent, the camera height is not judged.
   */
  poseFace?: FaceDetection | null;
}

/** Side of the coarse grid cells (in analysis pixels) used for person shapes and the drawn outline. */
export const GRID_CELL = 4;
