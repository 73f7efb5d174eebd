import { isBadge } from '@/components/deadlines/badge';
import { queryAll } from '../../portals/query';
import type { ResolvedPortal } from '../../portals/types';
import { rowOf } from './reading';

export interface Touched {
  rows: Set<Element>;
  /** The case view changed, or arrived. */
  caseView: boolean;
}

/**
 * The message rows a batch of mutations touched: rows written into (a status text, a time), rows added (one by
 * one, or a whole list at once), and whether the case view was. Our own badges coming and going touch nothing.
 */
export function touchedBy(
  records: readonly MutationRecord[],
  portal: ResolvedPortal,
  caseView: Element | null,
): Touched {
  const touched: Touched = { rows: new Set(), caseView: false };
  const consider = (node: Node | null): Element | null => {
    const element = node?.nodeType === 1 ? (node as Element) : (node?.parentElement ?? null);
    if (!element || !element.isConnected) return null;
    const row = rowOf(portal, element);
    if (row) touched.rows.add(row);
    if (caseView && !touched.caseView && (caseView.contains(element) || element.contains(caseView)))
      touched.caseView = true;
    return row;
  };
  for (const record of records) {
    if (record.type !== 'childList') {
      consider(record.target);
      continue;
    }
    let foreign = false;
    for (const node of record.addedNodes) {
      if (isBadge(node)) continue;
      foreign = true;
      if (node.nodeType !== 1) continue;
      // A row itself (a keyed list inserting it) holds no rows; anything else may hold a whole list.
      if (consider(node) === node) continue;
      for (const row of queryAll(portal, 'messageRow', node as Element)) touched.rows.add(row);
    }
    for (const node of record.removedNodes) if (!isBadge(node)) foreign = true;
    if (foreign) consider(record.target);
  }
  return touched;
}
