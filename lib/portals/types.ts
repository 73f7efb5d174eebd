/**
 * What the extension knows of one clinical portal's markup. Checks ask this layer; they never hard-code a
 * host page's selectors. IT can override `urlPatterns` and any selector list by policy (`portals.<id>`).
 */
export const PORTAL_IDS = ['1177', 'vardochhalsa', 'sob'] as const;
export type PortalId = (typeof PORTAL_IDS)[number];

/** The kinds of page a check can ask to run on. */
export const PAGE_KINDS = ['inbox', 'case', 'video', 'settings'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

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

/** How a portal shows a message's status, as words found in the status element (lower case). */
export interface StatusWords {
  open: readonly string[];
  answered: readonly string[];
  closed: readonly string[];
}

export interface PortalDefinition {
  id: PortalId;
  /** Shown to the clinician. */
  name: string;
  /** Chrome match patterns (ports are ignored, as in the manifest). Real hosts and the local replica. */
  urlPatterns: readonly string[];
  /** Regular expressions (source text) matched against `location.pathname`, per page kind. */
  pages: Partial<Record<PageKind, readonly string[]>>;
  selectors: SelectorMap;
  statusWords: StatusWords;
}

/** A portal definition after policy overrides have been applied. */
export type ResolvedPortal = PortalDefinition;
