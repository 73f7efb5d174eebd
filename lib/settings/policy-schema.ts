import { z } from 'zod';
import { settingsSchema } from './schema';

/**
 * What IT's policy can hold: every setting, and keys about the policy itself. Those are read from the policy only
 * (never from the clinician's storage) and are not settings.
 */
export const policyMetaSchema = z
  .object({
    expectedKeys: z
      .array(z.string())
      .optional()
      .describe(
        'De policynycklar ni har satt. En nyckel här som inte når tillägget (Chromium kastar ett värde av fel ' +
          'typ) visas på inställningssidan / the policy keys you have set. A key listed here that does not ' +
          'reach the extension (Chromium drops a value of the wrong type) is shown on the options page',
      ),
  })
  .prefault({})
  .describe('Om själva policyn / about the policy itself');

export const policySchema = settingsSchema.extend({ policy: policyMetaSchema });

/** The top-level groups of the nested form, accepted for one release beside the flat keys. */
export const NESTED_ROOTS = ['profile', 'checks', 'portals'] as const;
