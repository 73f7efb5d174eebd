/**
 * What the placement end-to-end tests look at, in the page itself: every visible element of the extension's UI
 * (inside the shadow roots of its `vmk-*` hosts) against every control of the page, by bounding boxes and by
 * `elementFromPoint` at each control's centre.
 */
import type { Page } from 'playwright-core';
import { LAYOUT_CONTROLS, LAYOUT_POSITIONS } from '../replicas/layout/replica.ts';

/** The controls of the layout page and of the Vård och hälsa room. */
export const CONTROLS = [
  '.vc-send-button',
  '.vc-editor',
  '.vc-call-controls',
  '.vc-call-controls button',
  '.vc-end-call',
  '[role="dialog"]',
  '.cookie button',
  '.tile',
  '.next-call',
].join(',');

export const CALL_CONTROLS = '.vc-call-controls, .vc-call-controls button, .vc-end-call';

/** Every control in every corner and edge: control i sits at position k + offset i, for k = 0…7. */
export function arrangements(): string[] {
  const offsets = [0, 1, 3, 5, 6];
  return LAYOUT_POSITIONS.map((_, k) =>
    LAYOUT_CONTROLS.map(
      (control, i) => `${control}=${LAYOUT_POSITIONS[(k + offsets[i]!) % LAYOUT_POSITIONS.length]}`,
    ).join('&'),
  );
}

/** Each overlap found now: which extension element (tag.class) over which control (selector, centre or box). */
export function coverings(page: Page, controls: string = CONTROLS): Promise<string[]> {
  return page.evaluate((selector) => {
    const found: string[] = [];
    const name = (element: Element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`;
    const ours: { element: Element; box: DOMRect }[] = [];
    for (const host of document.querySelectorAll('*')) {
      if (!host.tagName.startsWith('VMK-') || !host.shadowRoot) continue;
      for (const element of host.shadowRoot.querySelectorAll('*')) {
        const box = element.getBoundingClientRect();
        if (box.width < 1 || box.height < 1 || !element.checkVisibility({ visibilityProperty: true }))
          continue;
        ours.push({ element, box });
      }
    }
    for (const control of document.querySelectorAll(selector)) {
      const box = control.getBoundingClientRect();
      if (box.width < 1 || box.height < 1 || !control.checkVisibility({ visibilityProperty: true })) continue;
      for (const item of ours) {
        const b = item.box;
        if (b.left < box.right && box.left < b.right && b.top < box.bottom && box.top < b.bottom) {
          found.push(`${name(item.element)} over ${name(control)} (box)`);
        }
      }
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      if (hit?.tagName.startsWith('VMK-'))
        found.push(`${hit.tagName.toLowerCase()} over ${name(control)} (centre)`);
    }
    return found;
  }, controls);
}

/**
 * Checks the page on every animation frame from now on, in the page's own world, and keeps what it finds: a
 * call's controls must never be covered, not even for a frame. `sampled` says how many frames were checked.
 */
export function sampleCoverings(page: Page, controls: string = CALL_CONTROLS): Promise<void> {
  return page.evaluate((selector) => {
    const state = { found: [] as string[], sampled: 0 };
    (window as unknown as { vmkTestSamples: typeof state }).vmkTestSamples = state;
    const check = () => {
      state.sampled += 1;
      for (const host of document.querySelectorAll('*')) {
        if (!host.tagName.startsWith('VMK-') || !host.shadowRoot) continue;
        for (const element of host.shadowRoot.querySelectorAll('*')) {
          const b = element.getBoundingClientRect();
          if (b.width < 1 || b.height < 1 || !element.checkVisibility({ visibilityProperty: true })) continue;
          for (const control of document.querySelectorAll(selector)) {
            const box = control.getBoundingClientRect();
            if (box.width < 1 || !control.checkVisibility({ visibilityProperty: true })) continue;
            if (b.left < box.right && box.left < b.right && b.top < box.bottom && box.top < b.bottom) {
              state.found.push(`${element.className} over ${control.className} (${location.pathname})`);
            }
          }
        }
      }
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }, controls);
}

export function samples(page: Page): Promise<{ found: string[]; sampled: number }> {
  return page.evaluate(
    () =>
      (window as unknown as { vmkTestSamples?: { found: string[]; sampled: number } }).vmkTestSamples ?? {
        found: ['no sampler in this page'],
        sampled: 0,
      },
  );
}

/** Waits until the element's placement mode (`data-vmk-placement`) is one of `modes`. */
export async function waitForPlacement(page: Page, css: string, modes: readonly string[]): Promise<string> {
  const handle = await page.waitForFunction(
    ([selector, wanted]) => {
      for (const host of document.querySelectorAll('*')) {
        const mode = host.shadowRoot?.querySelector(selector)?.getAttribute('data-vmk-placement');
        if (mode && wanted.includes(mode)) return mode;
      }
      return false;
    },
    [css, modes] as const,
    { timeout: 20_000, polling: 100 },
  );
  return (await handle.jsonValue()) as string;
}
