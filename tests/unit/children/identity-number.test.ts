import { describe, expect, it } from 'vitest';
import { partsFromDay, type DateParts } from '../../../lib/deadlines/civil-day';
import { swedishDayOf } from '../../../lib/deadlines/stockholm-time';
import {
  ageOn,
  findIdentityNumber,
  luhnValid,
  parseIdentityNumber,
} from '../../../lib/checks/children/identity-number';
import { checkDigit, identityNumber } from './test-numbers';

const day = (year: number, month: number, dayOfMonth: number): DateParts => ({
  year,
  month,
  day: dayOfMonth,
});
/** A fixed day for the tests that write their numbers out by hand. */
const SAINT_NICHOLAS_2026 = day(2026, 12, 6);

function ageOf(number: string, today: DateParts): number | string {
  const parsed = parseIdentityNumber(number, today);
  return parsed.ok ? ageOn(parsed.birth, today) : parsed.reason;
}

describe('the check digit', () => {
  // Skatteverket's published examples: its test person "Tolvan", a personnummer and a samordningsnummer.
  it.each(['1212121212', '8112289874', '7010632391'])('accepts the published example %s', (digits) => {
    expect(luhnValid(digits)).toBe(true);
    expect(checkDigit(digits.slice(0, 9))).toBe(Number(digits[9]));
  });

  it('refuses every other last digit, and says that it is the check digit', () => {
    for (let last = 0; last <= 9; last += 1) {
      if (last === 4) continue;
      expect(parseIdentityNumber(`811228-987${last}`, SAINT_NICHOLAS_2026)).toEqual({
        ok: false,
        reason: 'check-digit',
      });
    }
  });
});

describe('the forms a portal may print', () => {
  it.each([
    ['19121212-1212', 113],
    ['191212121212', 113],
    ['121212+1212', 113],
    ['121212-1212', 13],
    ['1212121212', 13],
    ['811228-9874', 44],
    ['811228 9874', 44],
    ['8112289874', 44],
    ['19811228-9874', 44],
  ])('%s is %i years old on 6 Dec 2026', (number, age) => {
    expect(ageOf(number, SAINT_NICHOLAS_2026)).toBe(age);
  });

  it('reads a samordningsnummer as the day of birth plus 60', () => {
    const parsed = parseIdentityNumber('701063-2391', SAINT_NICHOLAS_2026);
    expect(parsed).toEqual({ ok: true, kind: 'samordningsnummer', birth: day(1970, 10, 3) });
    expect(parseIdentityNumber('19701063-2391', SAINT_NICHOLAS_2026)).toEqual(parsed);
    expect(parseIdentityNumber('811228-9874', SAINT_NICHOLAS_2026)).toMatchObject({ kind: 'personnummer' });
  });

  it('refuses what is no such number: wrong length, letters, a day that does not exist', () => {
    for (const text of ['81122-9874', '811228-98741', 'abcdef-ghij', '', '2026-12-06']) {
      expect(parseIdentityNumber(text, SAINT_NICHOLAS_2026), text).toEqual({ ok: false, reason: 'format' });
    }
    expect(ageOf(identityNumber(day(1981, 11, 31)), SAINT_NICHOLAS_2026)).toBe('date');
    expect(ageOf(identityNumber(day(1981, 13, 1)), SAINT_NICHOLAS_2026)).toBe('date');
    // A samordningsnummer's day runs 61–91: 92 would be the 32nd.
    expect(ageOf(identityNumber(day(1981, 1, 32), { coordination: true }), SAINT_NICHOLAS_2026)).toBe('date');
  });

  it('refuses a birth after today', () => {
    expect(ageOf(identityNumber(day(2026, 12, 7)), SAINT_NICHOLAS_2026)).toBe('future');
    // With `-` a 10-digit number lies in the last hundred years: "261207" is 7 Dec 2026, tomorrow.
    expect(ageOf(identityNumber(day(2026, 12, 7), { form: 10 }), SAINT_NICHOLAS_2026)).toBe('future');
  });
});

describe('the century of a 10-digit number', () => {
  it('is within the last hundred years with `-`, a hundred years earlier with `+`', () => {
    const born1925 = identityNumber(day(1925, 6, 1), { form: 10, sign: '+' });
    expect(ageOf(born1925, SAINT_NICHOLAS_2026)).toBe(101);
    const born2025 = identityNumber(day(2025, 6, 1), { form: 10, sign: '-' });
    expect(born2025.slice(0, 6)).toBe(born1925.slice(0, 6));
    expect(ageOf(born2025, SAINT_NICHOLAS_2026)).toBe(1);
  });

  it('takes `+` from the year the person turns 100 (Skatteverket), before the birthday too', () => {
    expect(ageOf(identityNumber(day(1926, 12, 31), { form: 10, sign: '+' }), SAINT_NICHOLAS_2026)).toBe(99);
    expect(ageOf(identityNumber(day(1927, 1, 1), { form: 10, sign: '-' }), SAINT_NICHOLAS_2026)).toBe(99);
  });

  it('is the same for no separator as for `-`', () => {
    expect(ageOf(identityNumber(day(1999, 3, 4), { form: 10, sign: '' }), SAINT_NICHOLAS_2026)).toBe(27);
  });
});

describe('leap days', () => {
  const leapChild = identityNumber(day(2008, 2, 29));
  it('a child born on 29 February 2008 turns 18 on 1 March in a year without 29 February', () => {
    expect(ageOf(leapChild, day(2026, 2, 28))).toBe(17);
    expect(ageOf(leapChild, day(2026, 3, 1))).toBe(18);
  });

  it('and on 29 February itself in a leap year', () => {
    expect(ageOf(leapChild, day(2024, 2, 28))).toBe(15);
    expect(ageOf(leapChild, day(2024, 2, 29))).toBe(16);
  });

  it('reads the samordningsnummer of a leap-day birth (day 89)', () => {
    const number = identityNumber(day(2008, 2, 29), { coordination: true, form: 10 });
    expect(number.slice(4, 6)).toBe('89');
    expect(parseIdentityNumber(number, day(2026, 3, 1))).toEqual({
      ok: true,
      kind: 'samordningsnummer',
      birth: day(2008, 2, 29),
    });
  });

  it('knows that 1900 had no 29 February and 2000 had one', () => {
    expect(ageOf(identityNumber(day(2000, 2, 29), { form: 10 }), SAINT_NICHOLAS_2026)).toBe(26);
    // "000229+…" would be 29 Feb 1900, a day that never was.
    const number = identityNumber(day(2000, 2, 29), { form: 10, sign: '+' });
    expect(ageOf(number, SAINT_NICHOLAS_2026)).toBe('date');
    expect(ageOf(`19${identityNumber(day(2000, 2, 29), { form: 10 })}`, SAINT_NICHOLAS_2026)).toBe('date');
  });
});

describe('today, whatever day the tests run', () => {
  const todayNumber = swedishDayOf(new Date());
  const today = partsFromDay(todayNumber);
  const tomorrow = partsFromDay(todayNumber + 1);
  // Ages that are multiples of 4: the same day exists that many years ago even when today is 29 February.
  it.each([12, 16])('someone born on this day %i years ago is %i today', (years) => {
    const birth = { ...today, year: today.year - years };
    expect(ageOf(identityNumber(birth), today)).toBe(years);
    expect(ageOf(identityNumber(birth, { form: 10 }), today)).toBe(years);
    expect(ageOf(identityNumber(birth, { coordination: true }), today)).toBe(years);
  });

  it.each([12, 16])('someone whose %i-year birthday is tomorrow is one year younger today', (years) => {
    const birth = { ...tomorrow, year: tomorrow.year - years };
    expect(ageOf(identityNumber(birth), today)).toBe(years - 1);
  });
});

describe('finding the number in the patient field', () => {
  it('finds it beside a name, in any of its forms', () => {
    expect(findIdentityNumber('Maja Testsson, 19121212-1212')).toBe('19121212-1212');
    expect(findIdentityNumber('Personnummer: 121212+1212 (skyddad)')).toBe('121212+1212');
    expect(findIdentityNumber('Olle 8112289874')).toBe('8112289874');
  });

  it('does not take digits glued to other digits, or a date', () => {
    expect(findIdentityNumber('Ärende 1041231212121212')).toBeUndefined();
    expect(findIdentityNumber('Inkommet 2026-11-25 14:32')).toBeUndefined();
    expect(findIdentityNumber('Maja Testsson')).toBeUndefined();
  });
});
