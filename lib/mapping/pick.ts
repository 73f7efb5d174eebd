import { queryAll, queryFirst } from '../portals/query';
import type { ResolvedPortal, SelectorKey } from '../portals/types';
import { ROW_KEYS } from './inspect';
import { suggestSelector, type PickRequest, type Suggestion } from './selector';

/**
 * How a pick for `key` is judged: a message row against all rows like it; an arrival, status or link inside each
 * row (or inside the open case when the page has no rows); anything else as one element on the page.
 */
export function pickRequest(
  portal: ResolvedPortal | undefined,
  key: SelectorKey,
  target: Element,
): PickRequest {
  const doc = target.ownerDocument;
  if (key === 'messageRow') return { target: repeatedItem(target), root: doc, many: true };
  if (ROW_KEYS.includes(key) && portal) {
    const rows = queryAll(portal, 'messageRow', doc).filter((row) => row !== target);
    if (rows.some((row) => row.contains(target))) return { target, root: doc, rows };
    const caseView = queryFirst(portal, 'caseView', doc);
    if (caseView?.contains(target) && caseView !== target) return { target, root: caseView };
  }
  return { target, root: doc };
}

function alike(a: Element, b: Element): boolean {
  return a.tagName === b.tagName && a.getAttribute('class') === b.getAttribute('class');
}

/**
 * The row a click inside a list landed in: the nearest table row (or ARIA row) around it, else the nearest element
 * with at least two siblings like it (same tag and classes), else the element itself.
 */
export function repeatedItem(clicked: Element): Element {
  for (let node: Element | null = clicked; node && node.tagName !== 'BODY'; node = node.parentElement) {
    if (node.tagName === 'TR' || node.getAttribute('role') === 'row') return node;
  }
  for (let node: Element | null = clicked; node && node.tagName !== 'BODY'; node = node.parentElement) {
    const siblings = node.parentElement ? [...node.parentElement.children] : [];
    if (siblings.filter((sibling) => alike(sibling, node)).length >= 3) return node;
  }
  return clicked;
}

export function suggestFor(
  portal: ResolvedPortal | undefined,
  key: SelectorKey,
  target: Element,
): Suggestion | undefined {
  return suggestSelector(pickRequest(portal, key, target));
}
