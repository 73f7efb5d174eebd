import type { ResolvedPortal, SelectorKey } from './types';

/**
 * Selector lists hold alternatives: the first alternative that matches anything wins. A selector the browser
 * rejects (a bad policy value that slipped through) is skipped, never thrown into the host page.
 */
function safeQueryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

export function queryAll(
  portal: Pick<ResolvedPortal, 'selectors'>,
  key: SelectorKey,
  root: ParentNode = document,
): Element[] {
  for (const selector of portal.selectors[key] ?? []) {
    const found = safeQueryAll(root, selector);
    if (found.length > 0) return found;
  }
  return [];
}

export function queryFirst(
  portal: ResolvedPortal,
  key: SelectorKey,
  root: ParentNode = document,
): Element | null {
  return queryAll(portal, key, root)[0] ?? null;
}

/** Whether `element` is one of the portal's `key` elements (for events bubbling up from inside them). */
export function closestOf(portal: ResolvedPortal, key: SelectorKey, element: Element): Element | null {
  for (const selector of portal.selectors[key] ?? []) {
    try {
      const hit = element.closest(selector);
      if (hit) return hit;
    } catch {
      // skip a selector the browser rejects
    }
  }
  return null;
}
