import { z } from 'zod';

/**
 * The clinician's own details, for the signature (lib/checks/signature/). A module of its own, so that the
 * signature's settings can name the profile's fields without importing the whole settings schema, which imports
 * every check's settings (lib/checks/settings.ts).
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

export type Profile = z.output<typeof profileSchema>;
