import type { BadgeVerdict } from '../measure/badge';

/**
 * The camera's name-badge answer, held like the other verdicts (smoothing.ts): an answer shows once every frame of
 * the last `holdMs` of the camera's picture gave it, so a badge glimpsed in one frame is not claimed.
 */
export class BadgeHold {
  private current: BadgeVerdict | null = null;
  private candidate: BadgeVerdict | null = null;
  private since = 0;

  constructor(private readonly holdMs = 1000) {}

  /** `takenAt`: when the frame was taken (ms). Returns the held answer, or null while none has held. */
  update(badge: BadgeVerdict | undefined, takenAt: number): BadgeVerdict | null {
    if (!badge) return this.current;
    if (badge !== this.candidate) {
      this.candidate = badge;
      this.since = takenAt;
    }
    if (takenAt - this.since >= this.holdMs) this.current = badge;
    return this.current;
  }

  /** The held answer, without a new frame. */
  held(): BadgeVerdict | null {
    return this.current;
  }

  reset(): void {
    this.current = null;
    this.candidate = null;
    this.since = 0;
  }
}
