import { dayFromParts, type DateParts } from '../../deadlines/civil-day';

/**
 * Swedish personal identity numbers (personnummer, Skatteverket SKV 704) and coordination numbers
 * (samordningsnummer, SKV 707: the day of birth plus 60), read only to tell a patient's age. The number itself is
 * never kept: callers read the birth date from it and let the text go.
 *
 * Forms accepted: `YYYYMMDD-NNNN`, `YYYYMMDDNNNN`, `YYMMDD-NNNN`, `YYMMDDNNNN` and `YYMMDD+NNNN` (the `+` that
 * Skatteverket writes from the year the person turns 100). A space may stand for the `-`.
 */
export type IdentityKind = 'personnummer' | 'samordningsnummer';

export type ParsedIdentity =
  | { ok: true; kind: IdentityKind; birth: DateParts }
  | {
      ok: false;
      /** format: not such a number; check-digit: the last digit is wrong; date: no such day of birth (or no
       * year); future: born after today */
      reason: 'format' | 'check-digit' | 'date' | 'future';
    };

const FORM = /^(\d{2})?(\d{2})(\d{2})(\d{2})([-+ ]?)(\d{3})(\d)$/;
const COORDINATION_DAY_OFFSET = 60;

/** Luhn (mod 10) over the ten digits YYMMDDNNN + check digit: true when the check digit fits. */
export function luhnValid(tenDigits: string): boolean {
  if (!/^\d{10}$/.test(tenDigits)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i += 1) {
    const digit = Number(tenDigits[i]);
    const weighted = i % 2 === 0 ? digit * 2 : digit;
    sum += weighted > 9 ? weighted - 9 : weighted;
  }
  return sum % 10 === 0;
}

/** Full years from `birth` to `today`. Born on 29 February: a year older on 1 March in a year without that day. */
export function ageOn(birth: DateParts, today: DateParts): number {
  const beforeBirthday = today.month < birth.month || (today.month === birth.month && today.day < birth.day);
  return today.year - birth.year - (beforeBirthday ? 1 : 0);
}

function notAfter(a: DateParts, b: DateParts): boolean {
  return a.year !== b.year ? a.year < b.year : a.month !== b.month ? a.month < b.month : a.day <= b.day;
}

/**
 * The year of birth of a 10-digit number. Skatteverket writes `-` until the year the person turns 100 and `+` from
 * that year on: so with `-` the year lies within the last 99 years, with `+` a hundred years before that.
 */
function yearOfShortForm(yy: number, plus: boolean, today: DateParts): number {
  const base = plus ? today.year - 100 : today.year;
  return base - ((((base - yy) % 100) + 100) % 100);
}

/** Reads a personnummer or samordningsnummer as of `today` (the Swedish calendar day). */
export function parseIdentityNumber(text: string, today: DateParts): ParsedIdentity {
  const match = FORM.exec(text.trim());
  if (!match) return { ok: false, reason: 'format' };
  const [, century, yy = '', mm = '', dd = '', sign = '', serial = '', check = ''] = match;
  if (!luhnValid(`${yy}${mm}${dd}${serial}${check}`)) return { ok: false, reason: 'check-digit' };
  const month = Number(mm);
  const written = Number(dd);
  const kind: IdentityKind = written > COORDINATION_DAY_OFFSET ? 'samordningsnummer' : 'personnummer';
  const day = kind === 'samordningsnummer' ? written - COORDINATION_DAY_OFFSET : written;
  let year: number;
  if (century !== undefined) {
    year = Number(`${century}${yy}`);
  } else {
    year = yearOfShortForm(Number(yy), sign === '+', today);
  }
  // 29 February exists in 2000 but not in 1900: the date is checked in the year the number gives.
  if (dayFromParts(year, month, day) === undefined) return { ok: false, reason: 'date' };
  if (!notAfter({ year, month, day }, today)) return { ok: false, reason: 'future' };
  return { ok: true, kind, birth: { year, month, day } };
}

/**
 * The first thing in `text` shaped like an identity number (digits not glued to other digits), or undefined. The
 * portal's patient field may hold a name and the number together ("Maja Testsson, ÅÅÅÅMMDD-NNNN").
 */
export function findIdentityNumber(text: string): string | undefined {
  return /(?<!\d)(?:\d{8}|\d{6})[-+ ]?\d{4}(?!\d)/.exec(text)?.[0];
}
