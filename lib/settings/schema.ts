import { z } from 'zod';
import { SELECTOR_KEYS, type PortalId, type SelectorKey } from '../portals/types';
import { CHECK_SETTINGS } from '../checks/settings';
import { cssSelectorSchema, matchPatternSchema } from './validators';

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

/** What each selector list finds, "Svenska / English" (shown in the policy reference for IT). */
const SELECTOR_DESCRIPTIONS: Record<SelectorKey, string> = {
  messageRow: 'en rad i inkorgen eller listan, en per meddelande / a message row in an inbox or list',
  messageArrival: 'i raden eller ärendet: ankomsttiden / inside a row or case: the arrival time',
  messageStatus:
    'i raden eller ärendet: status (obesvarat, besvarat, avslutat) / inside a row or case: the status',
  messageLink: 'i raden: länken som öppnar meddelandet / inside a row: the link that opens the message',
  caseView: 'det öppna ärendet eller samtalet (en tråd) / the open case or conversation (one thread)',
  replyField: 'fältet där svaret skrivs / the field where the reply is written',
  sendButton: 'knappen som skickar svaret / the button that sends the reply',
  selfView:
    'den egna kamerabilden i videomötet (reserv när kameran inte kan kännas igen på annat sätt) / ' +
    "the clinician's own camera picture in a video meeting (fallback)",
  remoteVideo: 'motpartens video / the remote participant’s video',
  callControls:
    'samtalskontrollerna (tilläggets rutor täcker dem aldrig) / the call controls (never covered by the extension)',
  endCallButton: 'knappen som avslutar samtalet / the button that ends or leaves the call',
  signatureSetting:
    'personalverktygets eget signaturfält i personliga inställningar / ' +
    "the staff tool's own signature field in personal settings",
  patientIdentity:
    'den öppna patientens personnummer i ärendets eller samtalets huvud (läses för åldern, sparas aldrig) / ' +
    "the open patient's personal identity number in the case or conversation header (read for the age, never kept)",
  protectedIdentity:
    'portalens markering att den öppna patienten har skyddad identitet / ' +
    "the portal's mark that the open patient has protected identity",
};

function selectorDescription(key: SelectorKey): string {
  const [sv = '', en = ''] = SELECTOR_DESCRIPTIONS[key].split(' / ');
  const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  return (
    `${capital(sv)}. CSS-väljare, den första som träffar gäller; ersätter de inbyggda / ` +
    `${capital(en)}. CSS selectors, the first that matches wins; replaces the built-in ones`
  );
}

const selectorOverridesSchema = z
  .object(
    Object.fromEntries(
      SELECTOR_KEYS.map((key) => [
        key,
        z.array(cssSelectorSchema).optional().describe(selectorDescription(key)),
      ]),
    ),
  )
  .optional()
  .describe(
    'Väljare som ersätter portalens inbyggda, per sorts element / selector lists replacing the built-in ones',
  );

export const portalOverrideSchema = z.object({
  enabled: z.boolean().default(true).describe('Kör kontrollerna på portalen / run the checks on this portal'),
  urlPatterns: z
    .array(matchPatternSchema)
    .optional()
    .describe(
      'Matchningsmönster som ersätter de inbyggda: ange alla adresser portalen ska kännas igen på / ' +
        'match patterns that replace the built-in ones: list every address the portal is to be recognised on',
    ),
  selectors: selectorOverridesSchema,
});

export const portalsSchema = z
  .object({
    '1177': portalOverrideSchema
      .prefault({})
      .describe('1177 e-tjänster, personalverktyget / 1177 staff tool'),
    vardochhalsa: portalOverrideSchema.prefault({}).describe('Vård och hälsa'),
    sob: portalOverrideSchema.prefault({}).describe('Stöd och behandling'),
  } satisfies Record<PortalId, unknown>)
  .prefault({})
  .describe('Portalernas adresser och väljare / the portals’ addresses and selectors');

export const settingsSchema = z.object({
  profile: profileSchema,
  checks: CHECK_SETTINGS,
  portals: portalsSchema,
});

export type Settings = z.output<typeof settingsSchema>;
export type Profile = z.output<typeof profileSchema>;
export type PortalOverride = z.output<typeof portalOverrideSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** Parts of the settings the clinician may change on the options page (unless IT's policy locks them). */
export const USER_EDITABLE_ROOTS = ['profile', 'checks'] as const;
