import { z } from 'zod';

export const presenceSettingsSchema = z
  .object({
    enabled: z
      .boolean()
      .default(true)
      .describe('Show the small "Vårdmöteskollen är aktiv" mark on the portals'),
  })
  .prefault({});
