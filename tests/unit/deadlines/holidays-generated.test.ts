import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIRST_YEAR, LAST_YEAR, TABLE_FILE, TABLE_TYPES, daysOffOf } from '../../../scripts/gen-holidays';
import { HOLIDAY_TYPES, swedishHolidays } from '../../../lib/deadlines/holidays';
import {
  DAYS_OFF_MMDD,
  FIRST_TABLE_YEAR,
  LAST_TABLE_YEAR,
} from '../../../lib/deadlines/holidays-se.generated';
import { isoFromDay } from '../../../lib/deadlines/civil-day';

/**
 * The extension reads Swedish holidays from a generated table (lib/deadlines/holidays-se.generated.ts) so that
 * date-holidays stays out of its bundles. The library remains the source of truth: after an update of its data this
 * fails, and `node scripts/gen-holidays.ts` writes the table again.
 */
describe('the generated holiday table', () => {
  it('is generated with the same types the calendar counts', () => {
    expect([...TABLE_TYPES]).toEqual([...HOLIDAY_TYPES]);
  });

  it('covers the years the generator was asked for, one line each', () => {
    expect([FIRST_TABLE_YEAR, LAST_TABLE_YEAR]).toEqual([FIRST_YEAR, LAST_YEAR]);
    expect(DAYS_OFF_MMDD).toHaveLength(LAST_YEAR - FIRST_YEAR + 1);
  });

  it('holds exactly what date-holidays says for every year (else run node scripts/gen-holidays.ts)', () => {
    const stale: string[] = [];
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year += 1) {
      const fromLibrary = daysOffOf(year).map((mmdd) => `${year}-${mmdd.slice(0, 2)}-${mmdd.slice(2)}`);
      const fromTable = [...swedishHolidays(year)].sort((a, b) => a - b).map(isoFromDay);
      if (fromTable.join() !== fromLibrary.join()) stale.push(String(year));
    }
    expect(stale).toEqual([]);
  });

  it('says which library version wrote it', () => {
    const pkg = JSON.parse(readFileSync('node_modules/date-holidays/package.json', 'utf8')) as {
      version: string;
    };
    expect(readFileSync(TABLE_FILE, 'utf8')).toContain(`date-holidays ${pkg.version}`);
  });

  it('refuses a year outside the table instead of counting it without holidays', () => {
    expect(() => swedishHolidays(FIRST_YEAR - 1)).toThrow(RangeError);
    expect(() => swedishHolidays(LAST_YEAR + 1)).toThrow(RangeError);
  });
});
