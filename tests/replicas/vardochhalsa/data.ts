/**
 * In-memory state of the Vård och hälsa replica: conversations (messages inbox) and today's video meetings.
 * Times are laid out relative to "now"; the app prints them relative to the browser's clock.
 */
import { CLINICIAN_NAME, COLLEAGUES, fakeIdentityNumber, fakeName } from '../people.ts';
import { DAY, HOUR, MINUTE, atMinute } from '../time.ts';

export type ConversationStatus = 'open' | 'answered' | 'closed';

export interface VcMessage {
  id: string;
  from: 'patient' | 'staff';
  author: string;
  at: Date;
  text: string;
}

export interface Conversation {
  id: string;
  patientName: string;
  /** Made up, from the server's clock (see people.ts); shown in the conversation's header only. */
  personalNumber: string;
  /** Shown as a mark beside the name (invented: Visiba's way of showing it is not public). */
  protectedIdentity: boolean;
  contactReason: string;
  /** null: in the shared inbox, not picked up */
  assignedTo: string | null;
  status: ConversationStatus;
  priority: 'normal' | 'high';
  messages: VcMessage[];
}

export interface Meeting {
  id: string;
  patientName: string;
  start: Date;
  minutes: number;
  reason: string;
}

export interface VcState {
  conversations: Conversation[];
  meetings: Meeting[];
  /** Bumped on every change; the app polls it to update live. */
  version: number;
  nextId: number;
}

interface Seed {
  id: string;
  reason: string;
  ago: number;
  status: ConversationStatus;
  shared?: boolean;
  started?: boolean;
  priority?: 'high';
  text: string;
  /** The patient's age (default: an adult, by index). */
  age?: number;
  protectedIdentity?: boolean;
}

/**
 * Mina meddelanden: 7 conversations (4 open, 2 answered, 1 closed). Delad inkorg: 1 new, 1 started. Two patients
 * are children: 14 (c3107) and 11 with protected identity (c3106); the rest are adults.
 */
const SEEDS: readonly Seed[] = [
  {
    id: 'c3108',
    reason: 'Hudutslag',
    ago: 46 * MINUTE,
    status: 'open',
    priority: 'high',
    text: 'Hej! Jag har fått ett kliande utslag på armarna sedan i förrgår. Bifogar bild.',
  },
  {
    id: 'c3107',
    reason: 'Receptförnyelse',
    ago: 5 * HOUR,
    status: 'open',
    text: 'Mitt recept på astmamedicin har gått ut. Kan ni förnya det?',
    age: 14,
  },
  {
    id: 'c3106',
    reason: 'Fråga om provsvar',
    ago: 1 * DAY + 2 * HOUR,
    status: 'open',
    text: 'Jag lämnade blodprov i måndags. Har svaret kommit?',
    age: 11,
    protectedIdentity: true,
  },
  {
    id: 'c3105',
    reason: 'Ont i halsen',
    ago: 2 * DAY + 1 * HOUR,
    status: 'answered',
    text: 'Jag har haft ont i halsen i fyra dagar och feber igår kväll.',
  },
  {
    id: 'c3104',
    reason: 'Sömnproblem',
    ago: 4 * DAY + 3 * HOUR,
    status: 'open',
    text: 'Jag sover väldigt dåligt sedan några veckor. Vad kan jag göra?',
  },
  {
    id: 'c3103',
    reason: 'Uppföljning diabetes',
    ago: 13 * DAY,
    status: 'answered',
    text: 'Här kommer mina blodsockervärden från förra veckan.',
  },
  {
    id: 'c3102',
    reason: 'Intyg',
    ago: 400 * DAY,
    status: 'closed',
    text: 'Jag behöver ett intyg till arbetsgivaren.',
  },
  {
    id: 'c3109',
    reason: 'Hosta sedan tre veckor',
    ago: 20 * MINUTE,
    status: 'open',
    shared: true,
    text: 'Jag har hostat i tre veckor och blir inte bättre.',
  },
  {
    id: 'c3110',
    reason: 'Biverkningar av medicin',
    ago: 3 * HOUR,
    status: 'open',
    shared: true,
    started: true,
    text: 'Jag har fortfarande ont i magen av den nya medicinen.',
  },
];

export function createState(now: Date): VcState {
  const conversations = SEEDS.map((seed, i) => seedConversation(seed, i, now));
  const meetings: Meeting[] = [
    {
      id: 'm501',
      patientName: fakeName(3),
      start: atQuarter(new Date(now.getTime() + 20 * MINUTE)),
      minutes: 20,
      reason: 'Uppföljning blodtryck',
    },
    {
      id: 'm502',
      patientName: fakeName(7),
      start: atQuarter(new Date(now.getTime() + 90 * MINUTE)),
      minutes: 20,
      reason: 'Samtal om provsvar',
    },
    {
      id: 'm503',
      patientName: fakeName(11),
      start: atQuarter(new Date(now.getTime() + DAY)),
      minutes: 30,
      reason: 'Nybesök – eksem',
    },
  ];
  return { conversations, meetings, version: 1, nextId: 1 };
}

function atQuarter(date: Date): Date {
  const quarter = 15 * MINUTE;
  return new Date(Math.ceil(date.getTime() / quarter) * quarter);
}

function seedConversation(seed: Seed, i: number, now: Date): Conversation {
  const patientName = fakeName(i);
  const at = atMinute(new Date(now.getTime() - seed.ago));
  const messages: VcMessage[] = [];
  if (seed.started) {
    // Started case: opened by a colleague, answered, returned to the shared inbox; the patient wrote again.
    messages.push(
      {
        id: `${seed.id}-1`,
        from: 'patient',
        author: patientName,
        at: new Date(at.getTime() - DAY),
        text: 'Jag har fått ont i magen av min nya medicin.',
      },
      {
        id: `${seed.id}-2`,
        from: 'staff',
        author: COLLEAGUES[1],
        at: new Date(at.getTime() - DAY + 2 * HOUR),
        text: 'Ta medicinen i samband med måltid och hör av dig om det inte blir bättre.',
      },
    );
  }
  messages.push({ id: `${seed.id}-p`, from: 'patient', author: patientName, at, text: seed.text });
  if (seed.status !== 'open') {
    messages.push({
      id: `${seed.id}-s`,
      from: 'staff',
      author: CLINICIAN_NAME,
      at: new Date(at.getTime() + 2 * HOUR),
      text:
        seed.status === 'closed'
          ? 'Intyget finns nu i din inkorg. Vänliga hälsningar'
          : 'Tack för ditt meddelande. Vänliga hälsningar',
    });
  }
  return {
    id: seed.id,
    patientName,
    personalNumber: fakeIdentityNumber(now, seed.age ?? 31 + 6 * i, { serial: i }),
    protectedIdentity: seed.protectedIdentity ?? false,
    contactReason: seed.reason,
    assignedTo: seed.shared ? null : CLINICIAN_NAME,
    status: seed.status,
    priority: seed.priority ?? 'normal',
    messages,
  };
}

const FILLER_REASONS = [
  'Receptförnyelse',
  'Fråga om provsvar',
  'Hudbesvär',
  'Ryggont',
  'Intyg',
  'Uppföljning',
];
const FILLER_STATUS: readonly ConversationStatus[] = ['open', 'answered', 'answered', 'closed'];

/** `?rows=N` on Mina meddelanden: filler conversations, older than the seeds, kept in the state so they open. */
export function ensureMine(state: VcState, rows: number, now: Date): void {
  let mine = state.conversations.filter((c) => c.assignedTo === CLINICIAN_NAME).length;
  let i = state.conversations.filter((c) => c.id.startsWith('f')).length;
  while (mine < rows) {
    const patientName = fakeName(i + 30);
    const at = atMinute(new Date(now.getTime() - 5 * DAY - i * 53 * MINUTE));
    const status = FILLER_STATUS[i % FILLER_STATUS.length]!;
    const messages: VcMessage[] = [
      {
        id: `f${i}-p`,
        from: 'patient',
        author: patientName,
        at,
        text: 'Hej, jag har en fråga till mottagningen.',
      },
    ];
    if (status !== 'open') {
      messages.push({
        id: `f${i}-s`,
        from: 'staff',
        author: CLINICIAN_NAME,
        at: new Date(at.getTime() + HOUR),
        text: 'Tack för ditt meddelande.',
      });
    }
    state.conversations.push({
      id: `f${i}`,
      patientName,
      personalNumber: fakeIdentityNumber(now, 20 + (i % 60), { serial: i }),
      protectedIdentity: false,
      contactReason: FILLER_REASONS[i % FILLER_REASONS.length]!,
      assignedTo: CLINICIAN_NAME,
      status,
      priority: 'normal',
      messages,
    });
    mine += 1;
    i += 1;
  }
}

export function lastPatientMessage(conversation: Conversation): VcMessage | undefined {
  return conversation.messages.findLast((m) => m.from === 'patient');
}

export function receivedAt(conversation: Conversation): Date {
  return (lastPatientMessage(conversation) ?? conversation.messages[0]!).at;
}

export function addPatientMessage(
  state: VcState,
  now: Date,
  input: {
    conversationId?: string;
    text?: string;
    patientName?: string;
    contactReason?: string;
    shared?: boolean;
  },
): { conversation: Conversation; message: VcMessage } {
  const id = `n${state.nextId++}`;
  let conversation = input.conversationId
    ? state.conversations.find((c) => c.id === input.conversationId)
    : undefined;
  if (input.conversationId && !conversation) throw new Error(`No conversation ${input.conversationId}`);
  if (!conversation) {
    conversation = {
      id: `c4${String(state.nextId).padStart(3, '0')}`,
      patientName: input.patientName ?? fakeName(50 + state.nextId),
      personalNumber: fakeIdentityNumber(now, 45, { serial: state.nextId }),
      protectedIdentity: false,
      contactReason: input.contactReason ?? 'Ny fråga',
      assignedTo: input.shared ? null : CLINICIAN_NAME,
      status: 'open',
      priority: 'normal',
      messages: [],
    };
    state.conversations.push(conversation);
  }
  const message: VcMessage = {
    id,
    from: 'patient',
    author: conversation.patientName,
    at: now,
    text: input.text ?? 'Hej! Jag har en fråga till er.',
  };
  conversation.messages.push(message);
  conversation.status = 'open';
  state.version += 1;
  return { conversation, message };
}

export function addStaffReply(
  state: VcState,
  conversation: Conversation,
  text: string,
  now: Date,
): VcMessage {
  const message: VcMessage = {
    id: `s${state.nextId++}`,
    from: 'staff',
    author: CLINICIAN_NAME,
    at: now,
    text,
  };
  conversation.messages.push(message);
  conversation.status = 'answered';
  conversation.assignedTo ??= CLINICIAN_NAME;
  state.version += 1;
  return message;
}
