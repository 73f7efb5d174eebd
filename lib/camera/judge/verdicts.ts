/**
 * The camera check's verdicts, one list per aspect of the picture. In each list the first value is `ok` and the
 * rest are in priority order: when several problems apply, the aspect shows the first, and `issues` lists them all.
 */
export const FRAMING_VERDICTS = [
  'ok',
  'no_face',
  'multiple_people',
  'too_close',
  'too_far',
  'head_cut',
  'chest_not_visible',
  'off_center',
] as const;
// `beside`: the face stays turned to the camera, as when the camera sits beside the screen the clinician looks at
// (no eye contact); judged before height, which a turned face does not show.
export const CAMERA_HEIGHT_VERDICTS = ['ok', 'beside', 'too_low', 'too_high', 'unknown'] as const;
// Backlight before darkness: a face in shadow in front of a window is dark because of the window.
export const LIGHTING_VERDICTS = ['ok', 'backlit', 'too_dark', 'overexposed', 'uneven'] as const;
export const BACKGROUND_VERDICTS = ['ok', 'cluttered'] as const;

export type FramingVerdict = (typeof FRAMING_VERDICTS)[number];
export type CameraHeightVerdict = (typeof CAMERA_HEIGHT_VERDICTS)[number];
export type LightingVerdict = (typeof LIGHTING_VERDICTS)[number];
export type BackgroundVerdict = (typeof BACKGROUND_VERDICTS)[number];

/** The aspects, in the order the camera test lists them. */
export const ASPECTS = ['framing', 'camera_height', 'lighting', 'background'] as const;
export type Aspect = (typeof ASPECTS)[number];

export interface Verdicts {
  framing: FramingVerdict;
  camera_height: CameraHeightVerdict;
  lighting: LightingVerdict;
  background: BackgroundVerdict;
}

/** Every non-ok verdict (`unknown` camera height included: it could not be confirmed). */
export const ISSUES = [
  ...(FRAMING_VERDICTS.slice(1) as Exclude<FramingVerdict, 'ok'>[]),
  ...(CAMERA_HEIGHT_VERDICTS.slice(1) as Exclude<CameraHeightVerdict, 'ok'>[]),
  ...(LIGHTING_VERDICTS.slice(1) as Exclude<LightingVerdict, 'ok'>[]),
  ...(BACKGROUND_VERDICTS.slice(1) as Exclude<BackgroundVerdict, 'ok'>[]),
];
export type Issue = Exclude<FramingVerdict | CameraHeightVerdict | LightingVerdict | BackgroundVerdict, 'ok'>;

export interface Judgement extends Verdicts {
  issues: Issue[];
}

/** How the camera test colours an aspect: green ok, amber advisory, red a guideline not met. */
export type Severity = 'ok' | 'advice' | 'problem';

/**
 * Red where the guideline is clearly not met; amber where it is a matter of degree or an estimate (camera height
 * comes from a few keypoints; centring, evenness and tidiness are judged with some latitude).
 */
const ADVISORY = new Set<string>([
  'off_center',
  'uneven',
  'cluttered',
  'beside',
  'too_low',
  'too_high',
  'unknown',
]);

export function severityOf(verdict: string): Severity {
  if (verdict === 'ok') return 'ok';
  return ADVISORY.has(verdict) ? 'advice' : 'problem';
}

/** The aspect an issue belongs to. */
export function aspectOfIssue(issue: Issue): Aspect {
  if ((FRAMING_VERDICTS as readonly string[]).includes(issue)) return 'framing';
  if ((CAMERA_HEIGHT_VERDICTS as readonly string[]).includes(issue)) return 'camera_height';
  if ((LIGHTING_VERDICTS as readonly string[]).includes(issue)) return 'lighting';
  return 'background';
}
