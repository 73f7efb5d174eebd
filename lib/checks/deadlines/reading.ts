import { closestOf, queryFirst } from '../../portals/query';
import type { MessageKeyRule, ResolvedPortal } from '../../portals/types';
import { attributeInside } from '../../deadlines/read-arrival';
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
function arrivalSignature(element: Element | null, attributes: readonly string[]): string {
  if (!element) return '';
  const own = attributes.map(
    (name) => `${element.getAttribute(name)}\u0003${attributeInside(element, name)}`,
  );
  // Most arrival elements hold text only: no need to look inside them.
  const nested = element.firstElementChild !== null;
  const time = nested ? element.querySelector('time[datetime]') : null;
  const titled = nested ? element.querySelector('[title]') : null;
  return [
    ...own,
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
export function rowAddress(
  row: Element,
  link: Element | null,
  base: string,
  rule: MessageKeyRule = { from: 'link' },
): MessageAddress | null {
  const href = link?.getAttribute('href');
  if (rule.from === 'attribute') return attributeAddress(row, rule, href, base);
  if (rule.from === 'link-full' && href) return fullAddress(href, base);
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

/** The open case view's address: the page's own (or, under an attribute key, the case view's attribute). */
export function caseAddress(
  base: string,
  caseView?: Element,
  rule: MessageKeyRule = { from: 'link' },
): MessageAddress | null {
  if (rule.from === 'attribute' && caseView) {
    const address = attributeAddress(caseView, rule, null, base);
    if (address) return address;
  }
  if (rule.from === 'link-full') return fullAddress(base, base);
  const page = pageAddress(base);
  return page && { key: page.key, url: page.url };
}

/** The page's address without query and fragment, also at the site's root (a single-page app's list). */
function pageUrl(base: string): string | null {
  try {
    const url = new URL(base);
    return `${url.origin}${url.pathname}`;
  } catch {
    return null;
  }
}

/** The whole address, query and fragment included: lists whose rows differ only after `#`. */
function fullAddress(href: string, base: string): MessageAddress | null {
  try {
    const url = new URL(href, base);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    const key = `${url.pathname}${url.search}${url.hash}`;
    return key === '/' ? null : { key, url: url.href };
  } catch {
    return null;
  }
}

/**
 * The message's own id from an attribute (`messageKey.attribute`) on the element or on the first element inside
 * it matching `messageKey.selector`: the same key in the list and in the open case, whatever the addresses.
 */
function attributeAddress(
  element: Element,
  rule: MessageKeyRule,
  href: string | null | undefined,
  base: string,
): MessageAddress | null {
  if (!rule.attribute) return null;
  let holder: Element | null = element;
  if (rule.selector) {
    try {
      holder = element.matches(rule.selector) ? element : element.querySelector(rule.selector);
    } catch {
      holder = null;
    }
  }
  const value = holder?.getAttribute(rule.attribute)?.trim();
  if (!value) return null;
  const opens = (href && addressOf(href, base)?.url) ?? pageUrl(base);
  return opens ? { key: `@${rule.attribute}=${value}`, url: opens } : null;
}

function reading(portal: ResolvedPortal, arrival: Element | null, status: Element | null): MessageReading {
  const statusText = status?.textContent ?? '';
  const state = messageState(statusText, portal.statusWords);
  return {
    arrival,
    state,
    fingerprint:
      state === 'open'
        ? `${statusText}\u0002${arrivalSignature(arrival, portal.arrivalAttributes ?? [])}`
        : statusText,
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
