import { describe, expect, it } from 'vitest';
import { judge } from '@/lib/camera/judge/judge';
import { DEFAULT_CAMERA_THRESHOLDS as T } from '@/lib/camera/judge/thresholds';
import { goodMeasurements } from './fixtures';

describe('camera verdicts from measurements', () => {
  it('finds nothing to fix in a well-framed, well-lit picture against a plain wall', () => {
    expect(judge(goodMeasurements(), T)).toEqual({
      framing: 'ok',
      camera_height: 'ok',
      lighting: 'ok',
      background: 'ok',
      issues: [],
    });
  });

  it('says no_face, and cannot judge the camera height, when no face is found', () => {
    const verdict = judge(
      goodMeasurements({ faces: 0, faceHeight: null, faceBrightness: null, pitch: null }),
      T,
    );
    expect(verdict.framing).toBe('no_face');
    expect(verdict.camera_height).toBe('unknown');
    expect(verdict.issues).toEqual(['no_face', 'unknown']);
  });

  it.each([
    ['a second face', { faces: 2 }, 'multiple_people'],
    ['a second person shape without a visible face', { otherPersonArea: 0.08 }, 'multiple_people'],
    ['a face filling more than half the height', { faceHeight: 0.55 }, 'too_close'],
    ['a small face, far back', { faceHeight: 0.1 }, 'too_far'],
    ['hair running out at the top edge', { topTouch: 0.8 }, 'head_cut'],
    ['the chin near the bottom edge', { chestRoom: 0.4 }, 'chest_not_visible'],
    ['no shoulders at the bottom edge', { shoulderWidth: 1.2 }, 'chest_not_visible'],
    ['the face far to one side', { faceX: 0.2 }, 'off_center'],
    ['the eyes low in the picture', { eyeLine: 0.65 }, 'off_center'],
  ] as const)('framing: %s gives %s', (_what, change, expected) => {
    expect(judge(goodMeasurements(change), T).framing).toBe(expected);
  });

  it('without a person mask, judges a cut head from the estimated top of the head', () => {
    expect(judge(goodMeasurements({ topTouch: null, headTop: -0.1 }), T).framing).toBe('head_cut');
    expect(judge(goodMeasurements({ topTouch: null, headTop: 0.02 }), T).framing).toBe('ok');
  });

  it('shows the most important framing problem and lists every problem that applies', () => {
    const verdict = judge(goodMeasurements({ faceHeight: 0.6, topTouch: 1, chestRoom: 0.3, faceX: 0.3 }), T);
    expect(verdict.framing).toBe('too_close');
    expect(verdict.issues).toEqual(['too_close', 'head_cut', 'chest_not_visible', 'off_center']);
  });

  it.each([
    ['a dark face', { faceBrightness: 0.15, backgroundBrightness: 0.2 }, 'too_dark'],
    [
      'a face much darker than the background',
      { faceBrightness: 0.3, backgroundBrightness: 0.85 },
      'backlit',
    ],
    [
      'a window behind a somewhat darker face',
      { faceBrightness: 0.55, backgroundBrightness: 0.8, brightBackground: 0.4 },
      'backlit',
    ],
    ['a burnt-out face', { faceBrightness: 0.9, faceClipped: 0.5 }, 'overexposed'],
    ['one half of the face in shadow', { sideImbalance: 0.45 }, 'uneven'],
  ] as const)('lighting: %s gives %s', (_what, change, expected) => {
    expect(judge(goodMeasurements(change), T).lighting).toBe(expected);
  });

  it('does not call a normally lit face in front of a light wall backlit', () => {
    expect(judge(goodMeasurements({ faceBrightness: 0.55, backgroundBrightness: 0.83 }), T).lighting).toBe(
      'ok',
    );
  });

  it('names the window, not the darkness, when a dark face is in front of a bright background', () => {
    const verdict = judge(
      goodMeasurements({ faceBrightness: 0.22, backgroundBrightness: 0.9, brightBackground: 0.5 }),
      T,
    );
    expect(verdict.lighting).toBe('backlit');
    expect(verdict.issues).toContain('too_dark');
  });

  it('judges a picture without a face by its overall brightness', () => {
    const none = { faces: 0, faceHeight: null, faceBrightness: null };
    expect(judge(goodMeasurements({ ...none, frameBrightness: 0.08 }), T).lighting).toBe('too_dark');
    expect(judge(goodMeasurements({ ...none, frameBrightness: 0.95 }), T).lighting).toBe('overexposed');
    expect(judge(goodMeasurements({ ...none, frameBrightness: 0.5 }), T).lighting).toBe('ok');
  });

  it('calls a background with many edges, or colourful with some edges, cluttered', () => {
    expect(judge(goodMeasurements({ edgeDensity: 0.13 }), T).background).toBe('cluttered');
    expect(judge(goodMeasurements({ edgeDensity: 0.04, colorfulness: 0.4 }), T).background).toBe('cluttered');
    expect(judge(goodMeasurements({ edgeDensity: 0.027, colorfulness: 0.065 }), T).background).toBe('ok');
    // Too little background visible to judge.
    expect(judge(goodMeasurements({ edgeDensity: null }), T).background).toBe('ok');
  });

  it('estimates the camera as too low or too high from the head pitch', () => {
    expect(judge(goodMeasurements({ pitch: 22 }), T).camera_height).toBe('too_low');
    expect(judge(goodMeasurements({ pitch: -22 }), T).camera_height).toBe('too_high');
    expect(judge(goodMeasurements({ pitch: 10 }), T).camera_height).toBe('ok');
    expect(judge(goodMeasurements({ faces: 2 }), T).camera_height).toBe('unknown');
    expect(judge(goodMeasurements({ faceHeight: 0.05 }), T).camera_height).toBe('unknown');
  });

  it('a face turned away from the camera, either way, is a camera beside the screen (height not judged)', () => {
    expect(judge(goodMeasurements({ yaw: 0.25, pitch: 22 }), T).camera_height).toBe('beside');
    expect(judge(goodMeasurements({ yaw: -0.4 }), T).camera_height).toBe('beside');
    // Nearly in profile (camera.png: 0.66): the keypoints no longer tell.
    expect(judge(goodMeasurements({ yaw: 0.66 }), T).camera_height).toBe('unknown');
    expect(judge(goodMeasurements({ yaw: 0.25 }), T).issues).toContain('beside');
    // The committed frontal photographs measure |yaw| ≤ 0.15 (README): no advice for them.
    expect(judge(goodMeasurements({ yaw: 0.15 }), T).camera_height).toBe('ok');
    expect(judge(goodMeasurements({ yaw: 0.25, faceHeight: 0.05 }), T).camera_height).toBe('unknown');
  });

  it('follows thresholds that IT has changed', () => {
    const strict = { ...T, framing: { ...T.framing, maxCenterOffset: 0.01 } };
    expect(judge(goodMeasurements({ faceX: 0.49 }), T).framing).toBe('ok');
    expect(judge(goodMeasurements({ faceX: 0.47 }), strict).framing).toBe('off_center');
  });
});
