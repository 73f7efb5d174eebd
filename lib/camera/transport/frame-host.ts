import { connectMessageSchema, CONNECT_MESSAGE } from './messages';
import { offscreenApi, relayToOffscreen } from './offscreen-client';
import { spawnAnalyzerWorker } from './worker-client';

/**
 * The analyzer frame's side of the handshake: a MessagePort that arrives from the embedding page's content script
 * (the parent window; or the page itself when opened on its own, as `npm run analyze` does) is served by an
 * analyzer.
 *
 * Embedded in a portal's page, the frame relays the port to the offscreen analyzer (offscreen-host.ts), started on
 * the first call of the browser session, whose models stay loaded between calls and tabs. Where that cannot be had
 * (a browser without the offscreen API), and on its own, the frame starts a worker of its own, as before.
 */
export function acceptAnalyzerConnections(frame: Window): void {
  let worker: Worker | null = null;
  const embedded = frame.parent !== frame;
  const ownWorker = (port: MessagePort) => {
    worker ??= spawnAnalyzerWorker();
    worker.postMessage(CONNECT_MESSAGE, [port]);
  };
  frame.addEventListener('message', (event: MessageEvent) => {
    if (event.source !== frame.parent) return;
    const port = event.ports[0];
    if (!port || !connectMessageSchema.safeParse(event.data).success) return;
    if (!embedded || !offscreenApi()) return ownWorker(port);
    // Messages the content script sends meanwhile wait in the port until it is served.
    relayToOffscreen(port).catch(() => ownWorker(port));
  });
}
