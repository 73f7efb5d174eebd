import { z } from 'zod';

/**
 * On video, how often the costlier steps run. A client sets it once, with `analyzer:init`, for the pace it sends
 * frames at. The camera test runs everything at its own pace; the in-call overlay asks for less
 * (lib/checks/call-overlay/controller.ts).
 */
export const videoCadenceSchema = z.object({
  /**
   * The person mask is reused while it is younger than this (ms): a seated person's outline changes slowly, the
   * verdicts must hold a second before they show anyway, and the segmenter is the costliest step per frame.
   */
  maskMaxAgeMs: z.number().min(0).max(5000),
  /** The full-range face detector refreshes the head pose this often (ms); the estimate is advisory. */
  poseIntervalMs: z.number().min(0).max(10_000),
  /**
   * The fast face detector's boxes are reused, whatever the picture does, while younger than this (ms); 0: it runs
   * on every frame.
   */
  faceReuseMs: z.number().min(0).max(2000).default(0),
  /**
   * …and for longer, up to this age (ms), while the picture outside the face has not changed since they were found
   * (scene.ts): the face has not moved and nobody else came into view. 0: never.
   */
  stillFaceReuseMs: z.number().min(0).max(5000).default(0),
});
export type VideoCadence = z.infer<typeof videoCadenceSchema>;

/** The camera test's (8 frames a second): the segmenter on every third frame, the pose once a second, faces always. */
export const LIVE_CADENCE: VideoCadence = {
  maskMaxAgeMs: 300,
  poseIntervalMs: 1000,
  faceReuseMs: 0,
  stillFaceReuseMs: 0,
};
