import { browser } from 'wxt/browser';
import { connectAnalyzer, type AnalyzerClient } from './client';
import { CONNECT_MESSAGE, type AnalyzerMode } from './messages';
import { ANALYZER_PORT_NAME, OFFSCREEN_ANALYZER_PATH, transferablesOf } from './offscreen-host';
import { bitmapToRawFrame, fromWire, toWire } from './wire';
import { createWorkerAnalyzer, spawnAnalyzerWorker } from './worker-client';

/**
 * Reaching the offscreen analyzer (offscreen-host.ts) from an extension context: the analyzer frame in a call's tab
 * (frame-host.ts) and the camera test page. It is started on first use and stays for the browser session while it
 * is used (it closes itself when idle), so the models load once for every call and test.
 */

export function offscreenApi() {
  return typeof browser.offscreen?.createDocument === 'function' &&
    typeof browser.runtime.getContexts === 'function'
    ? browser.offscreen
    : null;
}

let creating: Promise<void> | null = null;

async function offscreenRunning(url: string): Promise<boolean> {
  const contexts = await browser.runtime.getContexts({
    contextTypes: ['OFFSCREEN_DOCUMENT'],
    documentUrls: [url],
  });
  return contexts.length > 0;
}

/** Starts the offscreen analyzer unless it runs already (another tab may be starting it at the same moment). */
async function ensureOffscreenAnalyzer(): Promise<void> {
  const url = browser.runtime.getURL(OFFSCREEN_ANALYZER_PATH as never);
  if (await offscreenRunning(url)) return;
  creating ??= browser.offscreen
    .createDocument({
      url,
      reasons: ['WORKERS'],
      justification: 'The camera check’s models, loaded once for every call.',
    })
    .catch(async (error: unknown) => {
      // Only one offscreen document per extension: another tab's frame created it first.
      if (!(await offscreenRunning(url))) throw error;
    })
    .finally(() => (creating = null));
  await creating;
}

/**
 * Relays one content script's port to the offscreen analyzer over extension messaging (JSON: binary data as
 * base64, wire.ts). A bitmap frame (the overlay's fallback grab) goes as its RGBA pixels.
 */
export async function relayToOffscreen(port: MessagePort): Promise<void> {
  await ensureOffscreenAnalyzer();
  const runtimePort = browser.runtime.connect({ name: ANALYZER_PORT_NAME });
  runtimePort.onMessage.addListener((message: unknown) => {
    const decoded = fromWire(message);
    port.postMessage(decoded, transferablesOf(decoded));
  });
  runtimePort.onDisconnect.addListener(() => {
    // The offscreen analyzer went (closed from outside, or crashed): the client hears it, never waits for ever.
    port.postMessage({ type: 'analyzer:error', message: 'The analyzer stopped.' });
    port.close();
  });
  port.onmessage = (event: MessageEvent) => {
    let message: unknown = event.data;
    // The client is done: the offscreen analyzer lets its state go when the connection ends.
    if ((message as { type?: unknown } | null)?.type === 'analyzer:close') return runtimePort.disconnect();
    const image = (message as { image?: unknown } | null)?.image;
    if (image instanceof ImageBitmap) message = { ...(message as object), image: bitmapToRawFrame(image) };
    runtimePort.postMessage(toWire(message));
  };
}

/**
 * For extension pages (the camera test): an analyzer client on the offscreen analyzer, so that a test after a call
 * (or a call after the test) finds the models loaded; a worker of the page's own where that cannot be had.
 */
export function createOffscreenAnalyzer(options: {
  mode: AnalyzerMode;
  thresholds?: unknown;
}): AnalyzerClient {
  if (!offscreenApi()) return createWorkerAnalyzer(options);
  const channel = new MessageChannel();
  channel.port1.start();
  let worker: Worker | null = null;
  void relayToOffscreen(channel.port2).catch(() => {
    // The client's messages so far wait in the port, and go with it to the page's own worker.
    worker = spawnAnalyzerWorker();
    worker.postMessage(CONNECT_MESSAGE, [channel.port2]);
  });
  return connectAnalyzer(channel.port1, {
    ...options,
    onClose: () => {
      channel.port1.close();
      worker?.terminate();
    },
  });
}
