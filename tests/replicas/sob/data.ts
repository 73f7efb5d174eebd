/**
 * In-memory state of the Stöd och behandling replica: the therapist's moment (programs given to residents), each
 * with its own answer time, and their messages.
 */
import { CLINICIAN_NAME, fakeIdentityNumber, fakeName } from '../people.ts';
import { DAY, HOUR, MINUTE, atMinute, formatLong } from '../time.ts';

export type SobStatus = 'obesvarat' | 'besvarat' | 'hanterat';
export type SobFlag = 'prioriterad' | 'paminnelse';

export interface SobMessage {
  id: string;
  direction: 'in' | 'out';
  author: string;
  at: Date;
  text: string;
  /** Incoming messages only. */
  status?: SobStatus;
  flag?: SobFlag;
}

export interface Moment {
  id: string;
  program: string;
  invanare: string;
  /** Made up, from the server's clock (see people.ts); shown in the moment's header only. */
  personnummer: string;
  behandlare: string;
  fas: 'Behandling' | 'Vidmakthållande';
  /** The program's own answer time in working days ("Svarstid: 2 vardagar"). */
  svarstidVardagar: number;
  modul: string;
  startad: Date;
  messages: SobMessage[];
}

export interface SobState {
  moments: Moment[];
  version: number;
  nextId: number;
}

interface IncomingSeed {
  ago: number;
  status: SobStatus;
  flag?: SobFlag;
  text: string;
  reply?: string;
}

function momentSeed(
  id: string,
  program: string,
  svarstid: number,
  fas: Moment['fas'],
  modul: string,
  person: number,
  incoming: readonly IncomingSeed[],
  now: Date,
  /** The resident's age: an adult unless given. */
  age = 28 + person * 3,
): Moment {
  const invanare = fakeName(person);
  const messages: SobMessage[] = [];
  incoming.forEach((seed, i) => {
    const at = atMinute(new Date(now.getTime() - seed.ago));
    messages.push({
      id: `${id}-in${i}`,
      direction: 'in',
      author: invanare,
      at,
      text: seed.text,
      status: seed.status,
      flag: seed.flag,
    });
    if (seed.reply) {
      messages.push({
        id: `${id}-ut${i}`,
        direction: 'out',
        author: CLINICIAN_NAME,
        at: new Date(at.getTime() + 5 * HOUR),
        text: seed.reply,
      });
    }
  });
  messages.sort((a, b) => a.at.getTime() - b.at.getTime());
  return {
    id,
    program,
    invanare,
    personnummer: fakeIdentityNumber(now, age, { serial: person }),
    behandlare: CLINICIAN_NAME,
    fas,
    svarstidVardagar: svarstid,
    modul,
    startad: atMinute(new Date(now.getTime() - 35 * DAY)),
    messages,
  };
}

export function createState(now: Date): SobState {
  const moments = [
    // The program view used for fixtures: 5 incoming (2 obesvarade, 2 besvarade, 1 hanterat), 2 replies.
    momentSeed(
      '2041',
      'Internetbaserad KBT vid sömnbesvär',
      2,
      'Behandling',
      'Modul 4: Sömnschema',
      2,
      [
        {
          ago: 9 * DAY,
          status: 'besvarat',
          text: 'Jag har fyllt i sömndagboken för vecka 3.',
          reply: 'Bra jobbat! Fortsätt med samma tider den här veckan.',
        },
        { ago: 6 * DAY, status: 'hanterat', text: 'Tack, jag har läst avsnittet om sömnhygien.' },
        {
          ago: 4 * DAY + 2 * HOUR,
          status: 'besvarat',
          text: 'Det är svårt att gå upp samma tid på helgerna.',
          reply: 'Det är vanligt. Försök att hålla tiden inom en timme.',
        },
        {
          ago: 3 * DAY + 1 * HOUR,
          status: 'obesvarat',
          flag: 'prioriterad',
          text: 'Jag har sovit ännu sämre i veckan och känner mig nedstämd.',
        },
        { ago: 5 * HOUR + 20 * MINUTE, status: 'obesvarat', text: 'Hemuppgiften för modul 4 är inlämnad.' },
      ],
      now,
    ),
    momentSeed(
      '2042',
      'Stöd vid oro och ängslan',
      5,
      'Behandling',
      'Modul 2: Oro och tankar',
      5,
      [{ ago: 2 * DAY, status: 'obesvarat', text: 'Jag hann inte göra övningen den här veckan.' }],
      now,
      // A 16-year-old: the program for young people's worry.
      16,
    ),
    momentSeed(
      '2043',
      'Smärtskola – leva med långvarig smärta',
      1,
      'Behandling',
      'Modul 1: Om smärta',
      8,
      [
        {
          ago: 26 * HOUR,
          status: 'obesvarat',
          flag: 'paminnelse',
          text: 'Var hittar jag filmen om avslappning?',
        },
        {
          ago: 10 * DAY,
          status: 'besvarat',
          text: 'Hej! Jag har startat programmet.',
          reply: 'Välkommen! Hör av dig om du har frågor.',
        },
      ],
      now,
    ),
    momentSeed(
      '2044',
      'KBT vid nedstämdhet',
      2,
      'Vidmakthållande',
      'Vidmakthållandeplan',
      12,
      [
        {
          ago: 15 * DAY,
          status: 'besvarat',
          text: 'Jag följer min plan och mår bättre.',
          reply: 'Vad roligt att höra!',
        },
      ],
      now,
    ),
  ];
  return { moments, version: 1, nextId: 1 };
}

const FILLER_STATUS: readonly SobStatus[] = ['besvarat', 'hanterat', 'obesvarat', 'besvarat'];

/** `?rows=N` on a program view: the message list holds N incoming messages (older filler, kept in the state). */
export function ensureIncoming(moment: Moment, rows: number): void {
  const incoming = moment.messages.filter((m) => m.direction === 'in');
  const oldest = moment.messages[0]?.at ?? new Date();
  const fillers: SobMessage[] = [];
  for (let i = incoming.length; i < rows; i++) {
    fillers.push({
      id: `${moment.id}-f${i}`,
      direction: 'in',
      author: moment.invanare,
      at: atMinute(new Date(oldest.getTime() - (i + 1) * 3 * HOUR)),
      text: `Veckorapport nummer ${i + 1}.`,
      status: FILLER_STATUS[i % FILLER_STATUS.length]!,
    });
  }
  if (fillers.length === 0) return;
  moment.messages = [...fillers.reverse(), ...moment.messages];
}

/** Shown in the program view and the moment list: "Svarstid: 2 vardagar" / "Svarstid: 1 vardag". */
export function answerTimeLabel(workingDays: number): string {
  return `Svarstid: ${workingDays} ${workingDays === 1 ? 'vardag' : 'vardagar'}`;
}

export function momentJson(moment: Moment) {
  const incoming = moment.messages.filter((m) => m.direction === 'in');
  const open = incoming.filter((m) => m.status === 'obesvarat');
  return {
    id: moment.id,
    program: moment.program,
    invanare: moment.invanare,
    behandlare: moment.behandlare,
    fas: moment.fas,
    modul: moment.modul,
    svarstid: answerTimeLabel(moment.svarstidVardagar),
    svarstidVardagar: moment.svarstidVardagar,
    startad: formatLong(moment.startad),
    obesvarade: open.length,
    aldstaObesvarade: open[0] ? formatLong(open[0].at) : null,
    senasteInkomna: incoming.at(-1) ? formatLong(incoming.at(-1)!.at) : null,
    flaggor: incoming.filter((m) => m.flag && m.status === 'obesvarat').length,
  };
}

export function messageJson(message: SobMessage) {
  return {
    id: message.id,
    direction: message.direction,
    author: message.author,
    at: message.at.toISOString(),
    /** Printed as "25 nov 2026 14:32" (an invented format: SoB's is unknown). */
    tid: formatLong(message.at),
    text: message.text,
    status: message.status ?? null,
    flag: message.flag ?? null,
  };
}

export function addIncoming(
  state: SobState,
  moment: Moment,
  now: Date,
  text: string,
  flag?: SobFlag,
): SobMessage {
  const message: SobMessage = {
    id: `${moment.id}-n${state.nextId++}`,
    direction: 'in',
    author: moment.invanare,
    at: now,
    text,
    status: 'obesvarat',
    flag,
  };
  moment.messages.push(message);
  state.version += 1;
  return message;
}

/** The therapist's reply answers every open incoming message of the moment. */
export function addReply(state: SobState, moment: Moment, now: Date, text: string): SobMessage {
  for (const m of moment.messages)
    if (m.direction === 'in' && m.status === 'obesvarat') m.status = 'besvarat';
  const message: SobMessage = {
    id: `${moment.id}-s${state.nextId++}`,
    direction: 'out',
    author: CLINICIAN_NAME,
    at: now,
    text,
  };
  moment.messages.push(message);
  state.version += 1;
  return message;
}
