/**
 * What the extension knows of one clinical portal: a profile. Checks ask this layer; they never hard-code a host
 * page's selectors. Every field of a built-in profile can be overridden by policy (`portals.<id>.*`), and IT can
 * define portals the extension has never heard of (`portals.custom`, see lib/settings/portal-profile.ts).
 */
export const BUILT_IN_PORTAL_IDS = ['1177', 'vardochhalsa', 'sob'] as const;
export type BuiltInPortalId = (typeof BUILT_IN_PORTAL_IDS)[number];
/** A built-in id, or the id IT gave a portal defined by policy (`portals.custom.<id>`). */
export type PortalId = string;
/** A portal id as messages and storage carry it: a built-in id or IT's (`portals.custom.<id>`). */
export const PORTAL_ID_PATTERN = /^[\w-]{1,60}$/;

export function isBuiltInPortal(id: string): id is BuiltInPortalId {
  return (BUILT_IN_PORTAL_IDS as readonly string[]).includes(id);
}

/** The kinds of page a check can ask to run on. */
export const PAGE_KINDS = ['inbox', 'case', 'video', 'settings'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/**
 * How a page of one kind is recognised; any one of the ways is enough. Kinds are tried in PAGE_KINDS order, so a
 * page that is both (a video room with a chat) takes the first.
 */
export interface PageRecognition {
  /** Regular expressions (source text) matched against `location.pathname`. */
  paths: readonly string[];
  /** CSS selectors: the page is of this kind while one of them matches (single-page apps, unknown paths). */
  contains: readonly string[];
  /** Video only: a page showing the clinician's own live camera picture (found by the track's device). */
  liveCamera: boolean;
}

/**
 * Named selector lists. Each list holds alternatives, tried in order; the first that matches wins.
 * Keys a portal has no such element for stay empty.
 */
export const SELECTOR_KEYS = [
  /** a message/ärende row in an inbox or list (one per message) */
  'messageRow',
  /** inside a row or case view: the element holding the arrival time */
  'messageArrival',
  /** inside a row or case view: the element holding the status (open/answered/closed) */
  'messageStatus',
  /** inside a row: the link that opens the message */
  'messageLink',
  /** the open case / conversation view (one message thread) */
  'caseView',
  /** the name of the program or service the open case belongs to (the key of IT's per-program deadline rule) */
  'programName',
  /** the answer time the page itself states for the open case ("Svarstid: 2 vardagar") */
  'answerTime',
  /** a field where the clinician writes a reply */
  'replyField',
  /** the button that sends the reply */
  'sendButton',
  /** the clinician's own camera picture in a video meeting (fallback when track matching fails) */
  'selfView',
  /** the remote participant's video */
  'remoteVideo',
  /** the call controls bar (the extension's UI must never cover it) */
  'callControls',
  /** the button that ends or leaves the call */
  'endCallButton',
  /** the staff tool's own signature field in personal settings */
  'signatureSetting',
  /** the open patient's personal identity number (case or conversation header); read for the age, never kept */
  'patientIdentity',
  /** the portal's mark that the open patient has protected identity (skyddad identitet) */
  'protectedIdentity',
] as const;
export type SelectorKey = (typeof SELECTOR_KEYS)[number];
export type SelectorMap = Partial<Record<SelectorKey, readonly string[]>>;

export const MESSAGE_STATES = ['open', 'answered', 'closed'] as const;
/** How a portal shows a message's status: words found in the status element, whole words, any case. */
export type StatusWords = Record<(typeof MESSAGE_STATES)[number], readonly string[]>;

/**
 * How a message row is told apart from the others (the key is hashed before it is kept):
 * - `link`: the path of the row's link (query and fragment ignored), else the page's path and the row's `id`;
 * - `link-full`: the whole address of the row's link, fragment included (lists whose links differ after `#`);
 * - `attribute`: the value of `attribute` on the row, or on the first element inside it matching `selector`; on
 *   the open case view, the same attribute on the case view (else the page's path).
 */
export interface MessageKeyRule {
  from: 'link' | 'link-full' | 'attribute';
  attribute?: string;
  selector?: string;
}

/** The checks a portal profile can run. */
export const PORTAL_CHECK_IDS = [
  'presence',
  'checklist',
  'signature',
  'deadlines',
  'callOverlay',
  'children',
] as const;
export type PortalCheckId = (typeof PORTAL_CHECK_IDS)[number];

/** A deadline rule's fields, each optional (the common rule fills the rest): see lib/deadlines/rules.ts. */
export interface PortalDeadlineRule {
  workingDays?: number;
  dueAt?: 'end-of-day' | 'same-time';
  endOfDay?: string;
  amberBelowWorkingDays?: number;
  closedDays?: string[];
}

/** A built-in portal's definition (lib/portals/<id>/). */
export type BuiltInPortal = PortalDefinition & { id: BuiltInPortalId };

export interface PortalDefinition {
  id: PortalId;
  /** Shown to the clinician. */
  name: string;
  /** Chrome match patterns (ports are ignored, as in the manifest). Real hosts and the local replica. */
  urlPatterns: readonly string[];
  pages: Partial<Record<PageKind, Partial<PageRecognition>>>;
  selectors: SelectorMap;
  statusWords: StatusWords;
  messageKey: MessageKeyRule;
  /** Attributes holding a machine-readable arrival time (ISO 8601), read before `datetime`, `title` and the text. */
  arrivalAttributes?: readonly string[];
  /** The checks that run on this portal; all of them unless a profile says otherwise. */
  checks?: readonly PortalCheckId[];
  /** A portal defined by policy: its deadline rule (over the common one) and its signature template. */
  deadlineRule?: PortalDeadlineRule;
  signatureTemplate?: string;
  /** Whether the profile came from policy alone (`portals.custom`). */
  custom?: boolean;
}

/**
 * A portal profile after policy overrides have been applied (the same shape: fields a definition leaves out are
 * read with their defaults where used, so a built-in definition can be used as it is).
 */
export type ResolvedPortal = PortalDefinition;
