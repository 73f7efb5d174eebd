import { z } from 'zod';
import { cameraThresholdsSchema } from './judge/thresholds';

/**
 * The camera check's settings (`checks.camera`): the limits its verdicts use, shared by the pre-call camera test
 * and the in-call overlay. IT may adjust any limit by policy; a bad value falls back to its default.
 */
export const cameraSettingsSchema = z
  .object({
    thresholds: cameraThresholdsSchema,
  })
  .prefault({});
