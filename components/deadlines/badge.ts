import type { BadgeView } from '@/lib/checks/deadlines/badge-view';
import { BADGE_CSS } from './badge-styles';

/**
 * One deadline badge: a small host element next to the arrival time, its text in an open shadow root (the portal's
 * CSS and scripts' querySelector do not reach it; assistive technology and the tooltip do). Host marks are
 * `data-vmk-deadlines-*` attributes and `data-vmk-due`. Plain DOM, not a Preact tree: an inbox can hold thousands.
 */
export const BADGE_TAG = 'vmk-deadline';
export const BADGE_MARK = 'data-vmk-deadlines-badge';

interface Parts {
  box: HTMLSpanElement;
  text: Text;
  /** " · " between the time left and the due day, so that both read as two phrases, also aloud. */
  separator: HTMLSpanElement;
  detail: HTMLSpanElement;
  view?: BadgeView;
}

const partsOf = new WeakMap<Element, Parts>();
let sharedSheet: CSSStyleSheet | null | undefined;

function styleInto(root: ShadowRoot): void {
  if (sharedSheet === undefined) {
    try {
      sharedSheet = new CSSStyleSheet();
      sharedSheet.replaceSync(BADGE_CSS);
    } catch {
      sharedSheet = null;
    }
  }
  if (sharedSheet) {
    try {
      // One parsed sheet shared by every badge on the page.
      root.adoptedStyleSheets = [sharedSheet];
      return;
    } catch {
      // some isolated worlds refuse a constructed sheet: fall back to a <style> element
    }
  }
  const style = root.ownerDocument.createElement('style');
  style.textContent = BADGE_CSS;
  root.append(style);
}

export function createBadge(doc: Document = document): HTMLElement {
  const host = doc.createElement(BADGE_TAG);
  host.setAttribute(BADGE_MARK, '');
  const root = host.attachShadow({ mode: 'open' });
  styleInto(root);
  const box = doc.createElement('span');
  box.className = 'badge';
  const text = doc.createTextNode('');
  const separator = doc.createElement('span');
  separator.className = 'separator';
  const detail = doc.createElement('span');
  detail.className = 'detail';
  box.append(text, separator, detail);
  root.append(box);
  partsOf.set(host, { box, text, separator, detail });
  return host;
}

export function isBadge(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).hasAttribute(BADGE_MARK);
}

/** Writes only what differs from what the badge shows now: no flicker, and no work when nothing changed. */
export function renderBadge(host: HTMLElement, view: BadgeView): void {
  const parts = partsOf.get(host);
  if (!parts) return;
  const last = parts.view;
  if (last?.level !== view.level) {
    parts.box.className = `badge ${view.level}`;
    host.setAttribute('data-vmk-deadlines-level', view.level);
  }
  if (last?.text !== view.text) parts.text.data = view.text;
  if (last?.detail !== view.detail) {
    parts.separator.textContent = view.detail ? ' · ' : '';
    parts.detail.textContent = view.detail;
  }
  if (last?.tooltip !== view.tooltip) parts.box.title = view.tooltip;
  if (last === undefined || last.dueIso !== view.dueIso) {
    if (view.dueIso) host.setAttribute('data-vmk-due', view.dueIso);
    else host.removeAttribute('data-vmk-due');
  }
  parts.view = view;
}

/** What the badge shows now (for tests and the tick). */
export function shownView(host: Element): BadgeView | undefined {
  return partsOf.get(host)?.view;
}
