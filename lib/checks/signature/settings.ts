import { z } from 'zod';
import { SIGNATURE_FIELDS } from './fields';

/**
 * The signature's default templates. They are text that reaches patients, so they are Swedish whatever the UI
 * language; IT replaces them by policy (`checks.signature.templates.*`). A line whose first field is empty is left
 * out and a later empty field on a line goes with its brackets, so the optional parts (phone hours, switchboard,
 * web) cost nothing when they are not set.
 */
export const DEFAULT_TEMPLATE = [
  'Med vänlig hälsning',
  '{name}',
  '{title}',
  '{unit}, {hospital}',
  'Telefon {phone} ({phoneHours})',
  'E-post {email}',
  'Växel {switchboard}',
  '{web}',
].join('\n');

/**
 * 1177's staff tool appends the clinician's name, title and the date to every answer by itself (its own
 * "Signatur" setting), so here only what it leaves out: workplace and contact details.
 */
export const DEFAULT_TEMPLATE_1177 = [
  '{unit}, {hospital}',
  'Telefon {phone} ({phoneHours})',
  'E-post {email}',
  'Växel {switchboard}',
  '{web}',
].join('\n');

export const UNSIGNED_SEND_MODES = ['off', 'warn', 'insert'] as const;
export type UnsignedSendMode = (typeof UNSIGNED_SEND_MODES)[number];

const placeholderHelp = `placeholders: ${SIGNATURE_FIELDS.map((field) => `{${field}}`).join(' ')}`;

export const signatureSettingsSchema = z
  .object({
    enabled: z.boolean().default(true).describe('Offer the signature block in written replies'),
    templates: z
      .object({
        default: z
          .string()
          .default(DEFAULT_TEMPLATE)
          .describe(`Signature template for portals without one of their own; ${placeholderHelp}`),
        '1177': z
          .string()
          .default(DEFAULT_TEMPLATE_1177)
          .describe(
            'Template on 1177 (its staff tool adds name and title itself); empty: the default template',
          ),
        vardochhalsa: z
          .string()
          .default('')
          .describe('Template on Vård och hälsa; empty: the default template'),
        sob: z.string().default('').describe('Template on Stöd och behandling; empty: the default template'),
      })
      .prefault({}),
    required: z
      .array(z.enum(SIGNATURE_FIELDS))
      .default(['name', 'title', 'unit', 'phone'])
      .describe('Profile fields that must be filled in before a template that uses them is inserted'),
    onUnsignedSend: z
      .enum(UNSIGNED_SEND_MODES)
      .default('warn')
      .describe(
        'When a reply is sent without the signature: off, warn (a notice), insert (added before it goes)',
      ),
    offerPortalSignature: z
      .boolean()
      .default(true)
      .describe(
        "On 1177's personal settings page, offer to fill its own Signatur field with the full signature",
      ),
  })
  .prefault({});

export type SignatureSettings = z.output<typeof signatureSettingsSchema>;
