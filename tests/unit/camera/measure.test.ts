import { describe, expect, it } from 'vitest';
import { judge } from '@/lib/camera/judge/judge';
import { measure } from '@/lib/camera/measure/measure';
import { DEFAULT_CAMERA_THRESHOLDS as T } from '@/lib/camera/judge/thresholds';
import { frontalKeypoints, portraitScene, syntheticSample, turnedKeypoints } from './fixtures';

const FACE = { x: 0.42, y: 0.2, width: 0.16, height: 0.22 };
const verdictsOf = (scene: Parameters<typeof syntheticSample>[0]) =>
  judge(measure(syntheticSample(scene), T), T);

describe('measurements from pixels, the person mask and the face detections', () => {
  it('a centred head and shoulders against a plain wall measures as a good picture', () => {
    const m = measure(syntheticSample(portraitScene()), T);
    expect(m.faces).toBe(1);
    expect(m.persons).toBe(1);
    expect(m.faceX).toBeCloseTo(0.5, 2);
    expect(m.faceBrightness).toBeGreaterThan(0.55);
    expect(m.edgeDensity).toBe(0);
    expect(m.shoulderWidth).toBeGreaterThan(3);
    expect(judge(m, T)).toMatchObject({
      framing: 'ok',
      lighting: 'ok',
      background: 'ok',
      camera_height: 'ok',
    });
  });

  it('does not count the edge of the person as background clutter', () => {
    const m = measure(
      syntheticSample(portraitScene({ personColour: [0, 0, 0], background: [255, 255, 255] })),
      T,
    );
    expect(m.edgeDensity).toBe(0);
  });

  it('finds a striped background cluttered and a gentle gradient not', () => {
    const stripes = (x: number): [number, number, number] =>
      Math.floor(x / 3) % 2 ? [200, 40, 40] : [240, 240, 240];
    expect(verdictsOf(portraitScene({ background: stripes })).background).toBe('cluttered');
    const gradient = (_x: number, y: number): [number, number, number] => [
      180 + y / 8,
      175 + y / 8,
      170 + y / 8,
    ];
    expect(verdictsOf(portraitScene({ background: gradient })).background).toBe('ok');
  });

  it('sees a window: a dark face in front of a near-white background is backlit', () => {
    const scene = portraitScene({
      background: [250, 250, 252],
      faceColour: [70, 55, 50],
      personColour: [40, 40, 50],
    });
    const m = measure(syntheticSample(scene), T);
    expect(m.brightBackground).toBe(1);
    expect(judge(m, T).lighting).toBe('backlit');
  });

  it('measures the two halves of the face for side light', () => {
    const scene = portraitScene({ faceColour: { left: [220, 190, 170], right: [90, 70, 60] } });
    const m = measure(syntheticSample(scene), T);
    expect(m.sideImbalance).toBeGreaterThan(0.5);
    expect(judge(m, T).lighting).toBe('uneven');
  });

  it('counts a second person shape away from the face as another person', () => {
    const scene = portraitScene();
    scene.people = [...(scene.people ?? []), { x: 0.85, y: 0.3, width: 0.15, height: 0.7 }];
    const m = measure(syntheticSample(scene), T);
    expect(m.otherPersonArea).toBeGreaterThan(0.08);
    expect(judge(m, T).framing).toBe('multiple_people');
  });

  it('ignores faces below the score limit', () => {
    const scene = portraitScene({ faces: [FACE, { x: 0.05, y: 0.1, width: 0.1, height: 0.13, score: 0.3 }] });
    expect(measure(syntheticSample(scene), T).faces).toBe(1);
  });

  it('sees the head running out of the top edge in the person mask', () => {
    const scene = portraitScene({
      people: [
        { x: 0.4, y: 0, width: 0.2, height: 0.3 },
        { x: 0.2, y: 0.3, width: 0.6, height: 0.7 },
      ],
      faces: [{ ...FACE, y: 0.02 }],
    });
    const m = measure(syntheticSample(scene), T);
    expect(m.topTouch).toBe(1);
    expect(judge(m, T).framing).toBe('head_cut');
  });

  it('without a mask still measures face and light, and counts everything away from the face as background', () => {
    const m = measure(syntheticSample(portraitScene({ withMask: false })), T);
    expect(m.topTouch).toBeNull();
    expect(m.shoulderWidth).toBeNull();
    expect(m.faceBrightness).toBeGreaterThan(0.5);
    expect(m.backgroundShare).toBeGreaterThan(0.5);
  });

  it('reads a nose high between eyes and mouth, and ears low, as a camera below the face', () => {
    const low = portraitScene({ faces: [{ ...FACE, keypoints: frontalKeypoints(FACE, 0.45, 0.45) }] });
    const high = portraitScene({ faces: [{ ...FACE, keypoints: frontalKeypoints(FACE, 0.7, -0.1) }] });
    const level = measure(syntheticSample(portraitScene()), T);
    expect(level.pitch).toBeCloseTo(0, 5);
    expect(measure(syntheticSample(low), T).pitch).toBeGreaterThan(15);
    expect(verdictsOf(low).camera_height).toBe('too_low');
    expect(measure(syntheticSample(high), T).pitch).toBeLessThan(-15);
    expect(verdictsOf(high).camera_height).toBe('too_high');
  });

  it('reads a head turned 25° either way as a camera beside the screen, and 8° as facing it', () => {
    const turned = (degrees: number) =>
      portraitScene({ faces: [{ ...FACE, keypoints: turnedKeypoints(FACE, degrees) }] });
    expect(Math.abs(measure(syntheticSample(turned(0)), T).yaw ?? 99)).toBeLessThan(0.01);
    expect(verdictsOf(turned(8)).camera_height).toBe('ok');
    expect(verdictsOf(turned(25)).camera_height).toBe('beside');
    expect(verdictsOf(turned(-25)).camera_height).toBe('beside');
    expect(measure(syntheticSample(turned(25)), T).yaw).toBeGreaterThan(0);
    expect(measure(syntheticSample(turned(-25)), T).yaw).toBeLessThan(0);
  });

  it('does not read a tilted head as pitch', () => {
    // The same face turned 20° in the picture plane, around the face centre.
    const angle = (20 * Math.PI) / 180;
    const [cx, cy] = [FACE.x + FACE.width / 2, FACE.y + FACE.height / 2];
    const aspect = 256 / 192;
    const rotated = frontalKeypoints(FACE).map((p) => {
      const dx = (p.x - cx) * aspect;
      const dy = p.y - cy;
      return {
        x: cx + (dx * Math.cos(angle) - dy * Math.sin(angle)) / aspect,
        y: cy + dx * Math.sin(angle) + dy * Math.cos(angle),
      };
    });
    const m = measure(syntheticSample(portraitScene({ faces: [{ ...FACE, keypoints: rotated }] })), T);
    expect(Math.abs(m.pitch ?? 99)).toBeLessThan(1);
  });
});
