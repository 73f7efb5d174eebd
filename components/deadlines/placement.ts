import { BADGE_TAG } from './badge';

/** Elements that hold the arrival time as their own content: the badge goes inside them, at the end. */
const HOLDS_BADGE_INSIDE = /^(TD|TH|LI|DD)$/;

/**
 * Whether the badge sits where it belongs: inside a table cell, list item or `dd` holding the time, else right after
 * the time element (a `<time>` or a `<span>` in a row).
 */
export function isPlaced(host: Element, arrival: Element): boolean {
  return HOLDS_BADGE_INSIDE.test(arrival.tagName)
    ? host.parentNode === arrival
    : arrival.nextSibling === host;
}

export function place(host: Element, arrival: Element): void {
  if (isPlaced(host, arrival)) return;
  // In a table cell the badge takes the cell's width instead of giving it one (see badge-styles.ts).
  if (arrival.closest('td, th')) host.setAttribute('data-vmk-deadlines-in-cell', '');
  else host.removeAttribute('data-vmk-deadlines-in-cell');
  if (HOLDS_BADGE_INSIDE.test(arrival.tagName)) arrival.append(host);
  else arrival.after(host);
}

/** A badge left by an earlier run of the extension (an update replaced the content script): not ours to keep. */
export function removeStrayBadges(arrival: Element): void {
  const candidates = HOLDS_BADGE_INSIDE.test(arrival.tagName)
    ? Array.from(arrival.children)
    : [arrival.nextElementSibling];
  for (const element of candidates) if (element?.localName === BADGE_TAG) element.remove();
}
