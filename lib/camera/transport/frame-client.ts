import { browser } from 'wxt/browser';
import { connectAnalyzer, type AnalyzerClient } from './client';
import { CONNECT_MESSAGE, type AnalyzerMode } from './messages';
import type { VideoCadence } from '../analysis/cadence';

/**
 * For content scripts (the in-call overlay): MediaPipe cannot run in a content script (its loader injects a
 * <script> into the page, and a strict page CSP forbids wasm), so the analyzer lives in an extension-origin
 * iframe, listed in `web_accessible_resources` for the portal hosts. The iframe hands a MessagePort to its
 * worker; after the handshake the content script and the worker talk directly over that port, which the host
 * page cannot see. Frames go over as transferable ImageBitmaps (e.g. `createImageBitmap(videoElement)`) or, cheaper
 * for the page, as raw planes (`createVideoFrameCopier()`, raw-frame.ts).
 *
 *   const analyzer = await createFrameAnalyzer({ mode: 'video', thresholds, signal: ctx.signal });
 *   await analyzer.ready;
 *   const result = await analyzer.analyze(await createImageBitmap(video));
 */
export const ANALYZER_FRAME_PATH = '/analyzer-frame.html';

export interface FrameAnalyzerOptions {
  mode: AnalyzerMode;
  thresholds?: unknown;
  /** Video: how often the costlier models run (cadence.ts). */
  cadence?: VideoCadence;
  /** Where the hidden iframe goes (default: document.documentElement, so page re-renders of <body> leave it be). */
  container?: Element;
  /** Aborting removes the iframe (pass WXT's ctx.signal). */
  signal?: AbortSignal;
  /** The frame's URL; default the extension's analyzer frame. */
  frameUrl?: string;
}

export async function createFrameAnalyzer(options: FrameAnalyzerOptions): Promise<AnalyzerClient> {
  const url = options.frameUrl ?? browser.runtime.getURL(ANALYZER_FRAME_PATH as never);
  const iframe = document.createElement('iframe');
  iframe.src = url;
  iframe.hidden = true;
  iframe.tabIndex = -1;
  iframe.setAttribute('aria-hidden', 'true');
  iframe.setAttribute('data-vmk-camera-analyzer', '');
  iframe.style.cssText = 'display:none !important';
  const loaded = new Promise<void>((resolve, reject) => {
    iframe.addEventListener('load', () => resolve(), { once: true });
    iframe.addEventListener('error', () => reject(new Error('The analyzer frame did not load.')), {
      once: true,
    });
  });
  (options.container ?? document.documentElement).append(iframe);
  // Aborted while the frame loads (the page no longer wants the analyzer): the frame goes at once.
  let removeFrame = () => undefined as void;
  const letGo = new Promise<never>((_, reject) => {
    removeFrame = () => reject(new Error('The analyzer was let go while its frame loaded.'));
  });
  options.signal?.addEventListener('abort', removeFrame, { once: true });
  try {
    if (options.signal?.aborted) removeFrame();
    await Promise.race([loaded, letGo]);
  } catch (error) {
    iframe.remove();
    throw error;
  } finally {
    options.signal?.removeEventListener('abort', removeFrame);
  }
  const target = iframe.contentWindow;
  if (!target) {
    iframe.remove();
    throw new Error('The analyzer frame has no window.');
  }
  const channel = new MessageChannel();
  target.postMessage(CONNECT_MESSAGE, new URL(url).origin, [channel.port2]);
  channel.port1.start();
  const client = connectAnalyzer(channel.port1, {
    mode: options.mode,
    thresholds: options.thresholds,
    cadence: options.cadence,
    onClose: () => {
      channel.port1.close();
      iframe.remove();
    },
  });
  options.signal?.addEventListener('abort', () => client.close(), { once: true });
  return client;
}
