import type { ResolvedPortal } from '../portals/types';
import { controlRects } from './controls';
import { findSpot, type Corner, type Rect } from './geometry';
import { watchPage } from './watch';

/** How a pinned item is drawn: whole, shrunk to a small dot, or not at all (no free spot even for the dot). */
export type PinMode = 'full' | 'dot' | 'none';
/** The attribute the item's own styles read to draw the mode (and the tests to see it). */
export const PIN_MODE_ATTRIBUTE = 'data-vmk-placement';

export interface PinOptions {
  /** The item's position:fixed root, looked up at every placement (a notice's root comes and goes). */
  target(): HTMLElement | null;
  corner: Corner;
  /** Lower is placed first; later items keep clear of earlier ones. */
  order: number;
  portal: ResolvedPortal | null;
  signal: AbortSignal;
}

export interface Pin {
  /** Places every item now: call right after drawing an item, so it never shows in a wrong spot. */
  placeNow(): void;
}

const items = new Set<PinOptions>();
const observed = new Map<PinOptions, HTMLElement>();
/** Each item's size when last placed, to tell its own changes from the placement's. */
const placedSizes = new WeakMap<HTMLElement, string>();

function sizeOf(element: Element): string {
  const box = element.getBoundingClientRect();
  return `${Math.round(box.width)}x${Math.round(box.height)}`;
}

function setMode(element: HTMLElement, mode: PinMode): void {
  element.setAttribute(PIN_MODE_ATTRIBUTE, mode);
  element.style.display = mode === 'none' ? 'none' : '';
}

/** The item drawn in `mode`, measured, and its free spot; 'empty' when it draws nothing (no reminder waiting). */
function fit(
  element: HTMLElement,
  mode: PinMode,
  item: PinOptions,
  obstacles: () => Rect[],
): Rect | 'empty' | null {
  setMode(element, mode);
  const box = element.getBoundingClientRect();
  if (box.width < 1 || box.height < 1) return 'empty';
  const viewport = {
    width: document.documentElement.clientWidth,
    height: document.documentElement.clientHeight,
  };
  const size = { width: Math.ceil(box.width), height: Math.ceil(box.height) };
  return findSpot({ size, viewport, obstacles: obstacles(), corner: item.corner });
}

/**
 * Measures the page's controls once and places every pinned item in turn (whole, else as a dot, else hidden),
 * each keeping clear of the controls and of the items placed before it. Everything happens in one task, between
 * the page's change and the next paint, so an item is never drawn over a control.
 */
function placeAll(): void {
  const sorted = [...items].sort((a, b) => a.order - b.order);
  const portal = sorted.find((item) => item.portal)?.portal ?? null;
  // Measured only once an item has something to show: an empty reminder list costs the page nothing.
  let measured: Rect[] | null = null;
  const obstacles = () => (measured ??= controlRects(portal));
  for (const item of sorted) {
    const element = item.target();
    if (observed.get(item) !== element) {
      const before = observed.get(item);
      if (before) resizes.unobserve(before);
      if (element) resizes.observe(element);
      if (element) observed.set(item, element);
      else observed.delete(item);
    }
    if (!element?.isConnected) continue;
    let spot = fit(element, 'full', item, obstacles);
    if (spot === null) spot = fit(element, 'dot', item, obstacles);
    if (spot === null) setMode(element, 'none');
    element.style.visibility = '';
    placedSizes.set(element, sizeOf(element));
    if (spot === null || spot === 'empty') continue;
    element.style.left = `${spot.left}px`;
    element.style.top = `${spot.top}px`;
    obstacles().push(spot);
  }
}

/**
 * An item that changed size by itself (opened, new text, a reminder arriving) is hidden before that change is
 * painted (ResizeObserver calls back after layout, before paint) and placed in the next frame. Placing it right here
 * would change its size again inside the callback, which the browser reports as a loop error to the page.
 */
const resizes = new ResizeObserver((entries) => {
  for (const { target } of entries) {
    if (!(target instanceof HTMLElement) || placedSizes.get(target) === sizeOf(target)) continue;
    target.style.visibility = 'hidden';
    schedule();
  }
});
let frame = 0;
let stopWatching: (() => void) | null = null;

/**
 * After the page's own change, in the same task (mutation callbacks run before anything else can look), once a
 * frame; further changes in that frame are placed before the next paint.
 */
let placedThisFrame = false;
function placeSoon(): void {
  if (placedThisFrame || items.size === 0) return schedule();
  placedThisFrame = true;
  requestAnimationFrame(() => (placedThisFrame = false));
  placeAll();
}

/** Placement after the page changed, at most once a frame and always before the next paint. */
function schedule(): void {
  if (frame || items.size === 0) return;
  frame = requestAnimationFrame(() => {
    frame = 0;
    placeAll();
  });
}

/**
 * Pins an item (presence mark, reminders, a notice) to the free spot nearest its corner, for as long as its signal
 * lives. One service for every item in the page, so that items also keep clear of each other.
 */
export function pinItem(item: PinOptions): Pin {
  items.add(item);
  stopWatching ??= watchPage(schedule, placeSoon);
  item.signal.addEventListener(
    'abort',
    () => {
      items.delete(item);
      const element = observed.get(item);
      if (element) resizes.unobserve(element);
      observed.delete(item);
      if (items.size > 0) return;
      stopWatching?.();
      stopWatching = null;
      cancelAnimationFrame(frame);
      frame = 0;
    },
    { once: true },
  );
  placeAll();
  return { placeNow: placeAll };
}
