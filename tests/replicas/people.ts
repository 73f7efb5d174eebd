/**
 * Fake people for the replicas. Surnames are made up to be obviously fictitious (Testsson, Exempelberg …) so that
 * no screenshot or fixture can be mistaken for patient data. The patients' personal identity numbers are made up
 * too (`fakeIdentityNumber`): generated from the replica's clock, with a valid check digit and the serial 98x.
 */
import { localParts } from './time.ts';
const FIRST_NAMES = [
  'Karin',
  'Erik',
  'Maja',
  'Olle',
  'Fatima',
  'Lars',
  'Sara',
  'Ahmed',
  'Ingrid',
  'Johan',
  'Leila',
  'Nils',
  'Aino',
  'Mehmet',
  'Astrid',
  'Viktor',
  'Elsa',
  'Hassan',
  'Greta',
  'Tove',
];
const SURNAMES = [
  'Testsson',
  'Exempelberg',
  'Provström',
  'Demoqvist',
  'Fiktivsson',
  'Påhittsdotter',
  'Låtsasson',
  'Testlund',
  'Exempeldal',
  'Provkvist',
  'Skenholm',
  'Dummysson',
  'Modellgren',
];

/** A deterministic fake name for index `i` (the same index always gives the same name). */
export function fakeName(i: number): string {
  const first = FIRST_NAMES[i % FIRST_NAMES.length]!;
  const last = SURNAMES[Math.floor(i / FIRST_NAMES.length + i * 7) % SURNAMES.length]!;
  return `${first} ${last}`;
}

export function initials(name: string): string {
  return name
    .split(/\s+/)
    .map((part) => part.charAt(0).toUpperCase())
    .join('')
    .slice(0, 2);
}

/** The clinician the replicas are logged in as. HSA-id in an obviously fake test format. */
export const CLINICIAN = {
  firstName: 'Eva',
  lastName: 'Exempeldotter',
  title: 'Distriktssköterska',
  hsaId: 'SE0000000000-TEST01',
  email: 'eva.exempeldotter@exempel.invalid',
  mobile: '070-000 00 00',
} as const;

export const CLINICIAN_NAME = `${CLINICIAN.firstName} ${CLINICIAN.lastName}`;

export const COLLEAGUES = ['Johan Provare', 'Lena Testqvist', 'Omar Exempelsson'] as const;

/** The check digit (Luhn) of the nine digits YYMMDDNNN. */
function checkDigit(nine: string): number {
  const sum = [...nine].reduce((total, char, index) => {
    const product = Number(char) * (index % 2 === 0 ? 2 : 1);
    return total + Math.floor(product / 10) + (product % 10);
  }, 0);
  return (10 - (sum % 10)) % 10;
}

/**
 * A made-up personnummer (YYYYMMDD-NNNN) for someone `years` old and `days` past their last birthday on the
 * Swedish day of `now`, so that a replica's child stays a child, with an age that is not on a birthday edge, on any
 * day the replica runs. `coordination` adds 60 to the day (a samordningsnummer). `serial` (0–9) picks the number.
 */
export function fakeIdentityNumber(
  now: Date,
  years: number,
  options: { days?: number; serial?: number; coordination?: boolean } = {},
): string {
  const { days = 100, serial = 0, coordination = false } = options;
  const today = localParts(now);
  const birth = new Date(Date.UTC(today.year - years, today.month - 1, today.day - days));
  const two = (n: number) => String(n).padStart(2, '0');
  const day = birth.getUTCDate() + (coordination ? 60 : 0);
  const nine = `${two(birth.getUTCFullYear() % 100)}${two(birth.getUTCMonth() + 1)}${two(day)}98${serial % 10}`;
  return `${Math.floor(birth.getUTCFullYear() / 100)}${nine.slice(0, 6)}-${nine.slice(6)}${checkDigit(nine)}`;
}
