import { EXPECTED_KEYS, type PolicyObject } from './values';

/**
 * The annotated example: what Södra Älvsborgs Sjukhus (SÄS) would set. Only the parts that are the same for
 * everyone at the hospital are set centrally (and so locked); each clinician fills in name, title, unit and phone.
 * A unit test checks every path against the schema and every value against the extension's validation, so the
 * example cannot drift from the keys the extension has.
 */
export interface ExampleEntry {
  path: string;
  value: unknown;
  note: { sv: string; en: string };
}

export const SAS_NAME = 'Södra Älvsborgs Sjukhus (SÄS)';

export const SAS_EXAMPLE: readonly ExampleEntry[] = [
  {
    path: 'profile.hospital',
    value: 'Södra Älvsborgs Sjukhus',
    note: {
      sv: 'Samma för alla: sätts här och visas låst. Namn, titel, enhet och telefon fyller var och en i själv.',
      en: 'The same for everyone: set here and shown locked. Each clinician fills in name, title, unit and phone.',
    },
  },
  {
    path: 'profile.switchboard',
    value: '033-616 10 00',
    note: {
      sv: 'Sjukhusets växel, med i signaturen i skriftliga svar.',
      en: "The hospital's switchboard, part of the signature in written replies.",
    },
  },
  {
    path: 'profile.web',
    value: 'https://www.vgregion.se/sas',
    note: {
      sv: 'Sjukhusets webbadress, med i signaturen.',
      en: "The hospital's web address, part of the signature.",
    },
  },
  {
    path: 'checks.presence.enabled',
    value: true,
    note: {
      sv: 'Markeringen "Vårdmöteskollen är aktiv" syns på portalerna, så att alla ser att kontrollerna körs.',
      en: 'The "Vårdmöteskollen är aktiv" mark shows on the portals, so everyone sees that the checks run.',
    },
  },
];

/** The example as a policy: flat keys, and `policy.expectedKeys` naming them, so a dropped one is shown. */
export function examplePolicy(entries: readonly ExampleEntry[] = SAS_EXAMPLE): PolicyObject {
  const policy: PolicyObject = Object.fromEntries(entries.map((entry) => [entry.path, entry.value]));
  return { ...policy, [EXPECTED_KEYS]: Object.keys(policy) };
}
