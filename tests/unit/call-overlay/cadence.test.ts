import { describe, expect, it } from 'vitest';
import { videoCadenceSchema } from '@/lib/camera/analysis/cadence';
import { callCadence } from '@/lib/checks/call-overlay/controller';
import { MAX_FRAMES_PER_SECOND, MIN_FRAMES_PER_SECOND } from '@/lib/checks/call-overlay/settings';

describe('how often the models run during a call', () => {
  for (const fps of [MIN_FRAMES_PER_SECOND, 1, 2, 5, MAX_FRAMES_PER_SECOND]) {
    it(`at ${fps} frames a second, the analyzer accepts the pace and the face detector looks on every other frame at least`, () => {
      const cadence = callCadence(fps);
      expect(videoCadenceSchema.safeParse(cadence).success).toBe(true);
      const frameMs = 1000 / fps;
      // Reused on the next frame only (when the picture moves): the frame after that is past the reuse age.
      expect(cadence.faceReuseMs).toBeLessThan(2 * frameMs);
    });
  }

  it('at the default 2 frames a second, reuses face boxes for the next frame while the picture moves', () => {
    expect(callCadence(2).faceReuseMs).toBeGreaterThan(500);
  });
});
