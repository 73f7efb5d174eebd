import {
  isBuiltInPortal,
  type MessageKeyRule,
  type PageKind,
  type ResolvedPortal,
  type SelectorKey,
} from '../portals/types';
import type { Settings } from '../settings/schema';
import { draftIdForHost, type Draft, type DraftProfile } from './draft';

/**
 * Changes to the draft, one pick at a time. Each keeps the draft to selectors, address patterns, paths, attribute
 * names and status words: nothing read from the page's text goes in, except a status word the administrator
 * confirmed.
 */

/** Loopback hosts serve several local portals side by side: their first path segment is part of the address. */
function addressPattern(url: URL): string {
  const loopback = url.hostname === '127.0.0.1' || url.hostname === 'localhost';
  const first = url.pathname.split('/')[1];
  const path = loopback && first && !/\d/.test(first) ? `/${first}/*` : '/*';
  return `${url.protocol}//${url.hostname}${path}`;
}

/**
 * The draft to start from on this page: the existing one for this portal, else the portal's policy profile (a
 * portal defined by policy: its whole profile, so that the export holds all of it), else only what changes (a
 * built-in portal), else a new portal for this address.
 */
export function startDraft(
  current: Draft | undefined,
  portal: ResolvedPortal | undefined,
  settings: Settings,
  href: string,
): Draft {
  const url = new URL(href);
  if (portal) {
    if (current?.id === portal.id) return current;
    if (isBuiltInPortal(portal.id)) return { id: portal.id, profile: {} };
    const { enabled: _enabled, ...profile } = settings.portals.custom?.[portal.id] ?? {};
    return { id: portal.id, profile };
  }
  const id = draftIdForHost(url.hostname);
  if (current?.id === id) return current;
  return { id, profile: { name: url.hostname, urlPatterns: [addressPattern(url)] } };
}

/** The picked selector first, then the ones in effect (so the profile works before and after the portal's change). */
export function withSelector(
  draft: Draft,
  key: SelectorKey,
  selector: string,
  inEffect: readonly string[] = [],
): Draft {
  const list = [selector, ...inEffect.filter((existing) => existing !== selector)].slice(0, 5);
  return { ...draft, profile: { ...draft.profile, selectors: { ...draft.profile.selectors, [key]: list } } };
}

export function withoutSelector(draft: Draft, key: SelectorKey): Draft {
  const selectors = { ...draft.profile.selectors };
  delete selectors[key];
  return { ...draft, profile: { ...draft.profile, selectors } };
}

/** A status word the administrator confirmed, lower case, for one state (moved from another state if it was there). */
export function withStatusWord(draft: Draft, state: 'open' | 'answered' | 'closed', word: string): Draft {
  const clean = word.replace(/\s+/g, ' ').trim().toLocaleLowerCase('sv').slice(0, 60);
  // A status is a word or a few, never a number: a text with a digit or a sentence is not taken (it may be data).
  if (!clean || /\d/.test(clean) || clean.split(' ').length > 4) return draft;
  const words: NonNullable<DraftProfile['statusWords']> = { ...draft.profile.statusWords };
  for (const other of ['open', 'answered', 'closed'] as const) {
    words[other] = (words[other] ?? []).filter((existing) => existing !== clean);
    if (words[other].length === 0) delete words[other];
  }
  words[state] = [...(words[state] ?? []), clean];
  return { ...draft, profile: { ...draft.profile, statusWords: words } };
}

/** A path as a pattern for every page like it: segments with a digit (a message's number) become `[^/]+`. */
export function pathPattern(pathname: string): string {
  const segments = pathname
    .replace(/\/+$/, '')
    .split('/')
    .map((segment) => (/\d/.test(segment) ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  return `^${segments.join('/')}/?$`;
}

/** This page is of `kind`: its path (as a pattern) is added to that kind and taken from the others. */
export function withPageKind(draft: Draft, kind: PageKind, pathname: string): Draft {
  const pattern = pathPattern(pathname);
  const pages: NonNullable<DraftProfile['pages']> = { ...draft.profile.pages };
  for (const [other, recognition] of Object.entries(pages) as [
    PageKind,
    { paths?: string[] } | undefined,
  ][]) {
    if (other === kind || !recognition?.paths) continue;
    pages[other] = { ...recognition, paths: recognition.paths.filter((path) => path !== pattern) };
  }
  const own = pages[kind] ?? {};
  const paths = own.paths ?? [];
  pages[kind] = { ...own, paths: paths.includes(pattern) ? paths : [...paths, pattern] };
  return { ...draft, profile: { ...draft.profile, pages } };
}

/** The keys whose elements tell a page of each kind from the others where its address does not (an app's views). */
export const KIND_EVIDENCE: Readonly<Partial<Record<PageKind, readonly SelectorKey[]>>> = {
  inbox: ['messageRow'],
  case: ['caseView', 'replyField'],
  settings: ['signatureSetting'],
};

/**
 * This page is of `kind`, told by what it shows: a single-page app, whose address stays the same while its view
 * changes. The kind is recognised while the page contains an element of its evidence keys (`selectorsOf`: the
 * draft's selectors or those in effect); a video meeting by the clinician's own camera picture. This page's path
 * is taken from every kind, so that the address no longer decides. When no evidence key has a selector yet: the
 * keys to pick first.
 */
export function withPageKindByContent(
  draft: Draft,
  kind: PageKind,
  pathname: string,
  selectorsOf: (key: SelectorKey) => readonly string[],
): { draft: Draft } | { missing: SelectorKey[] } {
  const keys = KIND_EVIDENCE[kind] ?? [];
  const evidence = [...new Set(keys.flatMap((key) => selectorsOf(key)))];
  if (kind !== 'video' && evidence.length === 0) return { missing: [...keys] };
  const pattern = pathPattern(pathname);
  const pages: NonNullable<DraftProfile['pages']> = { ...draft.profile.pages };
  for (const [other, recognition] of Object.entries(pages) as [
    PageKind,
    { paths?: string[] } | undefined,
  ][]) {
    if (!recognition?.paths?.includes(pattern)) continue;
    pages[other] = { ...recognition, paths: recognition.paths.filter((path) => path !== pattern) };
  }
  const own = pages[kind] ?? {};
  pages[kind] =
    kind === 'video'
      ? { ...own, liveCamera: true }
      : { ...own, contains: [...new Set([...(own.contains ?? []), ...evidence])] };
  return { draft: { ...draft, profile: { ...draft.profile, pages } } };
}

export function withArrivalAttribute(draft: Draft, attribute: string): Draft {
  const attributes = draft.profile.arrival?.attributes ?? [];
  if (attributes.includes(attribute)) return draft;
  return { ...draft, profile: { ...draft.profile, arrival: { attributes: [attribute, ...attributes] } } };
}

export function withMessageKey(draft: Draft, rule: MessageKeyRule): Draft {
  return { ...draft, profile: { ...draft.profile, messageKey: rule } };
}
