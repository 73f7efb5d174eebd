/**
 * In-memory state of the 1177 staff tool replica: the clinic's ärenden and the clinician's settings.
 * Arrival times are laid out relative to "now", so the list always holds fresh and overdue ärenden.
 */
import { CLINICIAN, CLINICIAN_NAME, COLLEAGUES, fakeIdentityNumber, fakeName } from '../people.ts';
import { DAY, HOUR, MINUTE, atMinute, formatDate } from '../time.ts';

export type ArendeStatus = 'obesvarat' | 'besvarat' | 'avslutat';
/** How the list prints the arrival time (invented; the real list's format is unknown, so several are used). */
export type ArrivalFormat = 'iso' | 'long' | 'dayMonth';

export interface ArendeMessage {
  from: 'invanare' | 'personal';
  author: string;
  at: Date;
  text: string;
  /** Staff replies: the signature the tool appended on sending (outside the text the clinician wrote). */
  signature?: string;
}

export interface Arende {
  id: string;
  typ: string;
  invanare: string;
  /** Made up, from the server's clock (see people.ts); shown in the case view only. */
  personnummer: string;
  skyddadIdentitet: boolean;
  mottagning: string;
  inkommet: Date;
  arrivalFormat: ArrivalFormat;
  /** Only some rows carry a machine-readable `<time datetime>`, so both reading paths are exercised. */
  machineTime: boolean;
  status: ArendeStatus;
  handlaggare: string | null;
  messages: ArendeMessage[];
}

export const MOTTAGNING = 'Vårdcentralen Exempelby';
const BVC = 'BVC Exempelby';

export const ARENDETYPER = [
  'Förnya recept',
  'Önskemål om tid',
  'Kontakta mottagningen',
  'Förnya hjälpmedel',
  'Lämna synpunkter',
] as const;

const QUESTIONS: Record<string, string> = {
  'Förnya recept': 'Hej! Jag behöver förnya mitt recept på blodtrycksmedicin, det tar slut nästa vecka.',
  'Önskemål om tid':
    'Hej, jag skulle vilja boka en tid för uppföljning av mitt eksem. Jag kan helst förmiddagar.',
  'Kontakta mottagningen': 'Jag har haft hosta i tre veckor och undrar om jag behöver komma in.',
  'Förnya hjälpmedel': 'Mina kompressionsstrumpor behöver förnyas. Kan ni skicka en ny förskrivning?',
  'Lämna synpunkter': 'Jag vill lämna synpunkter på väntetiden i telefon förra veckan.',
};

interface Seed {
  typ: (typeof ARENDETYPER)[number];
  ago: number;
  status: ArendeStatus;
  format: ArrivalFormat;
  machineTime: boolean;
  mine?: boolean;
  colleague?: number;
  skyddad?: boolean;
  bvc?: boolean;
  /** The resident's age (default: an adult, by index); `samordning`: a samordningsnummer. */
  age?: number;
  samordning?: boolean;
}

/**
 * Twelve ärenden: 6 obesvarade, 4 besvarade, 2 avslutade; all three date formats, with and without `<time>`.
 * Residents: four children (4 at the BVC, 9 with protected identity, 15, and 17), one adult with a
 * samordningsnummer, the rest adults.
 */
const SEEDS: readonly Seed[] = [
  { typ: 'Förnya recept', ago: 25 * MINUTE, status: 'obesvarat', format: 'iso', machineTime: true },
  {
    typ: 'Önskemål om tid',
    ago: 2 * HOUR + 10 * MINUTE,
    status: 'obesvarat',
    format: 'long',
    machineTime: false,
    mine: true,
    age: 15,
  },
  {
    typ: 'Kontakta mottagningen',
    ago: 5 * HOUR,
    status: 'obesvarat',
    format: 'dayMonth',
    machineTime: false,
    skyddad: true,
    mine: true,
    age: 9,
  },
  {
    typ: 'Förnya hjälpmedel',
    ago: 26 * HOUR,
    status: 'besvarat',
    format: 'iso',
    machineTime: false,
    mine: true,
    age: 17,
  },
  {
    typ: 'Förnya recept',
    ago: 30 * HOUR,
    status: 'obesvarat',
    format: 'iso',
    machineTime: true,
    colleague: 0,
    samordning: true,
  },
  {
    typ: 'Kontakta mottagningen',
    ago: 2 * DAY + 3 * HOUR,
    status: 'obesvarat',
    format: 'long',
    machineTime: true,
    mine: true,
    bvc: true,
    age: 4,
  },
  {
    typ: 'Lämna synpunkter',
    ago: 3 * DAY,
    status: 'besvarat',
    format: 'dayMonth',
    machineTime: true,
    colleague: 1,
  },
  { typ: 'Önskemål om tid', ago: 4 * DAY + 2 * HOUR, status: 'obesvarat', format: 'iso', machineTime: false },
  { typ: 'Förnya recept', ago: 6 * DAY, status: 'besvarat', format: 'long', machineTime: false, mine: true },
  {
    typ: 'Kontakta mottagningen',
    ago: 8 * DAY,
    status: 'avslutat',
    format: 'iso',
    machineTime: true,
    colleague: 2,
  },
  {
    typ: 'Förnya hjälpmedel',
    ago: 12 * DAY,
    status: 'besvarat',
    format: 'dayMonth',
    machineTime: false,
    colleague: 0,
  },
  { typ: 'Förnya recept', ago: 20 * DAY, status: 'avslutat', format: 'long', machineTime: false, mine: true },
];

const FIRST_ID = 104_201;

export interface State1177 {
  arenden: Arende[];
  /** The signature as saved on the settings page; null = the tool's default. */
  savedSignature: string | null;
  /** The signature replies get: a saved change only takes effect after logging out (as the real tool does). */
  activeSignature: string | null;
  notifications: Record<string, boolean>;
  hsaUpdatedAt: Date;
}

export function defaultSignature(now: Date): string {
  return `Med vänlig hälsning\n${CLINICIAN_NAME}\n${CLINICIAN.title}\n${formatDate(now)}`;
}

export function createState(now: Date): State1177 {
  const arenden = SEEDS.map((seed, i) => seedArende(seed, i, now));
  return {
    arenden,
    savedSignature: null,
    activeSignature: null,
    notifications: { tilldeladEpost: true, tilldeladSms: false, inkommetEpost: false, inkommetSms: false },
    hsaUpdatedAt: new Date(now.getTime() - 9 * DAY),
  };
}

function seedArende(seed: Seed, i: number, now: Date): Arende {
  const inkommet = atMinute(new Date(now.getTime() - seed.ago));
  const invanare = fakeName(i);
  const handlaggare = seed.mine
    ? CLINICIAN_NAME
    : seed.colleague !== undefined
      ? COLLEAGUES[seed.colleague]!
      : null;
  const messages: ArendeMessage[] = [
    { from: 'invanare', author: invanare, at: inkommet, text: QUESTIONS[seed.typ]! },
  ];
  if (seed.status !== 'obesvarat') {
    messages.push({
      from: 'personal',
      author: handlaggare ?? CLINICIAN_NAME,
      at: new Date(inkommet.getTime() + 3 * HOUR),
      text: 'Tack för ditt meddelande. Vi har hanterat ditt ärende.',
      signature: `Med vänlig hälsning\n${handlaggare ?? CLINICIAN_NAME}\n${MOTTAGNING}`,
    });
  }
  return {
    id: String(FIRST_ID + SEEDS.length - i),
    typ: seed.typ,
    invanare,
    personnummer: fakeIdentityNumber(now, seed.age ?? 24 + 5 * i, {
      serial: i,
      coordination: seed.samordning,
    }),
    skyddadIdentitet: seed.skyddad ?? false,
    mottagning: seed.bvc ? BVC : MOTTAGNING,
    inkommet,
    arrivalFormat: seed.format,
    machineTime: seed.machineTime,
    status: seed.status,
    handlaggare,
    messages,
  };
}

const FORMATS: readonly ArrivalFormat[] = ['iso', 'long', 'dayMonth'];
const STATUSES: readonly ArendeStatus[] = ['obesvarat', 'besvarat', 'besvarat', 'avslutat'];

/** Filler ärenden for `?rows=N`, older than the seeds, deterministic by index. */
export function fillerArende(index: number, oldest: Date): Arende {
  const typ = ARENDETYPER[index % ARENDETYPER.length]!;
  const inkommet = atMinute(new Date(oldest.getTime() - (index + 1) * 37 * MINUTE));
  const invanare = fakeName(index + 40);
  const status = STATUSES[index % STATUSES.length]!;
  return {
    id: String(FIRST_ID - 1 - index),
    typ,
    invanare,
    personnummer: fakeIdentityNumber(oldest, 20 + (index % 60), { serial: index }),
    skyddadIdentitet: false,
    mottagning: MOTTAGNING,
    inkommet,
    arrivalFormat: FORMATS[index % FORMATS.length]!,
    machineTime: index % 2 === 0,
    status,
    handlaggare: status === 'obesvarat' ? null : COLLEAGUES[index % COLLEAGUES.length]!,
    messages: [{ from: 'invanare', author: invanare, at: inkommet, text: QUESTIONS[typ]! }],
  };
}

/** Makes sure the state holds at least `rows` ärenden (filler is kept, so its case views open). */
export function ensureRows(state: State1177, rows: number): void {
  const seeds = state.arenden.filter((a) => Number(a.id) >= FIRST_ID);
  const oldest = seeds.reduce(
    (min, a) => (a.inkommet < min ? a.inkommet : min),
    seeds[0]?.inkommet ?? new Date(),
  );
  let fillers = state.arenden.length - seeds.length;
  while (state.arenden.length < rows) {
    state.arenden.push(fillerArende(fillers, oldest));
    fillers += 1;
  }
}

export function sortedArenden(state: State1177): Arende[] {
  return [...state.arenden].sort((a, b) => b.inkommet.getTime() - a.inkommet.getTime());
}

export function addIncoming(
  state: State1177,
  now: Date,
  input: { typ?: string; invanare?: string; text?: string },
): Arende {
  const maxId = state.arenden.reduce((max, a) => Math.max(max, Number(a.id)), FIRST_ID);
  const invanare = input.invanare ?? fakeName(60 + state.arenden.length);
  const typ = input.typ ?? 'Kontakta mottagningen';
  const inkommet = atMinute(now);
  const arende: Arende = {
    id: String(maxId + 1),
    typ,
    invanare,
    personnummer: fakeIdentityNumber(now, 40, { serial: state.arenden.length }),
    skyddadIdentitet: false,
    mottagning: MOTTAGNING,
    inkommet,
    arrivalFormat: 'iso',
    machineTime: true,
    status: 'obesvarat',
    handlaggare: null,
    messages: [
      { from: 'invanare', author: invanare, at: inkommet, text: input.text ?? QUESTIONS[typ] ?? 'Hej!' },
    ],
  };
  state.arenden.push(arende);
  return arende;
}

/** Sends a staff reply: the active signature is appended by the tool, the ärende becomes besvarat. */
export function reply(state: State1177, arende: Arende, text: string, now: Date): ArendeMessage {
  const message: ArendeMessage = {
    from: 'personal',
    author: CLINICIAN_NAME,
    at: now,
    text,
    signature: state.activeSignature ?? defaultSignature(now),
  };
  arende.messages.push(message);
  arende.status = 'besvarat';
  arende.handlaggare ??= CLINICIAN_NAME;
  return message;
}
