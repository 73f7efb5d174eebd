import { z } from 'zod';
import { CHECK_SETTINGS } from '../checks/settings';
import { portalsSchema } from './portal-profile';

/**
 * The single source of truth for settings. The effective value of a field is IT's managed policy, else the
 * clinician's own choice, else the default below. Policy and the clinician's storage are both partial objects of
 * this shape; `public/managed_schema.json` is generated from it (scripts/gen-managed-schema.ts).
 */

export const profileSchema = z
  .object({
    name: z.string().default('').describe('Namn / name'),
    title: z.string().default('').describe('Titel / professional title'),
    unit: z.string().default('').describe('Enhet eller mottagning / unit'),
    hospital: z.string().default('').describe('Sjukhus / hospital'),
    phone: z.string().default('').describe('Telefon / phone'),
    phoneHours: z.string().default('').describe('Telefontider / phone hours'),
    email: z.string().default('').describe('E-post / e-mail'),
    switchboard: z.string().default('').describe('Växel / switchboard number'),
    web: z.string().default('').describe('Webbadress / web address'),
  })
  .prefault({});

export const settingsSchema = z.object({
  profile: profileSchema,
  checks: CHECK_SETTINGS,
  portals: portalsSchema,
});

export type Settings = z.output<typeof settingsSchema>;
export type Profile = z.output<typeof profileSchema>;
export type { CustomPortal, PortalOverride } from './portal-profile';

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** Parts of the settings the clinician may change on the options page (unless IT's policy locks them). */
export const USER_EDITABLE_ROOTS = ['profile', 'checks'] as const;
