import { MatchPattern } from 'wxt/utils/match-patterns';
import type { Settings } from '../settings/schema';
import { PORTALS } from './index';
import type { PageKind, PortalDefinition, ResolvedPortal, SelectorKey } from './types';

/** Applies IT's overrides (policy `portals.<id>`) to a built-in portal definition. */
export function resolvePortal(definition: PortalDefinition, settings: Settings): ResolvedPortal {
  const override = settings.portals[definition.id];
  const selectors = { ...definition.selectors };
  for (const [key, list] of Object.entries(override?.selectors ?? {})) {
    if (list && list.length > 0) selectors[key as SelectorKey] = list;
  }
  return {
    ...definition,
    urlPatterns: override?.urlPatterns?.length ? override.urlPatterns : definition.urlPatterns,
    selectors,
  };
}

function matches(patterns: readonly string[], url: string): boolean {
  return patterns.some((pattern) => {
    try {
      return new MatchPattern(pattern).includes(url);
    } catch {
      return false;
    }
  });
}

/** The portal this URL belongs to, after policy overrides; undefined on any other site or a portal switched off. */
export function findPortal(url: string, settings: Settings): ResolvedPortal | undefined {
  for (const definition of PORTALS) {
    if (settings.portals[definition.id]?.enabled === false) continue;
    const portal = resolvePortal(definition, settings);
    if (matches(portal.urlPatterns, url)) return portal;
  }
  return undefined;
}

/** The kind of page at `pathname`, from the portal's path patterns; undefined when none matches. */
export function pageKindOf(portal: ResolvedPortal, pathname: string): PageKind | undefined {
  for (const [kind, patterns] of Object.entries(portal.pages)) {
    if (patterns?.some((source) => new RegExp(source).test(pathname))) return kind as PageKind;
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
