import { MatchPattern } from 'wxt/utils/match-patterns';
import type { Settings } from '../settings/schema';
import type { CustomPortal, PortalOverride } from '../settings/portal-profile';
import { PORTALS } from './index';
import { SWEDISH_STATUS_WORDS, mergeStatusWords } from './status-words';
import {
  MESSAGE_STATES,
  PAGE_KINDS,
  isBuiltInPortal,
  type MessageKeyRule,
  type PageKind,
  type PageRecognition,
  type PortalDefinition,
  type ResolvedPortal,
  type SelectorKey,
  type StatusWords,
} from './types';

/** The fields policy can set on any profile (built-in or defined by policy). */
type Profile = Omit<PortalOverride, 'enabled'> & { deadlineRule?: unknown };

/** A portal defined by policy with no `basedOn`: it knows nothing but what policy says. */
const BLANK: PortalDefinition = {
  id: '',
  name: '',
  urlPatterns: [],
  pages: {},
  selectors: {},
  statusWords: { open: [], answered: [], closed: [] },
  messageKey: { from: 'link' },
};

function statusWordsOf(base: StatusWords, over: Profile): StatusWords {
  const builtIn = mergeStatusWords(SWEDISH_STATUS_WORDS, base);
  if (over.statusWordsMode !== 'replace') return mergeStatusWords(builtIn, over.statusWords);
  // Replace: a state IT lists counts only IT's words; a state IT leaves out keeps the built-in ones.
  const replaced = { ...builtIn };
  for (const state of MESSAGE_STATES) {
    const words = over.statusWords?.[state];
    if (words && words.length > 0) replaced[state] = words;
  }
  return replaced;
}

function pagesOf(base: PortalDefinition['pages'], over: Profile): ResolvedPortal['pages'] {
  const pages: ResolvedPortal['pages'] = {};
  for (const kind of PAGE_KINDS) {
    const own = over.pages?.[kind] as Partial<PageRecognition> | undefined;
    const recognition: PageRecognition = {
      paths: own?.paths ?? base[kind]?.paths ?? [],
      contains: own?.contains ?? base[kind]?.contains ?? [],
      // Any portal's page with the clinician's own live camera picture is a video meeting, unless IT says not.
      liveCamera: kind === 'video' && (own?.liveCamera ?? base[kind]?.liveCamera ?? true),
    };
    if (recognition.paths.length + recognition.contains.length > 0 || recognition.liveCamera) {
      pages[kind] = recognition;
    }
  }
  return pages;
}

function messageKeyOf(base: MessageKeyRule, over: Profile): MessageKeyRule {
  const rule = { ...base, ...over.messageKey };
  // An attribute key without its attribute name cannot identify anything: the link decides instead.
  return rule.from === 'attribute' && !rule.attribute ? { ...rule, from: 'link' } : rule;
}

/** A profile with policy's fields over the built-in (or `basedOn`) ones: an unset field keeps the base's value. */
export function applyProfile(
  base: PortalDefinition,
  over: Profile,
  identity: { id: string; custom?: boolean } = { id: base.id },
): ResolvedPortal {
  const selectors = { ...base.selectors };
  for (const [key, list] of Object.entries(over.selectors ?? {})) {
    if (list && list.length > 0) selectors[key as SelectorKey] = list;
  }
  const custom = identity.custom === true;
  return {
    ...base,
    id: identity.id,
    name: over.name ?? base.name,
    urlPatterns: over.urlPatterns?.length ? over.urlPatterns : base.urlPatterns,
    pages: pagesOf(base.pages, over),
    selectors,
    statusWords: statusWordsOf(base.statusWords, over),
    messageKey: messageKeyOf(base.messageKey, over),
    arrivalAttributes: over.arrival?.attributes ?? base.arrivalAttributes ?? [],
    // Unset: every check (one added in a later version included).
    checks: over.checks ?? base.checks,
    ...(custom
      ? {
          custom: true,
          deadlineRule: (over as CustomPortal).deadlineRule,
          signatureTemplate: (over as CustomPortal).signatureTemplate,
        }
      : {}),
  };
}

/** Applies IT's overrides (policy `portals.<id>`) to a built-in portal definition. */
export function resolvePortal(definition: PortalDefinition, settings: Settings): ResolvedPortal {
  const override = isBuiltInPortal(definition.id) ? settings.portals[definition.id] : {};
  return applyProfile(definition, override);
}

/** A portal defined by policy alone, on its `basedOn` portal's knowledge (its addresses excepted). */
export function resolveCustomPortal(id: string, profile: CustomPortal): ResolvedPortal {
  const based = PORTALS.find((portal) => portal.id === profile.basedOn);
  const base = based ? { ...based, urlPatterns: [] } : { ...BLANK, name: id };
  return applyProfile(base, profile, { id, custom: true });
}

/**
 * Every portal in effect, the ones defined by policy first (IT's newer, narrower addresses win over a built-in
 * portal on the same host), then the built-in ones; switched-off portals are left out.
 */
export function portalsInEffect(settings: Settings): ResolvedPortal[] {
  const custom = Object.entries(settings.portals.custom ?? {})
    .filter(([id, profile]) => !isBuiltInPortal(id) && profile.enabled !== false)
    .map(([id, profile]) => resolveCustomPortal(id, profile))
    .filter((portal) => portal.urlPatterns.length > 0);
  const builtIn = PORTALS.filter(
    (definition) => !isBuiltInPortal(definition.id) || settings.portals[definition.id].enabled !== false,
  ).map((definition) => resolvePortal(definition, settings));
  return [...custom, ...builtIn];
}

export function matchesUrl(patterns: readonly string[], url: string): boolean {
  return patterns.some((pattern) => {
    try {
      return new MatchPattern(pattern).includes(url);
    } catch {
      return false;
    }
  });
}

/** The portal this URL belongs to, after policy; undefined on any other site or a portal switched off. */
export function findPortal(url: string, settings: Settings): ResolvedPortal | undefined {
  return portalsInEffect(settings).find((portal) => matchesUrl(portal.urlPatterns, url));
}

/** A portal's name for the clinician, by id: the built-in name, IT's name, or the id itself. */
export function portalName(id: string, settings?: Settings): string {
  const found = settings
    ? portalsInEffect(settings).find((portal) => portal.id === id)
    : PORTALS.find((portal) => portal.id === id);
  return found?.name ?? PORTALS.find((portal) => portal.id === id)?.name ?? id;
}

function pathMatches(sources: readonly string[], pathname: string): boolean {
  return sources.some((source) => {
    try {
      return new RegExp(source).test(pathname);
    } catch {
      return false;
    }
  });
}

function containsAny(selectors: readonly string[], root: ParentNode): boolean {
  return selectors.some((selector) => {
    try {
      return root.querySelector(selector) !== null;
    } catch {
      return false;
    }
  });
}

/** Kinds in the order they are tried: the most specific first (a video room with a chat is a video page). */
const KIND_ORDER: readonly PageKind[] = ['video', 'case', 'inbox', 'settings'];

/**
 * The kind of page open now: by its path, by what it contains, or (video) by a live camera picture found by the
 * caller (`liveCamera`). Undefined when nothing matches.
 */
export function pageKindOf(
  portal: ResolvedPortal,
  pathname: string,
  root?: ParentNode,
  liveCamera = false,
): PageKind | undefined {
  for (const kind of KIND_ORDER) {
    const recognition = portal.pages[kind];
    if (!recognition) continue;
    if (pathMatches(recognition.paths ?? [], pathname)) return kind;
    if (root && containsAny(recognition.contains ?? [], root)) return kind;
    if (liveCamera && recognition.liveCamera) return kind;
  }
  return undefined;
}

/** The local replica portals' hosts (`*.localhost`): matched by development and test builds only. */
export function isReplicaPattern(pattern: string): boolean {
  return /^\*?[a-z]*:\/\/[^/]*\.localhost\//.test(pattern);
}

/**
 * Every built-in URL pattern: what the manifest's content script matches. A release build (`wxt build --mode
 * release`, run by `npm run package`) leaves out the replicas' hosts, so a deployed browser matches the real
 * portals only.
 */
export function builtInMatchPatterns({ release = false }: { release?: boolean } = {}): string[] {
  const patterns = PORTALS.flatMap((portal) => portal.urlPatterns);
  return [...new Set(release ? patterns.filter((pattern) => !isReplicaPattern(pattern)) : patterns)];
}

/** Every URL pattern of the portals in effect (policy's included). */
export function patternsInEffect(settings: Settings): string[] {
  return [...new Set(portalsInEffect(settings).flatMap((portal) => portal.urlPatterns))];
}
