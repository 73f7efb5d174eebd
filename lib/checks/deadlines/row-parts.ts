import { queryFirst } from '../../portals/query';
import type { ResolvedPortal, SelectorKey } from '../../portals/types';

/** The elements of one message row the check reads, found through the portal's selector lists. */
export interface RowParts {
  arrival: Element | null;
  status: Element | null;
  link: Element | null;
}

const PART_KEYS = [
  ['arrival', 'messageArrival'],
  ['status', 'messageStatus'],
  ['link', 'messageLink'],
] as const satisfies readonly (readonly [keyof RowParts, SelectorKey])[];

/** One row: the portal layer's own query, as every check does. */
export function partsOfRow(portal: ResolvedPortal, row: Element): RowParts {
  return {
    arrival: queryFirst(portal, 'messageArrival', row),
    status: queryFirst(portal, 'messageStatus', row),
    link: queryFirst(portal, 'messageLink', row),
  };
}

function safeQueryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** The nearest row (of `rows`) strictly above `element`, as `row.querySelectorAll` would have found it. */
function owningRow(element: Element, rows: ReadonlySet<Element>): Element | undefined {
  for (let node = element.parentElement; node; node = node.parentElement) if (rows.has(node)) return node;
  return undefined;
}

/**
 * Many rows at once, with exactly the result of partsOfRow for each: per key, the first alternative that matches
 * anything inside the row, and its first match in document order. Asking each of 2 000 rows in turn is slow in
 * Chromium for selectors with a descendant combinator (".inkommet time[datetime]": about 50 µs per row, even with
 * :scope, measured in Chromium 156); one query per alternative over the whole document and a walk up to the row is
 * about 3 ms for all of them.
 */
export function partsOfRows(
  portal: ResolvedPortal,
  rows: readonly Element[],
  root: ParentNode,
): Map<Element, RowParts> {
  const rowSet = new Set(rows);
  const parts = new Map<Element, RowParts>(
    rows.map((row) => [row, { arrival: null, status: null, link: null }]),
  );
  for (const [field, key] of PART_KEYS) {
    const settled = new Set<Element>();
    for (const selector of portal.selectors[key] ?? []) {
      const matchedNow = new Set<Element>();
      for (const element of safeQueryAll(root, selector)) {
        const row = owningRow(element, rowSet);
        if (!row || settled.has(row) || matchedNow.has(row)) continue;
        matchedNow.add(row);
        parts.get(row)![field] = element;
      }
      // A row that this alternative matched keeps its result; later alternatives only fill rows still empty.
      for (const row of matchedNow) settled.add(row);
      if (settled.size === rowSet.size) break;
    }
  }
  return parts;
}
