import { browser } from 'wxt/browser';
import { CONNECT_MESSAGE, type ToAnalyzer } from './messages';
import { spawnAnalyzerWorker } from './worker-client';
import { fromWire, toWire } from './wire';

/**
 * The offscreen analyzer: one extension document per browser session (`chrome.offscreen`, reason WORKERS) that keeps
 * one analyzer worker, and so one set of loaded and warmed-up models, for every tab. A call's analyzer frame connects
 * to it over extension messaging (frame-host.ts) instead of loading the wasm and the models itself: a call in a new
 * tab gets its first verdict about a second sooner (`npm run bench -- first-verdict`). Each connection is a client
 * of its own in the worker (worker-server.ts): its own state and clock, so tabs' results never mix.
 *
 * It closes itself after IDLE_CLOSE_MS without a client, and with it the worker and the models' memory.
 */
export const OFFSCREEN_ANALYZER_PATH = '/analyzer-offscreen.html';
export const ANALYZER_PORT_NAME = 'camera-analyzer';
/** How long the warm analyzer waits for the next call before it lets its memory go. */
export const IDLE_CLOSE_MS = 15 * 60_000;

/** The buffers a message carries, to transfer rather than copy: a raw frame's planes. */
export function transferablesOf(message: unknown): Transferable[] {
  const image = (message as { type?: unknown; image?: { data?: unknown } } | null)?.image;
  return (message as { type?: unknown } | null)?.type === 'frame:analyze' &&
    image?.data instanceof ArrayBuffer
    ? [image.data]
    : [];
}

export function serveOffscreenAnalyzer(scope: Window): void {
  const worker = spawnAnalyzerWorker();
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
  let clients = 0;
  let idle: ReturnType<typeof setTimeout> | undefined;
  const waitForNextCall = () => {
    clearTimeout(idle);
    if (clients === 0) idle = setTimeout(() => scope.close(), IDLE_CLOSE_MS);
  };

  browser.runtime.onConnect.addListener((port) => {
    // Only the extension's own analyzer frame: content scripts have a portal's address as their sender.
    const sender = port.sender?.url;
    if (port.name !== ANALYZER_PORT_NAME || !sender || new URL(sender).origin !== extensionOrigin) return;
    clients += 1;
    clearTimeout(idle);
    const channel = new MessageChannel();
    worker.postMessage(CONNECT_MESSAGE, [channel.port2]);
    channel.port1.onmessage = (event: MessageEvent) => port.postMessage(toWire(event.data));
    port.onMessage.addListener((message: unknown) => {
      const decoded = fromWire(message);
      channel.port1.postMessage(decoded, transferablesOf(decoded));
    });
    port.onDisconnect.addListener(() => {
      const close: ToAnalyzer = { type: 'analyzer:close' };
      channel.port1.postMessage(close);
      channel.port1.close();
      clients -= 1;
      waitForNextCall();
    });
  });
  waitForNextCall();
}
