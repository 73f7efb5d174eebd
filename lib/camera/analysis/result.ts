import type { CameraMeasurements } from '../measure/measure';
import type { FaceDetection } from './sample';
import type { Judgement } from '../judge/verdicts';
import type { BadgeVerdict, ChestArea } from '../measure/badge';

/** What one analysis returns (no MediaPipe here, so pages can use it without loading the analyzer). */

/**
 * Long side of the analysis image, in pixels: 192 × 144 for a 4:3 frame. The fast face detector looks at 128 × 128
 * and the segmenter at 256 × 144, so little is lost; on this kind of machine it was about 3 ms (11 %) faster per
 * frame than 256, and it separated the plain, painting and cluttered backgrounds of the test pictures better.
 */
export const ANALYSIS_SIZE = 192;

/** The person mask at analysis size, 0..255 per pixel, row by row (for drawing the person's outline). */
export interface PersonMask {
  width: number;
  height: number;
  data: Uint8Array<ArrayBuffer>;
}

export interface AnalysisTimings {
  prepare: number;
  face: number;
  segment: number;
  /** The full-range face detector, when it ran (0 otherwise). */
  farFace: number;
  measure: number;
}

/** The verdicts of one analysis and what it cost: all the in-call chip needs (`reply: 'verdicts'`). */
export interface FrameVerdicts extends Judgement {
  /** Is a name badge visible (badge.ts)? Advisory: never among `issues`. */
  badge?: BadgeVerdict;
  /** Video only: the person mask of an earlier frame was used (the segmenter did not run; see cadence.ts). */
  maskReused: boolean;
  /** Video only: the face boxes of an earlier frame were used (the face detectors did not run; see cadence.ts). */
  facesReused: boolean;
  /** Whole analysis time, ms. */
  ms: number;
  timings: AnalysisTimings;
}

export interface AnalysisResult extends FrameVerdicts {
  faces: FaceDetection[];
  measurements: CameraMeasurements;
  /** Where the name badge was looked for (fractions of the frame); null without one face and a chest in view. */
  chest?: ChestArea | null;
  /** Only when asked for (`withMask`). */
  mask: PersonMask | null;
  frame: { width: number; height: number };
}

/** The verdicts alone: a far smaller message for a host page to decode and check twice a second. */
export function toFrameVerdicts(result: AnalysisResult): FrameVerdicts {
  const { framing, camera_height, lighting, background, issues, maskReused, facesReused, ms, timings } =
    result;
  const verdicts = {
    framing,
    camera_height,
    lighting,
    background,
    issues,
    maskReused,
    facesReused,
    ms,
    timings,
  };
  return result.badge ? { ...verdicts, badge: result.badge } : verdicts;
}

export function analysisSize(width: number, height: number): { width: number; height: number } {
  const scale = Math.min(1, ANALYSIS_SIZE / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}
