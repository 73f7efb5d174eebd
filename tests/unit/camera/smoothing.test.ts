import { describe, expect, it } from 'vitest';
import { VerdictSmoother } from '@/lib/camera/judge/smoothing';
import type { Judgement } from '@/lib/camera/judge/verdicts';

const OK: Judgement = { framing: 'ok', camera_height: 'ok', lighting: 'ok', background: 'ok', issues: [] };
const BACKLIT: Judgement = { ...OK, lighting: 'backlit', issues: ['backlit'] };

/** Feeds `judgement` every 100 ms from `from` to `to` (inclusive), returns the last smoothed state. */
function feed(smoother: VerdictSmoother, judgement: Judgement, from: number, to: number) {
  let last = smoother.current();
  for (let t = from; t <= to; t += 100) last = smoother.update(judgement, t);
  return last;
}

describe('verdict smoothing for the live view', () => {
  it('shows nothing until the first verdicts have held for a second', () => {
    const smoother = new VerdictSmoother(1000);
    expect(feed(smoother, OK, 0, 900).settled).toBe(false);
    const shown = feed(smoother, OK, 1000, 1000);
    expect(shown.settled).toBe(true);
    expect(shown.verdicts).toEqual({ framing: 'ok', camera_height: 'ok', lighting: 'ok', background: 'ok' });
  });

  it('shows a change only after it has held for a second', () => {
    const smoother = new VerdictSmoother(1000);
    feed(smoother, OK, 0, 1000);
    expect(feed(smoother, BACKLIT, 1100, 2000).verdicts.lighting).toBe('ok');
    const after = feed(smoother, BACKLIT, 2100, 2100);
    expect(after.verdicts.lighting).toBe('backlit');
    expect(after.issues).toEqual(['backlit']);
  });

  it('ignores a flicker: one odd frame in a steady stream changes nothing', () => {
    const smoother = new VerdictSmoother(1000);
    feed(smoother, OK, 0, 1000);
    for (let t = 1100; t < 5000; t += 100) {
      const shown = smoother.update(t % 700 === 0 ? BACKLIT : OK, t);
      expect(shown.verdicts.lighting).toBe('ok');
      expect(shown.issues).toEqual([]);
    }
  });

  it('starts the hold again when the new verdict is interrupted', () => {
    const smoother = new VerdictSmoother(1000);
    feed(smoother, OK, 0, 1000);
    feed(smoother, BACKLIT, 1100, 1800);
    smoother.update(OK, 1900);
    expect(feed(smoother, BACKLIT, 2000, 2900).verdicts.lighting).toBe('ok');
    expect(feed(smoother, BACKLIT, 3000, 3000).verdicts.lighting).toBe('backlit');
  });

  it('forgets everything on reset (a new camera)', () => {
    const smoother = new VerdictSmoother(1000);
    feed(smoother, OK, 0, 1000);
    smoother.reset();
    expect(smoother.current().settled).toBe(false);
  });

  it('a face turned away shows as a camera beside the screen only after it has stayed turned for four seconds', () => {
    const BESIDE: Judgement = { ...OK, camera_height: 'beside', issues: ['beside'] };
    const smoother = new VerdictSmoother(1000);
    feed(smoother, OK, 0, 1000);
    // A glance at notes for two seconds: nothing.
    expect(feed(smoother, BESIDE, 1100, 3000).verdicts.camera_height).toBe('ok');
    expect(feed(smoother, OK, 3100, 4000).issues).toEqual([]);
    // Turned for good: still nothing after three seconds, the advice after four.
    expect(feed(smoother, BESIDE, 4100, 7000).verdicts.camera_height).toBe('ok');
    const after = feed(smoother, BESIDE, 7100, 8100);
    expect(after.verdicts.camera_height).toBe('beside');
    expect(after.issues).toEqual(['beside']);
    // Facing the camera again: gone after the usual second.
    expect(feed(smoother, OK, 8200, 9200).verdicts.camera_height).toBe('ok');
  });
});
