import { z } from 'zod';

/**
 * On video, how often the costlier models run; the fast face detector runs on every frame. A client sets it once,
 * with `analyzer:init`, for the pace it sends frames at.
 */
export const videoCadenceSchema = z.object({
  /**
   * The person mask is reused while it is younger than this (ms): a seated person's outline changes slowly, the
   * verdicts must hold a second before they show anyway, and the segmenter is the costliest step per frame.
   */
  maskMaxAgeMs: z.number().min(0).max(5000),
  /** The full-range face detector refreshes the head pose this often (ms); the estimate is advisory. */
  poseIntervalMs: z.number().min(0).max(10_000),
});
export type VideoCadence = z.infer<typeof videoCadenceSchema>;

/** The camera test's (8 frames a second): the segmenter on every third frame, the pose once a second. */
export const LIVE_CADENCE: VideoCadence = { maskMaxAgeMs: 300, poseIntervalMs: 1000 };
