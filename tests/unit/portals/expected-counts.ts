/**
 * What each portal definition must find on each fixture: for every selector key of the definition, the number of
 * elements each alternative matches in the whole document, in the order of the alternatives. A fixture of another
 * portal (or of the non-portal site) must give zero everywhere.
 */
import type { PageKind, BuiltInPortalId, SelectorKey } from '../../../lib/portals/types';

export interface FixtureExpectation {
  /** File under tests/fixtures/portals/<folder>/ */
  file: string;
  /** The path the fixture was taken at, and the page kind it must resolve to. */
  path: string;
  kind: PageKind | undefined;
  counts: Partial<Record<SelectorKey, readonly number[]>>;
  /** Statuses of the rows, by the definition's status words. */
  rowStatuses?: { open: number; answered: number; closed: number };
  /** The status found first inside the case view. */
  caseStatus?: 'open' | 'answered' | 'closed';
}

const NONE_1177 = {
  messageRow: [0],
  messageArrival: [0, 0],
  messageStatus: [0],
  messageLink: [0],
  caseView: [0],
  replyField: [0, 0],
  sendButton: [0],
  signatureSetting: [0, 0],
  patientIdentity: [0],
  protectedIdentity: [0],
} as const;

const NONE_VARDOCHHALSA = {
  messageRow: [0],
  messageArrival: [0],
  messageStatus: [0],
  messageLink: [0],
  caseView: [0],
  replyField: [0, 0],
  sendButton: [0, 0],
  selfView: [0],
  remoteVideo: [0],
  callControls: [0, 0],
  endCallButton: [0, 0],
  patientIdentity: [0],
  protectedIdentity: [0],
} as const;

const NONE_SOB = {
  messageRow: [0],
  messageArrival: [0],
  messageStatus: [0],
  caseView: [0],
  programName: [0, 0],
  answerTime: [0],
  replyField: [0, 0],
  sendButton: [0],
  patientIdentity: [0],
} as const;

export const NONE: Record<BuiltInPortalId, Partial<Record<SelectorKey, readonly number[]>>> = {
  '1177': NONE_1177,
  vardochhalsa: NONE_VARDOCHHALSA,
  sob: NONE_SOB,
};

export const EXPECTED: Record<BuiltInPortalId, readonly FixtureExpectation[]> = {
  '1177': [
    {
      // 12 ärenden; 5 of them carry <time datetime>, the rest only text in one of three formats.
      file: 'inbox.html',
      path: '/arenden',
      kind: 'inbox',
      counts: {
        ...NONE_1177,
        messageRow: [12],
        messageArrival: [5, 12],
        messageStatus: [12],
        messageLink: [12],
      },
      rowStatuses: { open: 6, answered: 4, closed: 2 },
    },
    {
      file: 'case.html',
      path: '/arende/104213',
      kind: 'case',
      caseStatus: 'open',
      counts: {
        ...NONE_1177,
        messageArrival: [1, 1],
        messageStatus: [1],
        caseView: [1],
        replyField: [1, 1],
        sendButton: [1],
        patientIdentity: [1],
      },
    },
    {
      // A child with protected identity: the symbol beside the name.
      file: 'case-child-protected.html',
      path: '/arende/104211',
      kind: 'case',
      caseStatus: 'open',
      counts: {
        ...NONE_1177,
        messageArrival: [1, 1],
        messageStatus: [1],
        caseView: [1],
        replyField: [1, 1],
        sendButton: [1],
        patientIdentity: [1],
        protectedIdentity: [1],
      },
    },
    {
      // A closed ärende has no svarsformulär.
      file: 'case-closed.html',
      path: '/arende/104204',
      kind: 'case',
      caseStatus: 'closed',
      counts: {
        ...NONE_1177,
        messageArrival: [1, 1],
        messageStatus: [1],
        caseView: [1],
        patientIdentity: [1],
      },
    },
    {
      file: 'settings.html',
      path: '/installningar',
      kind: 'settings',
      counts: { ...NONE_1177, signatureSetting: [1, 1] },
    },
  ],
  vardochhalsa: [
    {
      // Mina meddelanden: 7 conversations, relative times only.
      file: 'inbox.html',
      path: '/meddelanden',
      kind: 'inbox',
      counts: {
        ...NONE_VARDOCHHALSA,
        messageRow: [7],
        messageArrival: [7],
        messageStatus: [7],
        messageLink: [7],
      },
      rowStatuses: { open: 4, answered: 2, closed: 1 },
    },
    {
      // Delad inkorg: one new case, one started.
      file: 'inbox-shared.html',
      path: '/meddelanden',
      kind: 'inbox',
      counts: {
        ...NONE_VARDOCHHALSA,
        messageRow: [2],
        messageArrival: [2],
        messageStatus: [2],
        messageLink: [2],
      },
      rowStatuses: { open: 2, answered: 0, closed: 0 },
    },
    {
      // Header: one "Inkom" time and one status; the thread's own times are not arrival times.
      file: 'conversation.html',
      path: '/meddelanden/c3108',
      kind: 'case',
      caseStatus: 'open',
      counts: {
        ...NONE_VARDOCHHALSA,
        messageArrival: [1],
        messageStatus: [1],
        caseView: [1],
        replyField: [1, 1],
        sendButton: [1, 1],
        // The protected-identity mark is in the markup but hidden: it must not count.
        patientIdentity: [1],
      },
    },
    {
      // A child with protected identity: the mark beside the number is shown.
      file: 'conversation-child-protected.html',
      path: '/meddelanden/c3106',
      kind: 'case',
      caseStatus: 'open',
      counts: {
        ...NONE_VARDOCHHALSA,
        messageArrival: [1],
        messageStatus: [1],
        caseView: [1],
        replyField: [1, 1],
        sendButton: [1, 1],
        patientIdentity: [1],
        protectedIdentity: [1],
      },
    },
    {
      // Not picked up yet: no editor and no send button.
      file: 'conversation-shared.html',
      path: '/meddelanden/c3109',
      kind: 'case',
      caseStatus: 'open',
      counts: {
        ...NONE_VARDOCHHALSA,
        messageArrival: [1],
        messageStatus: [1],
        caseView: [1],
        patientIdentity: [1],
      },
    },
    {
      file: 'calendar.html',
      path: '/kalender',
      kind: undefined,
      counts: NONE_VARDOCHHALSA,
    },
    {
      file: 'meeting.html',
      path: '/mote/m501',
      kind: 'video',
      counts: {
        ...NONE_VARDOCHHALSA,
        selfView: [1],
        remoteVideo: [1],
        callControls: [1, 1],
        endCallButton: [1, 1],
      },
    },
  ],
  sob: [
    {
      file: 'moments.html',
      path: '/',
      kind: 'inbox',
      counts: NONE_SOB,
    },
    {
      // 5 messages from the resident, 2 replies; the summary line's time and status come first in the case view.
      file: 'moment.html',
      path: '/moment/2041',
      kind: 'case',
      caseStatus: 'open',
      counts: {
        ...NONE_SOB,
        messageRow: [5],
        messageArrival: [8],
        messageStatus: [6],
        caseView: [1],
        programName: [1, 1],
        answerTime: [1],
        replyField: [1, 1],
        sendButton: [1],
        patientIdentity: [1],
      },
      rowStatuses: { open: 2, answered: 2, closed: 1 },
    },
  ],
};

/** Fixture folder per portal id. */
export const FOLDER: Record<BuiltInPortalId, string> = {
  '1177': '1177',
  vardochhalsa: 'vardochhalsa',
  sob: 'sob',
};
