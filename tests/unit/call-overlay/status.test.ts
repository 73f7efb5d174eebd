import { describe, expect, it } from 'vitest';
import type { SmoothedJudgement } from '@/lib/camera/judge/smoothing';
import { VerdictSmoother } from '@/lib/camera/judge/smoothing';
import type { Judgement } from '@/lib/camera/judge/verdicts';
import { chipModel, sameModel, sortByPriority } from '@/lib/checks/call-overlay/status';

const OK: Judgement = { framing: 'ok', camera_height: 'ok', lighting: 'ok', background: 'ok', issues: [] };

function smoothed(partial: Partial<SmoothedJudgement['verdicts']>, issues: SmoothedJudgement['issues'] = []) {
  const verdicts = { framing: null, camera_height: null, lighting: null, background: null, ...partial };
  return { verdicts, issues, settled: Object.values(verdicts).every((v) => v !== null) } as SmoothedJudgement;
}

describe('what the chip says', () => {
  it('is green only when every aspect has held ok', () => {
    expect(
      chipModel(smoothed({ framing: 'ok', camera_height: 'ok', lighting: 'ok', background: 'ok' })),
    ).toEqual({
      state: 'ok',
      tone: 'ok',
      issues: [],
    });
    expect(chipModel(smoothed({ framing: 'ok', lighting: 'ok' })).state).toBe('settling');
    expect(chipModel(null).state).toBe('settling');
  });

  it('shows an issue as soon as it has held, before every aspect has settled', () => {
    expect(chipModel(smoothed({ lighting: 'backlit' }, ['backlit']))).toEqual({
      state: 'issues',
      tone: 'problem',
      issues: ['backlit'],
    });
  });

  it('puts somebody else in view first, then a missing face, framing, light, background and camera height', () => {
    expect(
      sortByPriority(['too_low', 'cluttered', 'backlit', 'head_cut', 'no_face', 'multiple_people']),
    ).toEqual(['multiple_people', 'no_face', 'head_cut', 'backlit', 'cluttered', 'too_low']);
  });

  it('puts a guideline clearly not met (red) before advice (amber)', () => {
    const model = chipModel(
      smoothed({ framing: 'off_center', lighting: 'backlit' }, ['off_center', 'backlit']),
    );
    expect(model.issues).toEqual(['backlit', 'off_center']);
    expect(model.tone).toBe('problem');
    const advisory = chipModel(smoothed({ framing: 'off_center', lighting: 'ok' }, ['off_center']));
    expect(advisory.tone).toBe('advice');
  });

  it('changes no faster than the smoothing lets verdicts change', () => {
    const smoother = new VerdictSmoother(1000);
    const models = [0, 250, 500, 750, 1000, 1250].map((t) => chipModel(smoother.update(OK, t)));
    expect(models.map((m) => m.state)).toEqual(['settling', 'settling', 'settling', 'settling', 'ok', 'ok']);
    const flicker = { ...OK, lighting: 'backlit' as const, issues: ['backlit' as const] };
    // A single backlit frame, then ok again: the chip stays green.
    expect(chipModel(smoother.update(flicker, 1500)).state).toBe('ok');
    expect(chipModel(smoother.update(OK, 1750)).state).toBe('ok');
    expect(sameModel(chipModel(smoother.update(OK, 2000)), models[5]!)).toBe(true);
  });
});

describe('the name badge in what the chip says', () => {
  const good = smoothed({ framing: 'ok', camera_height: 'ok', lighting: 'ok', background: 'ok' });
  it('rides along without changing the state or the colour', () => {
    expect(chipModel(good, 'unsure')).toEqual({ state: 'ok', tone: 'ok', issues: [], badge: 'unsure' });
    expect(chipModel(smoothed({ lighting: 'backlit' }, ['backlit']), 'seen').tone).toBe('problem');
  });

  it('counts as a change of what the chip says', () => {
    expect(sameModel(chipModel(good, 'seen'), chipModel(good, 'unsure'))).toBe(false);
    expect(sameModel(chipModel(good, 'seen'), chipModel(good, 'seen'))).toBe(true);
  });
});
