import { z } from 'zod';
import {
  BUILT_IN_PORTAL_IDS,
  MESSAGE_STATES,
  PAGE_KINDS,
  PORTAL_CHECK_IDS,
  PORTAL_ID_PATTERN,
  SELECTOR_KEYS,
  type BuiltInPortalId,
  type PageKind,
  type SelectorKey,
} from '../portals/types';
import { deadlineRuleSchema } from '../deadlines/rules';
import { cssSelectorSchema, matchPatternSchema } from './validators';

/**
 * A portal profile as policy writes it: every field optional, an unset field keeps the built-in value (or, for a
 * portal defined by policy, its `basedOn` portal's, else nothing). Validated field by field (./lenient.ts): a bad
 * field falls back alone and is listed on the options page.
 */

/** What each selector list finds, "Svenska / English" (shown in the policy reference for IT). */
const SELECTOR_DESCRIPTIONS: Record<SelectorKey, string> = {
  messageRow: 'en rad i inkorgen eller listan, en per meddelande / a message row in an inbox or list',
  messageArrival: 'i raden eller ärendet: ankomsttiden / inside a row or case: the arrival time',
  messageStatus:
    'i raden eller ärendet: status (obesvarat, besvarat, avslutat) / inside a row or case: the status',
  messageLink: 'i raden: länken som öppnar meddelandet / inside a row: the link that opens the message',
  caseView: 'det öppna ärendet eller samtalet (en tråd) / the open case or conversation (one thread)',
  programName:
    'namnet på programmet som det öppna ärendet hör till (nyckeln för programmets svarstidsregel) / ' +
    "the name of the program the open case belongs to (the key of the program's deadline rule)",
  answerTime:
    'svarstiden som sidan själv anger för ärendet, t.ex. "Svarstid: 2 vardagar" / ' +
    'the answer time the page states for the case, e.g. "Svarstid: 2 vardagar"',
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

export function isValidRegExpSource(source: string): boolean {
  try {
    new RegExp(source);
    return source.length > 0;
  } catch {
    return false;
  }
}

const pathPatternSchema = z
  .string()
  .refine(isValidRegExpSource, { message: 'invalid-regexp' })
  .describe('Reguljärt uttryck mot sökvägen / regular expression against the path');

/** An HTML attribute name (what `getAttribute` takes); no spaces, quotes or `=`. */
const attributeNameSchema = z
  .string()
  .regex(/^[^\s"'>/=]+$/, { message: 'invalid-attribute-name' })
  .describe('Attributnamn / attribute name');

const KIND_DESCRIPTIONS: Record<PageKind, string> = {
  inbox: 'inkorg eller meddelandelista / inbox or message list',
  case: 'öppet ärende eller samtal / open case or conversation',
  video: 'videomöte / video meeting',
  settings: 'personliga inställningar / personal settings',
};

function pageSchema(kind: PageKind) {
  const [sv = '', en = ''] = KIND_DESCRIPTIONS[kind].split(' / ');
  return z
    .object({
      paths: z
        .array(pathPatternSchema)
        .optional()
        .describe(
          `Sidan är ${sv} när sökvägen matchar ett av uttrycken; ersätter de inbyggda / ` +
            `the page is ${en} when its path matches one of these regular expressions; replaces the built-in ones`,
        ),
      contains: z
        .array(cssSelectorSchema)
        .optional()
        .describe(
          `Sidan är ${sv} medan en av väljarna träffar något (vilken sökväg som helst) / ` +
            `the page is ${en} while one of these selectors matches (any path)`,
        ),
      ...(kind === 'video'
        ? {
            liveCamera: z
              .boolean()
              .optional()
              .describe(
                'Sidan är ett videomöte när den visar den egna kamerans bild (standard: ja) / ' +
                  'the page is a video meeting while it shows the own camera picture (default: yes)',
              ),
          }
        : {}),
    })
    .optional()
    .describe(`Hur en sida känns igen som ${sv} / how a page is recognised as ${en}`);
}

const pagesSchema = z
  .object(Object.fromEntries(PAGE_KINDS.map((kind) => [kind, pageSchema(kind)])))
  .optional()
  .describe('Sidornas slag, per slag / the kinds of page, per kind');

const selectorsSchema = z
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

const STATE_DESCRIPTIONS = {
  open: 'obesvarat (får svarstid) / open (gets a deadline)',
  answered: 'besvarat / answered',
  closed: 'avslutat / closed',
} as const;

const statusWordsSchema = z
  .object(
    Object.fromEntries(
      MESSAGE_STATES.map((state) => {
        const [sv = '', en = ''] = STATE_DESCRIPTIONS[state].split(' / ');
        return [
          state,
          z
            .array(z.string().min(1).max(60))
            .optional()
            .describe(
              `Ord i statusfältet som betyder ${sv}; hela ord, skiftläge spelar ingen roll / ` +
                `words in the status field meaning ${en}; whole words, any case`,
            ),
        ];
      }),
    ),
  )
  .optional()
  .describe('Statusord, utöver de inbyggda svenska / status words, beside the built-in Swedish ones');

const messageKeySchema = z
  .object({
    from: z
      .enum(['link', 'link-full', 'attribute'])
      .optional()
      .describe(
        'Vad som skiljer meddelandena åt: länkens sökväg (link), hela länken med # (link-full) eller ett ' +
          'attribut (attribute) / what tells messages apart: the link’s path, the whole link with #, or an attribute',
      ),
    attribute: attributeNameSchema
      .optional()
      .describe('Attributet med meddelandets id, t.ex. data-id / the attribute holding the message’s id'),
    selector: cssSelectorSchema
      .optional()
      .describe(
        'Elementet i raden som bär attributet (standard: raden själv) / ' +
          'the element inside the row carrying the attribute (default: the row itself)',
      ),
  })
  .optional()
  .describe(
    'Hur ett meddelande identifieras (nyckeln hashas) / how a message is identified (the key is hashed)',
  );

const arrivalSchema = z
  .object({
    attributes: z
      .array(attributeNameSchema)
      .optional()
      .describe(
        'Attribut med maskinläsbar ankomsttid (ISO 8601), lästa före texten, t.ex. data-inkom / ' +
          'attributes holding a machine-readable arrival time (ISO 8601), read before the text',
      ),
  })
  .optional()
  .describe('Ledtrådar för att läsa ankomsttiden / hints for reading the arrival time');

/** The fields every profile has, built-in or defined by policy. */
const profileFields = {
  enabled: z.boolean().optional().describe('Kör kontrollerna på portalen / run the checks on this portal'),
  name: z
    .string()
    .min(1)
    .max(80)
    .optional()
    .describe('Portalens namn som användaren ser / the portal’s name as the clinician sees it'),
  urlPatterns: z
    .array(matchPatternSchema)
    .optional()
    .describe(
      'Matchningsmönster som ersätter de inbyggda: ange alla adresser portalen ska kännas igen på / ' +
        'match patterns that replace the built-in ones: list every address the portal is to be recognised on',
    ),
  pages: pagesSchema,
  selectors: selectorsSchema,
  statusWords: statusWordsSchema,
  statusWordsMode: z
    .enum(['extend', 'replace'])
    .optional()
    .describe(
      'extend: statusorden läggs till de inbyggda; replace: bara statusorden gäller / ' +
        'extend: the status words add to the built-in ones; replace: only these words count',
    ),
  messageKey: messageKeySchema,
  arrival: arrivalSchema,
  checks: z
    .array(z.enum(PORTAL_CHECK_IDS))
    .optional()
    .describe(
      'Kontrollerna som körs på portalen (standard: alla påslagna) / the checks that run here (default: all enabled)',
    ),
};

export const portalOverrideSchema = z.object({
  ...profileFields,
  enabled: z.boolean().default(true).describe('Kör kontrollerna på portalen / run the checks on this portal'),
});

/** A portal the extension has never heard of, defined by policy (`portals.custom.<id>`). */
export const customPortalSchema = z.object({
  ...profileFields,
  basedOn: z
    .enum(BUILT_IN_PORTAL_IDS)
    .optional()
    .describe(
      'Inbyggd portal vars sidor, väljare och ord gäller där inget annat anges (t.ex. en ny version bredvid den ' +
        'gamla) / built-in portal whose pages, selectors and words apply where nothing else is set',
    ),
  deadlineRule: deadlineRuleSchema
    .optional()
    .describe(
      'Portalens svarstidsregel, över den gemensamma / the portal’s deadline rule, over the common one',
    ),
  signatureTemplate: z
    .string()
    .max(2000)
    .optional()
    .describe(
      'Signaturmall för portalen (tom: standardmallen) / signature template for this portal (empty: the default)',
    ),
});

const BUILT_IN_NAMES: Record<BuiltInPortalId, string> = {
  '1177': '1177 e-tjänster, personalverktyget / 1177 staff tool',
  vardochhalsa: 'Vård och hälsa',
  sob: 'Stöd och behandling',
};

export const portalsSchema = z
  .object({
    ...(Object.fromEntries(
      BUILT_IN_PORTAL_IDS.map((id) => [id, portalOverrideSchema.prefault({}).describe(BUILT_IN_NAMES[id])]),
    ) as Record<BuiltInPortalId, z.ZodPrefault<typeof portalOverrideSchema>>),
    custom: z
      .record(z.string().regex(PORTAL_ID_PATTERN, { message: 'invalid-portal-id' }), customPortalSchema)
      .optional()
      .describe(
        'Portaler som tillägget inte känner till, nyckel = ett id (bokstäver a–z, siffror, _ och -) / ' +
          'portals the extension does not know, keyed by an id (letters a–z, digits, _ and -)',
      ),
    mappingAssistant: z
      .boolean()
      .default(true)
      .describe(
        'Kartläggningsläget för IT (visa vad tillägget känner igen, välj element, exportera profilen); av: ' +
          'varken läget eller ett lokalt utkast finns i webbläsaren / the mapping assistant for IT (see what the ' +
          'extension recognises, pick elements, export the profile); off: neither it nor a local draft is available',
      ),
  })
  .prefault({})
  .describe(
    'Portalernas adresser, sidor, väljare och ord / the portals’ addresses, pages, selectors and words',
  );

export type PortalOverride = z.output<typeof portalOverrideSchema>;
export type CustomPortal = z.output<typeof customPortalSchema>;
