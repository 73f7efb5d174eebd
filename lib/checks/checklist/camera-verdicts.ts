import { z } from 'zod';

/**
 * The camera test's latest verdicts as it leaves them in storage.local: the camera check's judgement of one
 * picture (lib/camera/judge/verdicts.ts `Judgement`) and when it was made. Never an image or a measurement of a face.
 * Verdicts are read as plain strings so that a verdict added later by the camera check reads as "not ok" here
 * instead of making the whole record unreadable.
 */
export const CAMERA_VERDICTS_KEY = 'camera:lastVerdicts';

export const storedCameraVerdictsSchema = z.object({
  /** When the picture was judged (ms since 1970). */
  at: z.number(),
  framing: z.string(),
  camera_height: z.string(),
  lighting: z.string(),
  background: z.string(),
  /** Every non-ok verdict, in priority order. */
  issues: z.array(z.string()).default([]),
  /** The name badge: seen by the camera, or the clinician's answer in the camera test; absent when not known. */
  badge: z.enum(['seen', 'not_seen']).optional().catch(undefined),
  badgeBy: z.enum(['camera', 'clinician']).optional().catch(undefined),
});
export type StoredCameraVerdicts = z.output<typeof storedCameraVerdictsSchema>;

export function parseCameraVerdicts(raw: unknown): StoredCameraVerdicts | undefined {
  const parsed = storedCameraVerdictsSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}
