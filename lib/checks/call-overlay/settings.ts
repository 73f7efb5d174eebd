import { z } from 'zod';

/** Sampling rates the overlay accepts, frames per second. Below 0.2 a verdict would take over 5 s to appear. */
export const MIN_FRAMES_PER_SECOND = 0.2;
export const MAX_FRAMES_PER_SECOND = 10;

/**
 * The in-call camera overlay. No min/max on the number (Chromium refuses a managed schema with `minimum` on a
 * `number`): the range is checked here instead, and a value outside it falls back to the default.
 */
export const callOverlaySettingsSchema = z
  .object({
    enabled: z
      .boolean()
      .default(true)
      .describe(
        'Kamerakontroll under videomöten: en ruta vid den egna bilden med råd om inramning, ljus och bakgrund / ' +
          'camera check during video meetings: a chip beside the self-view with advice on framing, light and background',
      ),
    framesPerSecond: z
      .number()
      .refine((value) => value >= MIN_FRAMES_PER_SECOND && value <= MAX_FRAMES_PER_SECOND, {
        message: 'out-of-range',
      })
      .default(2)
      .describe(
        `Bilder per sekund som analyseras, ${MIN_FRAMES_PER_SECOND}–${MAX_FRAMES_PER_SECOND} (standard 2) / ` +
          `frames analysed per second, ${MIN_FRAMES_PER_SECOND}–${MAX_FRAMES_PER_SECOND} (default 2)`,
      ),
  })
  .prefault({});

export type CallOverlaySettings = z.output<typeof callOverlaySettingsSchema>;
