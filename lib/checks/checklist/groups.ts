/** The checklist's groups, in the guideline's order (Förberedelser, Omgivning, Klädsel, Distansarbete, Inloggning). */
export const CHECKLIST_GROUPS = [
  'technology',
  'environment',
  'clothing',
  'remoteWork',
  'patientIdentity',
] as const;
export type ChecklistGroup = (typeof CHECKLIST_GROUPS)[number];

/** Locale keys of the group headings. */
export const GROUP_TITLE_KEYS: Record<ChecklistGroup, string> = {
  technology: 'checklistGroupTechnology',
  environment: 'checklistGroupEnvironment',
  clothing: 'checklistGroupClothing',
  remoteWork: 'checklistGroupRemoteWork',
  patientIdentity: 'checklistGroupPatientIdentity',
};
