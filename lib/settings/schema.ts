import { z } from 'zod';
import { CHECK_SETTINGS } from '../checks/settings';
import { portalsSchema } from './portal-profile';
import { profileSchema } from './profile';

export { profileSchema, type Profile } from './profile';

/**
 * The single source of truth for settings. The effective value of a field is IT's managed policy, else the
 * clinician's own choice, else the default below. Policy and the clinician's storage are both partial objects of
 * this shape; `public/managed_schema.json` is generated from it (scripts/gen-managed-schema.ts).
 */

export const settingsSchema = z.object({
  profile: profileSchema,
  checks: CHECK_SETTINGS,
  portals: portalsSchema,
});

export type Settings = z.output<typeof settingsSchema>;
export type { CustomPortal, PortalOverride } from './portal-profile';

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** Parts of the settings the clinician may change on the options page (unless IT's policy locks them). */
export const USER_EDITABLE_ROOTS = ['profile', 'checks'] as const;
