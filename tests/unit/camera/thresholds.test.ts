import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  cameraThresholdsSchema,
  DEFAULT_CAMERA_THRESHOLDS,
  resolveCameraThresholds,
} from '@/lib/camera/judge/thresholds';

type Node = { type?: string; properties?: Record<string, Node>; [key: string]: unknown };
function numberNodes(node: Node): Node[] {
  if (node.type === 'number') return [node];
  return Object.values(node.properties ?? {}).flatMap(numberNodes);
}

describe('camera thresholds', () => {
  it('has a default for every field, so an empty policy gives the defaults', () => {
    expect(cameraThresholdsSchema.parse({})).toEqual(DEFAULT_CAMERA_THRESHOLDS);
    expect(cameraThresholdsSchema.parse(undefined)).toEqual(DEFAULT_CAMERA_THRESHOLDS);
    expect(DEFAULT_CAMERA_THRESHOLDS.framing.minFaceHeight).toBeGreaterThan(0);
  });

  it('keeps IT’s value for one field and the defaults for the rest', () => {
    const parsed = cameraThresholdsSchema.parse({ lighting: { minFaceBrightness: 0.2 } });
    expect(parsed.lighting.minFaceBrightness).toBe(0.2);
    expect(parsed.lighting.maxBacklight).toBe(DEFAULT_CAMERA_THRESHOLDS.lighting.maxBacklight);
    expect(parsed.framing).toEqual(DEFAULT_CAMERA_THRESHOLDS.framing);
  });

  it('becomes a JSON schema Chromium accepts as a managed schema: numbers with defaults and descriptions, no min/max', () => {
    const schema = z.toJSONSchema(cameraThresholdsSchema, { io: 'input' }) as Node;
    const numbers = numberNodes(schema);
    expect(numbers.length).toBeGreaterThan(20);
    for (const node of numbers) {
      expect(node).not.toHaveProperty('minimum');
      expect(node).not.toHaveProperty('maximum');
      expect(typeof node.default).toBe('number');
      expect(typeof node.description).toBe('string');
    }
  });

  it('falls back field by field when a policy value is wrong, and says which', () => {
    const { thresholds, dropped } = resolveCameraThresholds({
      framing: { minFaceHeight: 0.2, maxFaceHeight: 'big', nonsense: 1 },
      lighting: 'dark',
      unknownGroup: {},
    });
    expect(thresholds.framing.minFaceHeight).toBe(0.2);
    expect(thresholds.framing.maxFaceHeight).toBe(DEFAULT_CAMERA_THRESHOLDS.framing.maxFaceHeight);
    expect(thresholds.lighting).toEqual(DEFAULT_CAMERA_THRESHOLDS.lighting);
    expect(dropped.sort()).toEqual(['framing.maxFaceHeight', 'framing.nonsense', 'lighting', 'unknownGroup']);
  });

  it('never changes the defaults object', () => {
    resolveCameraThresholds({ framing: { minFaceHeight: 0.9 } });
    expect(DEFAULT_CAMERA_THRESHOLDS.framing.minFaceHeight).not.toBe(0.9);
  });
});
