import type { DateParts } from '../../deadlines/civil-day';
import { ageOn, findIdentityNumber, parseIdentityNumber } from './identity-number';

/** The guideline's age groups for children (rubrik Inloggning och identitetskontroll). */
export type AgeGroup = 'under13' | '13to17';

/** The e-services with a higher age limit than the others: patients cannot log in before these birthdays. */
export const AGE_LIMITS = { journalen: 16, lakemedelskollen: 18 } as const;

/**
 * What the hint says about a patient. Only an age group and two yes/no answers: neither the number nor the
 * birth date leaves the function that reads them.
 */
export interface ChildAdvice {
  group: AgeGroup;
  /** Old enough for Journalen (16). */
  journalen: boolean;
  /** The portal marks the patient as having protected identity. */
  protectedIdentity: boolean;
}

/** What reading the patient field gave: advice for a child, nothing for an adult, or a number that is not valid. */
export type Reading = { kind: 'child'; advice: ChildAdvice } | { kind: 'adult' } | { kind: 'unreadable' };

export function groupOf(age: number): AgeGroup | undefined {
  if (age < 13) return 'under13';
  if (age < 18) return '13to17';
  return undefined;
}

/** Reads the patient field's text as of `today` (Swedish calendar day). */
export function readPatient(text: string, protectedIdentity: boolean, today: DateParts): Reading {
  const candidate = findIdentityNumber(text);
  if (candidate === undefined) return { kind: 'unreadable' };
  const parsed = parseIdentityNumber(candidate, today);
  if (!parsed.ok) return { kind: 'unreadable' };
  const age = ageOn(parsed.birth, today);
  const group = groupOf(age);
  if (!group) return { kind: 'adult' };
  return {
    kind: 'child',
    advice: { group, journalen: age >= AGE_LIMITS.journalen, protectedIdentity },
  };
}
