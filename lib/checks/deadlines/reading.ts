import { closestOf, queryFirst } from '../../portals/query';
import type { ResolvedPortal } from '../../portals/types';
import { messageState, type MessageState } from './message-state';
import type { RowParts } from './row-parts';

/** What the check needs from one message row or one open case view, read through the portal layer. */
export interface MessageReading {
  /** Where the arrival time is (the badge goes next to it); null when the portal shows none. */
  arrival: Element | null;
  state: MessageState;
  /**
   * Changes when anything the badge depends on changes: the status text and, for an open message, the arrival's
   * text and attributes (while a message is not open its arrival does not matter).
   */
  fingerprint: string;
}

/** A message's key for the background (its address path, never a name) and where it opens. */
export interface MessageAddress {
  key: string;
  url: string;
}

/** The same sources readArrival looks at, best first: a change to any of them can change the arrival. */
function arrivalSignature(element: Element | null): string {
  if (!element) return '';
  // Most arrival elements hold text only: no need to look inside them.
  const nested = element.firstElementChild !== null;
  const time = nested ? element.querySelector('time[datetime]') : null;
  const titled = nested ? element.querySelector('[title]') : null;
  return [
    element.getAttribute('datetime'),
    time?.getAttribute('datetime'),
    element.getAttribute('title'),
    titled?.getAttribute('title'),
    element.textContent,
  ].join('\u0001');
}

/**
 * The key of a message is the path of its address: the same case is one message whether it is seen in the list
 * (its link) or on its own page, also after the portal adds "?skickat=1". Query and fragment are ignored.
 */
export function addressOf(href: string, base: string): MessageAddress | null {
  try {
    const url = new URL(href, base);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (url.pathname === '/' || url.pathname === '') return null;
    return { key: url.pathname, url: `${url.origin}${url.pathname}` };
  } catch {
    return null;
  }
}

let lastPage: { base: string; address: (MessageAddress & { origin: string }) | null } | undefined;
/** The page's own address, parsed once per page rather than once per row. */
function pageAddress(base: string): (MessageAddress & { origin: string }) | null {
  if (lastPage?.base !== base) {
    const address = addressOf(base, base);
    lastPage = { base, address: address && { ...address, origin: new URL(address.url).origin } };
  }
  return lastPage.address;
}

/**
 * The address of a message in a list: its link's, else (SoB lists a moment's messages on the moment's own page,
 * without links) the page's path and the row's id.
 */
export function rowAddress(row: Element, link: Element | null, base: string): MessageAddress | null {
  const href = link?.getAttribute('href');
  if (href) {
    // A path on this site (the usual case): plain string work. Asking the browser to resolve an address costs a
    // few microseconds, which thousands of rows add up to; anything else goes through URL.
    if (href.startsWith('/') && !href.startsWith('//')) {
      const path = href.replace(/[?#].*$/, '');
      const page = pageAddress(base);
      return path === '/' || !page ? null : { key: path, url: `${page.origin}${path}` };
    }
    return addressOf(href, base);
  }
  if (!row.id) return null;
  const page = pageAddress(base);
  return page && { key: `${page.key}#${row.id}`, url: `${page.url}#${encodeURIComponent(row.id)}` };
}

/** The open case view's address: the page's own. */
export function caseAddress(base: string): MessageAddress | null {
  const page = pageAddress(base);
  return page && { key: page.key, url: page.url };
}

function reading(portal: ResolvedPortal, arrival: Element | null, status: Element | null): MessageReading {
  const statusText = status?.textContent ?? '';
  const state = messageState(statusText, portal.statusWords);
  return {
    arrival,
    state,
    fingerprint: state === 'open' ? `${statusText}\u0002${arrivalSignature(arrival)}` : statusText,
  };
}

export function readRow(portal: ResolvedPortal, parts: RowParts): MessageReading {
  return reading(portal, parts.arrival, parts.status);
}

/** The open case view: its first arrival and status. */
export function readCase(portal: ResolvedPortal, caseView: Element): MessageReading {
  return reading(
    portal,
    queryFirst(portal, 'messageArrival', caseView),
    queryFirst(portal, 'messageStatus', caseView),
  );
}

/** Whether a case view lists message rows itself (SoB): then the rows carry the badges, not the case. */
export function caseHoldsRows(portal: ResolvedPortal, caseView: Element): boolean {
  return queryFirst(portal, 'messageRow', caseView) !== null;
}

/** The row an element belongs to, if any. */
export function rowOf(portal: ResolvedPortal, element: Element): Element | null {
  return closestOf(portal, 'messageRow', element);
}
