import { describe, expect, it } from 'vitest';
import { judgeBrowser, judgeCamera, judgeCameraPresent, judgeHeadset } from '@/lib/checks/checklist/auto';
import { parseCameraVerdicts } from '@/lib/checks/checklist/camera-verdicts';

const t = (key: string, substitutions?: string | string[]) =>
  substitutions === undefined ? key : `${key}(${[substitutions].flat().join('|')})`;

describe('browser', () => {
  it('is ok in Chrome and Edge, and left to the clinician in other Chromium builds', () => {
    const brands = (...names: string[]) => names.map((brand) => ({ brand }));
    expect(judgeBrowser(brands('Not/A)Brand', 'Chromium', 'Google Chrome'), t)).toEqual({
      status: 'ok',
      reason: 'autoBrowserOk(Google Chrome)',
    });
    expect(judgeBrowser(brands('Microsoft Edge', 'Chromium'), t).status).toBe('ok');
    expect(judgeBrowser(brands('Not_A Brand', 'Chromium'), t)).toEqual({
      status: 'unknown',
      reason: 'autoBrowserOther(Chromium)',
    });
    expect(judgeBrowser(undefined, t).status).toBe('unknown');
  });
});

describe('devices', () => {
  const device = (kind: string, label = '') => ({ kind, label });

  it('finds a camera by kind, even without permission to read names', () => {
    expect(judgeCameraPresent([device('videoinput'), device('audioinput')], t).status).toBe('ok');
    expect(judgeCameraPresent([device('audioinput')], t).status).toBe('problem');
    expect(judgeCameraPresent(undefined, t).status).toBe('unknown');
  });

  it('recognises a headset by its name, also behind the "Default - " prefix', () => {
    expect(
      judgeHeadset(
        [
          device('audioinput', 'Default - Headset Microphone (Jabra Evolve 40)'),
          device('audiooutput', 'Speakers (Realtek High Definition Audio)'),
        ],
        t,
      ),
    ).toEqual({ status: 'ok', reason: 'autoHeadsetFound(Headset Microphone (Jabra Evolve 40))' });
    expect(judgeHeadset([device('audiooutput', 'Poly Blackwire 3220 Series')], t).status).toBe('ok');
  });

  it('flags mobile-phone earphones, which the guideline rules out', () => {
    expect(
      judgeHeadset([device('audioinput', 'AirPods Pro'), device('audioinput', 'Jabra Link 380')], t),
    ).toEqual({
      status: 'problem',
      reason: 'autoHeadsetPhone(AirPods Pro)',
    });
  });

  it('leaves the item to the clinician, saying why, when names are hidden or none is a headset', () => {
    expect(judgeHeadset([device('audioinput'), device('audiooutput')], t)).toEqual({
      status: 'unknown',
      reason: 'autoHeadsetNoLabels',
    });
    expect(
      judgeHeadset(
        [device('audioinput', 'Fake Default Audio Input'), device('audiooutput', 'Fake Audio Output 1')],
        t,
      ),
    ).toEqual({
      status: 'unknown',
      reason: 'autoHeadsetNotFound(Fake Default Audio Input, Fake Audio Output 1)',
    });
    expect(judgeHeadset([device('videoinput', 'Webcam')], t).status).toBe('problem');
  });
});

describe('camera verdicts', () => {
  // 10:42 in Stockholm (summer time).
  const at = Date.UTC(2026, 5, 18, 8, 42);
  const good = { at, framing: 'ok', camera_height: 'ok', lighting: 'ok', background: 'ok', issues: [] };

  it('pre-fills every camera item from a recent, good test', () => {
    const results = judgeCamera(parseCameraVerdicts(good), at + 5 * 60_000, 120, t);
    expect(Object.keys(results).sort()).toEqual([
      'cameraBackground',
      'cameraBadge',
      'cameraFraming',
      'cameraHeight',
      'cameraLighting',
      'cameraPeople',
    ]);
    const { cameraBadge, ...picture } = results;
    expect(Object.values(picture).every((result) => result?.status === 'ok')).toBe(true);
    expect(results.cameraLighting?.reason).toBe('autoCameraOk(10:42)');
    // The badge was neither seen nor answered for: left to the clinician.
    expect(cameraBadge).toEqual({ status: 'unknown', reason: 'autoBadgeNotAsked(10:42)' });
  });

  it('ticks the name badge when the camera saw it or the clinician said it shows, and only a "no" unticks it', () => {
    const judged = (badge: object) =>
      judgeCamera(parseCameraVerdicts({ ...good, ...badge }), at + 60_000, 120, t).cameraBadge;
    expect(judged({ badge: 'seen', badgeBy: 'camera' })).toEqual({
      status: 'ok',
      reason: 'autoBadgeSeen(10:42)',
    });
    expect(judged({ badge: 'seen', badgeBy: 'clinician' })).toEqual({
      status: 'ok',
      reason: 'autoBadgeConfirmed(10:42)',
    });
    expect(judged({ badge: 'not_seen', badgeBy: 'clinician' })).toEqual({
      status: 'problem',
      reason: 'autoBadgeDenied(10:42)',
    });
    // A value written by a later version reads as not known, and the rest of the record still counts.
    expect(judged({ badge: 'maybe' })?.status).toBe('unknown');
    expect(
      judgeCamera(parseCameraVerdicts({ ...good, badge: 'maybe' }), at, 120, t).cameraLighting?.status,
    ).toBe('ok');
  });

  it('does not use an old test for the name badge either', () => {
    const old = judgeCamera(parseCameraVerdicts({ ...good, badge: 'seen' }), at + 300 * 60_000, 120, t);
    expect(old.cameraBadge?.status).toBe('unknown');
  });

  it('says what is wrong, per item', () => {
    const results = judgeCamera(
      parseCameraVerdicts({
        ...good,
        framing: 'multiple_people',
        lighting: 'backlit',
        camera_height: 'unknown',
        background: 'cluttered',
        issues: ['multiple_people', 'head_cut', 'unknown', 'backlit', 'cluttered'],
      }),
      at,
      120,
      t,
    );
    expect(results.cameraPeople).toEqual({
      status: 'problem',
      reason: 'autoCameraProblem(10:42|verdictMultiplePeople)',
    });
    expect(results.cameraFraming).toEqual({
      status: 'problem',
      reason: 'autoCameraProblem(10:42|verdictHeadCut)',
    });
    expect(results.cameraLighting?.reason).toBe('autoCameraProblem(10:42|verdictBacklit)');
    expect(results.cameraBackground?.status).toBe('problem');
    expect(results.cameraHeight?.status).toBe('unknown');
  });

  it('does not say "nobody else in view" when no face was seen at all', () => {
    const results = judgeCamera(
      parseCameraVerdicts({
        ...good,
        framing: 'no_face',
        camera_height: 'unknown',
        issues: ['no_face', 'unknown'],
      }),
      at,
      120,
      t,
    );
    expect(results.cameraPeople?.status).toBe('unknown');
    expect(results.cameraFraming?.status).toBe('problem');
  });

  it('ignores a test that is too old, or none, and asks for a new one', () => {
    expect(judgeCamera(parseCameraVerdicts(good), at + 121 * 60_000, 120, t).cameraFraming).toEqual({
      status: 'unknown',
      reason: 'autoCameraOldTest(10:42)',
    });
    expect(judgeCamera(undefined, at, 120, t).cameraLighting).toEqual({
      status: 'unknown',
      reason: 'autoCameraNoTest',
    });
    expect(parseCameraVerdicts({ at: 'igår', framing: 'ok' })).toBeUndefined();
  });
});
