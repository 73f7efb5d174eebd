import type { Profile } from '../../settings/profile';

/** The profile fields a template can name, as `{name}`. Their order is the order shown on the options page. */
export const SIGNATURE_FIELDS = [
  'name',
  'title',
  'unit',
  'hospital',
  'phone',
  'phoneHours',
  'email',
  'switchboard',
  'web',
] as const satisfies readonly (keyof Profile)[];

export type SignatureField = (typeof SIGNATURE_FIELDS)[number];

export function isSignatureField(name: string): name is SignatureField {
  return (SIGNATURE_FIELDS as readonly string[]).includes(name);
}

/** The options page's label key for each field (the profile form's labels). */
export const FIELD_LABEL_KEYS: Record<SignatureField, string> = {
  name: 'fieldName',
  title: 'fieldTitle',
  unit: 'fieldUnit',
  hospital: 'fieldHospital',
  phone: 'fieldPhone',
  phoneHours: 'fieldPhoneHours',
  email: 'fieldEmail',
  switchboard: 'fieldSwitchboard',
  web: 'fieldWeb',
};
