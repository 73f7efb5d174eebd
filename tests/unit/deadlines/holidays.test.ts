import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { dayFromIso, isoFromDay } from '../../../lib/deadlines/civil-day';
import { swedishHolidays } from '../../../lib/deadlines/holidays';

/** What date-holidays' SE data says, with the library's default types (everything). */
function typesByName(year: number): Map<string, string> {
  return new Map(new Holidays('SE').getHolidays(year).map((holiday) => [holiday.name, holiday.type]));
}

describe("date-holidays' Swedish data (pinned: the calendar relies on these types)", () => {
  it.each([2025, 2026, 2027, 2030])(
    '%i: the holiday eves are type bank, the half-day eves optional',
    (year) => {
      const types = typesByName(year);
      expect(types.get('midsommarafton')).toBe('bank');
      expect(types.get('julafton')).toBe('bank');
      expect(types.get('nyårsafton')).toBe('bank');
      expect(types.get('trettondagsafton')).toBe('optional');
      expect(types.get('valborgsmässoafton')).toBe('optional');
      expect(types.get('allhelgonaafton')).toBe('optional');
    },
  );

  it.each([2025, 2026, 2027, 2030])(
    '%i: Lucia, annandag pingst and skärtorsdagen are observances',
    (year) => {
      const types = typesByName(year);
      expect(types.get('Luciadagen')).toBe('observance');
      expect(types.get('annandag pingst')).toBe('observance');
      expect(types.get('skärtorsdagen')).toBe('observance');
      expect(types.get('Kristi himmelsfärdsdag')).toBe('public');
      expect(types.get('nationaldagen')).toBe('public');
    },
  );

  it('has no other bank-type days than the three eves', () => {
    for (let year = 2024; year <= 2035; year += 1) {
      const bank = new Holidays('SE').getHolidays(year).filter((holiday) => holiday.type === 'bank');
      expect(bank.map((holiday) => holiday.name).sort()).toEqual([
        'julafton',
        'midsommarafton',
        'nyårsafton',
      ]);
    }
  });
});

describe('swedishHolidays', () => {
  it('lists the public holidays and the three eves of 2026, nothing else', () => {
    expect([...swedishHolidays(2026)].sort((a, b) => a - b).map(isoFromDay)).toEqual([
      '2026-01-01', // nyårsdagen
      '2026-01-06', // trettondedag jul
      '2026-04-03', // långfredagen
      '2026-04-05', // påskdagen
      '2026-04-06', // annandag påsk
      '2026-05-01', // första maj
      '2026-05-14', // Kristi himmelsfärdsdag
      '2026-05-24', // pingstdagen
      '2026-06-06', // nationaldagen
      '2026-06-19', // midsommarafton
      '2026-06-20', // midsommardagen
      '2026-10-31', // alla helgons dag
      '2026-12-24', // julafton
      '2026-12-25', // juldagen
      '2026-12-26', // annandag jul
      '2026-12-31', // nyårsafton
    ]);
  });

  it('follows the movable feasts from year to year', () => {
    const has = (iso: string) => swedishHolidays(Number(iso.slice(0, 4))).has(dayFromIso(iso) ?? Number.NaN);
    expect(has('2027-03-26')).toBe(true); // långfredagen 2027
    expect(has('2027-05-06')).toBe(true); // Kristi himmelsfärdsdag 2027
    expect(has('2027-06-25')).toBe(true); // midsommarafton 2027
    expect(has('2027-11-06')).toBe(true); // alla helgons dag 2027
    expect(has('2026-06-26')).toBe(false);
  });

  it('hands out the same set for a year on every call (computed once)', () => {
    expect(swedishHolidays(2031)).toBe(swedishHolidays(2031));
  });
});
