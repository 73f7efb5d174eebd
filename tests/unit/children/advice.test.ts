import { describe, expect, it } from 'vitest';
import type { DateParts } from '../../../lib/deadlines/civil-day';
import { readPatient } from '../../../lib/checks/children/advice';
import { identityNumber } from './test-numbers';

const TODAY: DateParts = { year: 2026, month: 12, day: 6 };
const bornYearsAgo = (years: number, offsetDays = 0): DateParts => {
  const date = new Date(Date.UTC(TODAY.year - years, TODAY.month - 1, TODAY.day + offsetDays));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
};
const field = (years: number, offsetDays = 0) =>
  `Maja Testsson ${identityNumber(bornYearsAgo(years, offsetDays))}`;

describe('what the hint says about a patient', () => {
  it('a child under 13: own flows, neither Journalen nor Läkemedelskollen yet', () => {
    expect(readPatient(field(12), false, TODAY)).toEqual({
      kind: 'child',
      advice: { group: 'under13', journalen: false, protectedIdentity: false },
    });
  });

  it('13 on the birthday itself, 12 the day before', () => {
    expect(readPatient(field(13), false, TODAY)).toMatchObject({ advice: { group: '13to17' } });
    expect(readPatient(field(13, 1), false, TODAY)).toMatchObject({ advice: { group: 'under13' } });
  });

  it('Journalen opens at 16, not the day before', () => {
    expect(readPatient(field(16), false, TODAY)).toMatchObject({ advice: { journalen: true } });
    expect(readPatient(field(16, 1), false, TODAY)).toMatchObject({ advice: { journalen: false } });
  });

  it('no hint from the 18th birthday on: an adult', () => {
    expect(readPatient(field(18), false, TODAY)).toEqual({ kind: 'adult' });
    expect(readPatient(field(18, 1), false, TODAY)).toMatchObject({ kind: 'child' });
    expect(readPatient(field(90), true, TODAY)).toEqual({ kind: 'adult' });
  });

  it('carries the portal’s protected-identity mark for a child', () => {
    expect(readPatient(field(9), true, TODAY)).toMatchObject({ advice: { protectedIdentity: true } });
  });

  it('a samordningsnummer counts like a personnummer', () => {
    const number = identityNumber(bornYearsAgo(15), { coordination: true });
    expect(readPatient(number, false, TODAY)).toMatchObject({ advice: { group: '13to17' } });
  });

  it('no hint from a number with a wrong check digit, or no number at all', () => {
    const wrong = identityNumber(bornYearsAgo(9), { wrongCheck: true });
    expect(readPatient(wrong, false, TODAY)).toEqual({ kind: 'unreadable' });
    expect(readPatient('Maja Testsson', false, TODAY)).toEqual({ kind: 'unreadable' });
  });
});
