import { z } from 'zod';

/**
 * Every limit the camera check judges by, in one place. IT can override any field by policy; a field that is
 * missing or invalid falls back to the default here. Units: positions and sizes are fractions of the frame
 * (0 = top/left edge, 1 = bottom/right edge); brightness is 0 (black) to 1 (white); face sizes are fractions of the
 * frame height. No min/max on numbers: Chromium refuses a managed schema with `minimum` on a `number`.
 */
const n = (value: number, description: string) => z.number().default(value).describe(description);

export const framingThresholdsSchema = z
  .object({
    minFaceScore: n(0.5, 'Lowest detector score that counts as a face'),
    minFaceHeight: n(
      0.17,
      'Face height below this (share of frame height; about a sixth): too far from the camera',
    ),
    maxFaceHeight: n(
      0.45,
      'Face height above this: too close to the camera (no room left for the upper chest below the chin)',
    ),
    maxCenterOffset: n(0.15, 'Largest horizontal distance of the face centre from the frame centre'),
    minEyeLine: n(0.18, 'Eye line above this (share of frame height from the top): face too high'),
    maxEyeLine: n(0.55, 'Eye line below this: face too low in the picture'),
    headAboveFace: n(0.45, 'Top of the head above the face box, in face heights (hair, skull)'),
    maxTopTouch: n(
      0.5,
      'Share of the top edge above the face that the person covers, above which the head is cut',
    ),
    headCutMargin: n(
      0.05,
      'Without a person mask: head counted as cut when its estimated top is this far above the frame',
    ),
    minChestRoom: n(0.75, 'Room needed below the chin for the upper chest, in face heights'),
    minShoulderWidth: n(1.8, 'Person width at the bottom edge needed to show the shoulders, in face widths'),
    minSecondPersonArea: n(
      0.04,
      'A second separate person shape at least this big (share of frame) is a second person',
    ),
    minPersonForFarSearch: n(
      0.02,
      'No face found but a person shape at least this big (share of frame): look again for a small, far face',
    ),
  })
  .prefault({});

export const cameraHeightThresholdsSchema = z
  .object({
    maxYaw: n(0.3, 'Face turned further than this (nose offset / eye distance): height cannot be judged'),
    maxTurn: n(
      0.2,
      'Face turned further than this (nose offset / eye distance, about 18°) for a few seconds: the camera is beside the screen',
    ),
    maxTurnJudged: n(
      0.5,
      'Face turned further than this (nearly in profile): the keypoints no longer tell where the camera is',
    ),
    minFaceHeight: n(0.08, 'Face smaller than this: height cannot be judged'),
    neutralNoseRatio: n(
      0.585,
      'Nose tip position between eye line (0) and mouth (1) when the camera is at eye level',
    ),
    neutralEarDrop: n(0.18, 'Ear tragion below the eye line, in eye-to-mouth distances, at eye level'),
    maxPitch: n(
      15,
      'Estimated head pitch in degrees beyond which the camera is too low (camera looks up) or too high',
    ),
  })
  .prefault({});

export const lightingThresholdsSchema = z
  .object({
    minFaceBrightness: n(0.28, 'Mean face brightness below this: too dark'),
    minFrameBrightness: n(0.15, 'Mean picture brightness below this (when no face is found): too dark'),
    maxFaceBrightness: n(0.85, 'Mean face brightness above this: overexposed'),
    maxFaceClipped: n(0.2, 'Share of the face that is burnt out (nearly white) above this: overexposed'),
    maxFrameBrightness: n(0.9, 'Mean picture brightness above this (when no face is found): overexposed'),
    maxBacklight: n(0.35, 'Background brighter than the face by more than this: backlit'),
    maxBrightBackground: n(
      0.2,
      'Share of the background that is nearly white (a window) above this, with a face darker than the background: backlit',
    ),
    maxSideImbalance: n(
      0.3,
      'Brightness difference between the face halves, relative to the brighter half: uneven',
    ),
  })
  .prefault({});

export const backgroundThresholdsSchema = z
  .object({
    edgeStrength: n(0.12, 'Brightness step between neighbouring points that counts as an edge'),
    maxEdgeDensity: n(0.06, 'Share of the background that is edges above this: cluttered'),
    maxColorfulness: n(0.35, 'Colourfulness of the background above this (with some edges): cluttered'),
    minBackgroundShare: n(0.08, 'Less visible background than this: not judged'),
  })
  .prefault({});

export const badgeThresholdsSchema = z
  .object({
    minFaceHeight: n(0.15, 'Name badge: face smaller than this (share of frame height): not judged'),
    chestTop: n(0.25, 'Name badge: the chest area starts this far below the chin, in face heights'),
    chestBottom: n(
      2.6,
      'Name badge: the chest area ends this far below the top of the face box, in face heights',
    ),
    chestHalfWidth: n(1.9, 'Name badge: half the width of the chest area, in face widths'),
    minChestHeight: n(0.5, 'Name badge: less chest in view than this (face heights): not judged'),
    minPerson: n(0.5, 'Name badge: lowest person confidence of a point on the badge'),
    minLightness: n(0.55, 'Name badge: lowest brightness of a point of the card'),
    maxChroma: n(0.3, 'Name badge: highest colour strength (max − min channel) of a point of the card'),
    minArea: n(0.02, 'Name badge: smallest light blob looked at, in face heights squared'),
    minWidth: n(0.38, 'Name badge: narrowest card, in face heights'),
    minHeight: n(0.15, 'Name badge: lowest card, in face heights (room for a name and a title line)'),
    maxWidth: n(1.1, 'Name badge: widest card, in face heights'),
    minAspect: n(1.25, 'Name badge: card width over height, lowest'),
    maxAspect: n(3, 'Name badge: card width over height, highest'),
    minFill: n(0.65, 'Name badge: share of its box the light card fills, lowest'),
    minInside: n(0.72, 'Name badge: share of the ring around the card inside the person’s outline, lowest'),
    minContrast: n(0.15, 'Name badge: card brighter than the clothes around it by at least this'),
    strokeDarkness: n(0.2, 'Name badge: a point this much darker than the card counts as a letter stroke'),
    minStrokes: n(0.04, 'Name badge: share of the card that is letter strokes, lowest (text visible)'),
    maxStrokes: n(
      0.5,
      'Name badge: share of the card that is letter strokes, highest (a pattern, not a card)',
    ),
  })
  .prefault({});

export const cameraThresholdsSchema = z
  .object({
    framing: framingThresholdsSchema,
    cameraHeight: cameraHeightThresholdsSchema,
    lighting: lightingThresholdsSchema,
    background: backgroundThresholdsSchema,
    badge: badgeThresholdsSchema,
  })
  .prefault({})
  .describe('Limits of the camera check (framing, camera height, lighting, background)');

export type CameraThresholds = z.output<typeof cameraThresholdsSchema>;
export type CameraThresholdsInput = z.input<typeof cameraThresholdsSchema>;

export const DEFAULT_CAMERA_THRESHOLDS: CameraThresholds = cameraThresholdsSchema.parse({});

/**
 * Thresholds from a possibly partial or partly invalid object: each valid field is used, each invalid one falls
 * back to its default. Returns the dotted paths of the fields that were dropped.
 */
export function resolveCameraThresholds(input: unknown): { thresholds: CameraThresholds; dropped: string[] } {
  const dropped: string[] = [];
  const result = structuredClone(DEFAULT_CAMERA_THRESHOLDS) as unknown as Record<
    string,
    Record<string, number>
  >;
  if (typeof input !== 'object' || input === null) return { thresholds: DEFAULT_CAMERA_THRESHOLDS, dropped };
  for (const [group, values] of Object.entries(input as Record<string, unknown>)) {
    const target = result[group];
    if (!target || typeof values !== 'object' || values === null) {
      dropped.push(group);
      continue;
    }
    for (const [key, value] of Object.entries(values as Record<string, unknown>)) {
      if (key in target && typeof value === 'number' && Number.isFinite(value)) target[key] = value;
      else dropped.push(`${group}.${key}`);
    }
  }
  return { thresholds: result as unknown as CameraThresholds, dropped };
}
