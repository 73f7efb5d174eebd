/**
 * Helpers for the in-call overlay's end-to-end tests: a fake-camera session showing one labelled picture, the chip
 * inside its shadow root, and a record of which element each frame was grabbed from (kept in the extension's
 * content-script world, where the overlay runs).
 */
import type { Page } from 'playwright-core';
import { inContentScript } from './checklist-support.ts';
import type { E2eSession } from './harness.ts';

/** The chip (Playwright's locators reach into the open shadow root). */
export const chip = (page: Page) => page.locator('vmk-call-overlay .vmk-call-chip');

export function chipState(page: Page): Promise<string | null> {
  return page.evaluate(
    () =>
      document
        .querySelector('vmk-call-overlay')
        ?.shadowRoot?.querySelector('.vmk-call-chip')
        ?.getAttribute('data-vmk-call-overlay-state') ?? null,
  );
}

/** Waits for the chip to show `state`; on time-out, fails naming the state it was in. */
export async function waitForChipState(page: Page, state: string, timeout = 30_000): Promise<void> {
  const until = Date.now() + timeout;
  let seen: string | null = null;
  while (Date.now() < until) {
    seen = await chipState(page);
    if (seen === state) return;
    await page.waitForTimeout(250);
  }
  throw new Error(`The chip stayed "${seen}" for ${timeout} ms; expected "${state}".`);
}

/**
 * Records, in the page's main world from before its own scripts run, each state the chip goes through (read every
 * 20 ms), in order. Install before the page opens; read with `chipStatesSoFar`.
 */
export async function recordChipStates(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const states: string[] = [];
    Object.defineProperty(window, 'vmkTestChipStates', { value: states });
    setInterval(() => {
      const state = document
        .querySelector('vmk-call-overlay')
        ?.shadowRoot?.querySelector('.vmk-call-chip')
        ?.getAttribute('data-vmk-call-overlay-state');
      if (state && states.at(-1) !== state) states.push(state);
    }, 20);
  });
}

export function chipStatesSoFar(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { vmkTestChipStates?: string[] }).vmkTestChipStates ?? []);
}

/**
 * Wraps `createImageBitmap` in the extension's content-script world, recording what each grabbed frame came from:
 * `self` (the portal's own-camera video), `remote` (the portal's remote video) or another description.
 */
/**
 * Records, in the content-script world, which video each grab reads: the overlay copies frames with
 * `new VideoFrame(video)`, and falls back to `createImageBitmap(video)`; both are wrapped.
 */
export function recordGrabs(page: Page, extensionId: string): Promise<unknown> {
  return inContentScript(
    page,
    extensionId,
    `(() => {
      const scope = globalThis;
      scope.vmkTestGrabs = [];
      const kindOf = (source) => source instanceof HTMLVideoElement
        ? source.matches('.vc-self-view') ? 'self' : source.matches('.vc-remote-video') ? 'remote' : 'video:' + source.className
        : String(source);
      if (!scope.vmkTestOriginalGrab) scope.vmkTestOriginalGrab = scope.createImageBitmap;
      scope.createImageBitmap = function (source, ...rest) {
        scope.vmkTestGrabs.push(kindOf(source));
        return scope.vmkTestOriginalGrab.call(this, source, ...rest);
      };
      if (!scope.vmkTestOriginalFrame) scope.vmkTestOriginalFrame = scope.VideoFrame;
      scope.VideoFrame = class extends scope.vmkTestOriginalFrame {
        constructor(source, ...rest) {
          if (source instanceof HTMLVideoElement) scope.vmkTestGrabs.push(kindOf(source));
          super(source, ...rest);
        }
      };
      return 'recording';
    })()`,
  );
}

export async function grabsSoFar(page: Page, extensionId: string): Promise<string[]> {
  return (await inContentScript(page, extensionId, 'globalThis.vmkTestGrabs ?? []')) as string[];
}

/** The overlay's own counters (frames analysed, main-thread ms), read in the content-script world. */
export async function overlayStats(
  page: Page,
  extensionId: string,
): Promise<{ frames: number; errors: number; syncMs: number; maxSyncMs: number; rawFrames: number }> {
  return (await inContentScript(page, extensionId, 'globalThis.vmkCallOverlayStats()')) as never;
}

/** Records, in the service worker, the type of every call message the background receives. */
export async function listenForCallMessages(session: E2eSession): Promise<void> {
  await session.browser.serviceWorker!.evaluate(() => {
    const scope = globalThis as unknown as { vmkTestCallMessages?: string[] };
    if (scope.vmkTestCallMessages) return;
    scope.vmkTestCallMessages = [];
    chrome.runtime.onMessage.addListener((message: { type?: string }) => {
      if (message?.type?.startsWith('call:')) scope.vmkTestCallMessages!.push(message.type);
      return undefined;
    });
  });
}

export function callMessages(session: E2eSession): Promise<string[]> {
  return session.browser.serviceWorker!.evaluate(
    () => (globalThis as unknown as { vmkTestCallMessages?: string[] }).vmkTestCallMessages ?? [],
  );
}

declare const chrome: {
  runtime: { onMessage: { addListener(listener: (message: { type?: string }) => undefined): void } };
};
