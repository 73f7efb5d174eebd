import type { CameraMeasurements } from '../measure/measure';
import type { CameraThresholds } from './thresholds';
import {
  BACKGROUND_VERDICTS,
  CAMERA_HEIGHT_VERDICTS,
  FRAMING_VERDICTS,
  LIGHTING_VERDICTS,
  type BackgroundVerdict,
  type CameraHeightVerdict,
  type FramingVerdict,
  type Issue,
  type Judgement,
  type LightingVerdict,
} from './verdicts';

/** Pure: measurements and thresholds in, verdicts out. Each aspect returns every problem that applies. */

export function framingFindings(m: CameraMeasurements, t: CameraThresholds['framing']): FramingVerdict[] {
  if (m.faces === 0 || m.faceHeight === null) return ['no_face'];
  const found = new Set<FramingVerdict>();
  if (m.faces > 1 || m.otherPersonArea >= t.minSecondPersonArea) found.add('multiple_people');
  if (m.faceHeight > t.maxFaceHeight) found.add('too_close');
  if (m.faceHeight < t.minFaceHeight) found.add('too_far');
  // The mask shows hair running out at the top; without a mask, the head's estimated top says it.
  if (m.topTouch !== null ? m.topTouch >= t.maxTopTouch : (m.headTop ?? 0) < -t.headCutMargin)
    found.add('head_cut');
  const chestMissing =
    (m.chestRoom !== null && m.chestRoom < t.minChestRoom) ||
    (m.shoulderWidth !== null && m.shoulderWidth < t.minShoulderWidth);
  if (chestMissing) found.add('chest_not_visible');
  const offCenter =
    (m.faceX !== null && Math.abs(m.faceX - 0.5) > t.maxCenterOffset) ||
    (m.eyeLine !== null && (m.eyeLine < t.minEyeLine || m.eyeLine > t.maxEyeLine));
  if (offCenter) found.add('off_center');
  return FRAMING_VERDICTS.filter((verdict) => found.has(verdict));
}

export function cameraHeightFindings(
  m: CameraMeasurements,
  t: CameraThresholds['cameraHeight'],
): CameraHeightVerdict[] {
  if (m.faces !== 1 || m.pitch === null || m.yaw === null || m.faceHeight === null) return ['unknown'];
  if (m.faceHeight < t.minFaceHeight) return ['unknown'];
  // Nearly in profile: the face detector's keypoints no longer say where the camera is.
  if (Math.abs(m.yaw) > t.maxTurnJudged) return ['unknown'];
  // Turned towards the screen, away from the camera: no eye contact, and the height cannot be judged either.
  if (Math.abs(m.yaw) > t.maxTurn) return ['beside'];
  if (Math.abs(m.yaw) > t.maxYaw) return ['unknown'];
  if (m.pitch > t.maxPitch) return ['too_low'];
  if (m.pitch < -t.maxPitch) return ['too_high'];
  return [];
}

export function lightingFindings(m: CameraMeasurements, t: CameraThresholds['lighting']): LightingVerdict[] {
  const found = new Set<LightingVerdict>();
  const face = m.faceBrightness;
  if (face === null) {
    if (m.frameBrightness < t.minFrameBrightness) found.add('too_dark');
    if (m.frameBrightness > t.maxFrameBrightness) found.add('overexposed');
  } else {
    if (face < t.minFaceBrightness) found.add('too_dark');
    if (face > t.maxFaceBrightness || (m.faceClipped ?? 0) > t.maxFaceClipped) found.add('overexposed');
    const background = m.backgroundBrightness;
    if (background !== null) {
      const excess = background - face;
      const window = (m.brightBackground ?? 0) > t.maxBrightBackground && excess > t.maxBacklight / 2;
      if (excess > t.maxBacklight || window) found.add('backlit');
    }
    if ((m.sideImbalance ?? 0) > t.maxSideImbalance) found.add('uneven');
  }
  return LIGHTING_VERDICTS.filter((verdict) => found.has(verdict));
}

export function backgroundFindings(
  m: CameraMeasurements,
  t: CameraThresholds['background'],
): BackgroundVerdict[] {
  if (m.edgeDensity === null) return [];
  const busy = m.edgeDensity > t.maxEdgeDensity;
  const colourful = (m.colorfulness ?? 0) > t.maxColorfulness && m.edgeDensity > t.maxEdgeDensity / 2;
  return busy || colourful ? ['cluttered'] : [];
}

const first = <T extends string>(findings: T[], fallback: T): T => findings[0] ?? fallback;

export function judge(m: CameraMeasurements, t: CameraThresholds): Judgement {
  const framing = framingFindings(m, t.framing);
  const cameraHeight = cameraHeightFindings(m, t.cameraHeight);
  const lighting = lightingFindings(m, t.lighting);
  const background = backgroundFindings(m, t.background);
  const issues = [...framing, ...cameraHeight, ...lighting, ...background].filter(
    (v): v is Issue => v !== 'ok',
  );
  return {
    framing: first(framing, FRAMING_VERDICTS[0]),
    camera_height: first(cameraHeight, CAMERA_HEIGHT_VERDICTS[0]),
    lighting: first(lighting, LIGHTING_VERDICTS[0]),
    background: first(background, BACKGROUND_VERDICTS[0]),
    issues,
  };
}
