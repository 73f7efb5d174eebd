/**
 * Made-up identity numbers for the tests, with a check digit worked out here independently of the extension's
 * Luhn code (and held to Skatteverket's published examples in identity-number.test.ts). None belongs to a person
 * the tests know of: the serial 239/238 and the dates are chosen by the tests.
 */
import type { DateParts } from '../../../lib/deadlines/civil-day';

/** The check digit of the nine digits YYMMDDNNN. */
export function checkDigit(nine: string): number {
  const sum = [...nine].reduce((total, char, index) => {
    const product = Number(char) * (index % 2 === 0 ? 2 : 1);
    return total + Math.floor(product / 10) + (product % 10);
  }, 0);
  return (10 - (sum % 10)) % 10;
}

const two = (n: number) => String(n).padStart(2, '0');

/**
 * A number for someone born on `birth`: `form` 12 gives YYYYMMDD-NNNN, 10 gives YYMMDD-NNNN (or with `+`);
 * `coordination` adds 60 to the day (samordningsnummer); `wrongCheck` spoils the last digit.
 */
export function identityNumber(
  birth: DateParts,
  options: { form?: 10 | 12; sign?: '-' | '+' | ''; coordination?: boolean; wrongCheck?: boolean } = {},
): string {
  const { form = 12, sign = '-', coordination = false, wrongCheck = false } = options;
  const day = coordination ? birth.day + 60 : birth.day;
  const nine = `${two(birth.year % 100)}${two(birth.month)}${two(day)}239`;
  const check = (checkDigit(nine) + (wrongCheck ? 1 : 0)) % 10;
  const century = form === 12 ? String(Math.floor(birth.year / 100)) : '';
  return `${century}${nine.slice(0, 6)}${sign}${nine.slice(6)}${check}`;
}
