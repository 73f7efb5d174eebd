import { z } from 'zod';
import { CHILDREN_IN_VARD_OCH_HALSA, IDENTIFICATION_ROUTINE } from '../checklist/items';
import { isHttpUrl } from '../checklist/settings';

/**
 * The public pages the guideline names (rubrik Inloggning och identitetskontroll, references 6 and 7, and the
 * description of the flows for children in Vård och hälsa). IT replaces them with the unit's own routines by policy.
 */
export const DEFAULT_CHILD_LINKS = {
  children: CHILDREN_IN_VARD_OCH_HALSA,
  guardianAccess:
    'https://www.vgregion.se/halsa-och-vard/vardgivarwebben/it/e-tjanster/jvn/rutiner-och-styrande-dokument-barn-jvn/',
  identification: IDENTIFICATION_ROUTINE,
} as const;

/** An http(s) address, or '' to leave the link out. */
const link = (fallback: string, description: string) =>
  z
    .string()
    .refine((value) => value === '' || isHttpUrl(value), { message: 'invalid-url' })
    .default(fallback)
    .describe(description);

export const childrenSettingsSchema = z
  .object({
    enabled: z
      .boolean()
      .default(true)
      .describe(
        'Tips om rutinerna för barn när patienten är under 18 år (åldern räknas i minnet, sparas aldrig) / ' +
          'a hint with the routines for children when the patient is under 18 (age computed in memory, never stored)',
      ),
    links: z
      .object({
        children: link(
          DEFAULT_CHILD_LINKS.children,
          'Rutin för barn i Vård och hälsa (tomt: ingen länk) / routine for children in Vård och hälsa (empty: no link)',
        ),
        guardianAccess: link(
          DEFAULT_CHILD_LINKS.guardianAccess,
          'Regelverk för vårdnadshavares åtkomst till barnets journal (tomt: ingen länk) / ' +
            'rules for a guardian’s access to the child’s record (empty: no link)',
        ),
        identification: link(
          DEFAULT_CHILD_LINKS.identification,
          'Rutin för inloggning och identifiering (tomt: ingen länk) / ' +
            'routine for login and identification (empty: no link)',
        ),
      })
      .prefault({}),
  })
  .prefault({});

export type ChildrenSettings = z.output<typeof childrenSettingsSchema>;
