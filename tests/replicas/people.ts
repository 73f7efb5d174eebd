/**
 * Fake people for the replicas. Surnames are made up to be obviously fictitious (Testsson, Exempelberg …) so that
 * no screenshot or fixture can be mistaken for patient data. No personal identity numbers anywhere.
 */
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
