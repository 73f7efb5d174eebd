import { queryAll } from '../portals/query';
import type { ResolvedPortal, SelectorKey } from '../portals/types';
import type { Rect } from './geometry';

/**
 * What the clinician works with on any page, whatever the portal's markup: native controls, ARIA widgets, editors,
 * and dialogs (a cookie banner's text belongs to its buttons: covering it hides what they answer). A focusable
 * `[tabindex]` alone is left out: portals put it on whole scroll areas.
 */
const INTERACTIVE = [
  'a[href]',
  'button',
  'input:not([type="hidden"])',
  'select',
  'textarea',
  'summary',
  '[contenteditable=""]',
  '[contenteditable="true"]',
  '[contenteditable="plaintext-only"]',
  '[role="button"]',
  '[role="link"]',
  '[role="textbox"]',
  '[role="toolbar"]',
  '[role="checkbox"]',
  '[role="radio"]',
  '[role="switch"]',
  '[role="tab"]',
  '[role="menuitem"]',
  '[role="combobox"]',
  '[role="slider"]',
  '[role="dialog"]',
  '[role="alertdialog"]',
  'dialog[open]',
].join(',');

/** The call's pictures: pinned items keep off them; the call chip belongs beside the self-view, over them. */
const PICTURES = 'video, iframe, canvas';

/** The portal's own knowledge of its controls, in case its markup hides them from the generic selectors. */
const PORTAL_KEYS: readonly SelectorKey[] = ['callControls', 'endCallButton', 'replyField', 'sendButton'];
const PORTAL_PICTURE_KEYS: readonly SelectorKey[] = ['selfView', 'remoteVideo'];

function visibleRect(element: Element, viewport: Rect): Rect | null {
  const box = element.getBoundingClientRect();
  if (box.width < 1 || box.height < 1) return null;
  if (box.right <= 0 || box.bottom <= 0 || box.left >= viewport.width || box.top >= viewport.height)
    return null;
  if (!element.checkVisibility({ visibilityProperty: true })) return null;
  return { left: box.left, top: box.top, width: box.width, height: box.height };
}

/**
 * The boxes, in viewport pixels, of the page's controls on screen now (and of its pictures, unless `pictures` is
 * false). Inside the portal's fullscreen element only, while there is one: nothing else is drawn then.
 */
export function controlRects(portal: ResolvedPortal | null, { pictures = true } = {}): Rect[] {
  const root: ParentNode = document.fullscreenElement ?? document;
  const viewport = {
    left: 0,
    top: 0,
    width: document.documentElement.clientWidth,
    height: document.documentElement.clientHeight,
  };
  const found = new Set<Element>(
    root.querySelectorAll(pictures ? `${INTERACTIVE},${PICTURES}` : INTERACTIVE),
  );
  const keys = pictures ? [...PORTAL_KEYS, ...PORTAL_PICTURE_KEYS] : PORTAL_KEYS;
  if (portal) for (const key of keys) for (const element of queryAll(portal, key, root)) found.add(element);
  const rects: Rect[] = [];
  for (const element of found) {
    const rect = visibleRect(element, viewport);
    if (rect) rects.push(rect);
  }
  return rects;
}
