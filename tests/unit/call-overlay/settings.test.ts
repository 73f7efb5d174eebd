import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { callOverlaySettingsSchema } from '@/lib/checks/call-overlay/settings';
import { parseLeniently } from '@/lib/settings/lenient';
import { DEFAULT_SETTINGS, settingsSchema } from '@/lib/settings/schema';

describe('the overlay’s settings', () => {
  it('is on by default and analyses two frames a second', () => {
    expect(DEFAULT_SETTINGS.checks.callOverlay).toEqual({ enabled: true, framesPerSecond: 2 });
  });

  it('takes a rate from policy, also below one a second', () => {
    expect(callOverlaySettingsSchema.parse({ framesPerSecond: 0.5 }).framesPerSecond).toBe(0.5);
    expect(callOverlaySettingsSchema.parse({ framesPerSecond: 5 }).framesPerSecond).toBe(5);
  });

  it('drops a rate out of range or of the wrong type, and reports it', () => {
    for (const bad of [0, -1, 60, '2', null]) {
      const { value, problems } = parseLeniently(settingsSchema, {
        checks: { callOverlay: { framesPerSecond: bad } },
      });
      expect(value).toEqual({ checks: { callOverlay: {} } });
      expect(problems.map((p) => p.path)).toEqual(['checks.callOverlay.framesPerSecond']);
    }
  });

  it('gives Chromium a managed schema it accepts: no minimum or maximum on a number', () => {
    const schema = z.toJSONSchema(callOverlaySettingsSchema, { io: 'input' }) as {
      properties: Record<string, Record<string, unknown>>;
    };
    expect(schema.properties.framesPerSecond).toMatchObject({ type: 'number', default: 2 });
    expect(schema.properties.framesPerSecond).not.toHaveProperty('minimum');
    expect(schema.properties.framesPerSecond).not.toHaveProperty('maximum');
  });
});
