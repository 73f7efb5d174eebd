/**
 * Words the portals use for dates, in lower case. Swedish first; the few English month names that differ are
 * accepted too, since a portal's date can come out of an English-locale component. Maps, not object literals,
 * so that junk such as "constructor 14:32" finds nothing.
 */
// prettier-ignore
export const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map(Object.entries({
  jan: 1, januari: 1, january: 1,
  feb: 2, febr: 2, februari: 2, february: 2,
  mar: 3, mars: 3, march: 3,
  apr: 4, april: 4,
  maj: 5, may: 5,
  jun: 6, juni: 6, june: 6,
  jul: 7, juli: 7, july: 7,
  aug: 8, augusti: 8, august: 8,
  sep: 9, sept: 9, september: 9,
  okt: 10, oktober: 10, oct: 10, october: 10,
  nov: 11, november: 11,
  dec: 12, december: 12,
}));

/** 0 = Sunday … 6 = Saturday. Two-letter forms ("må", "ti") are what some calendar widgets print. */
// prettier-ignore
export const WEEKDAY_NUMBERS: ReadonlyMap<string, number> = new Map(Object.entries({
  sön: 0, söndag: 0, sö: 0,
  mån: 1, måndag: 1, må: 1,
  tis: 2, tisdag: 2, ti: 2,
  ons: 3, onsdag: 3, on: 3,
  tor: 4, tors: 4, torsdag: 4, to: 4,
  fre: 5, fredag: 5, fr: 5,
  lör: 6, lördag: 6, lö: 6,
}));

/** "idag", "i dag", "igår", "i förrgår" …: how many days back from today. */
export function daysBackFromWord(word: string): number | undefined {
  const compact = word.replace(/\s+/g, '');
  if (compact === 'idag') return 0;
  if (compact === 'igår') return 1;
  if (/^i?förr?går$/.test(compact)) return 2; // "förgår" is a common misspelling of "förrgår"
  return undefined;
}

/** Labels some portals put before the date ("Inkom: 25 nov 14:32"); the element may include them. */
export const LEADING_LABEL =
  /^(?:inkom(?:met)?|mottag(?:et|en)|ankom|skickat|skickad|datum|received|arrived)\s*:?\s*/;

// \s covers no-break spaces too; portals put them between day and month.
const WHITESPACE = /\s+/g;

/** NFC (å typed as a + ring), lower case, one plain space between words. */
export function normalizeDateText(text: string): string {
  return text.normalize('NFC').replace(WHITESPACE, ' ').trim().toLowerCase();
}
