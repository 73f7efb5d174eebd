import { connectMessageSchema, CONNECT_MESSAGE } from './messages';
import { spawnAnalyzerWorker } from './worker-client';

/**
 * The analyzer frame's side of the handshake: a MessagePort that arrives from the embedding page's content script
 * (the parent window; or the page itself when opened on its own, as `npm run analyze` does) goes to the worker,
 * which then serves it directly. One worker per frame, started on the first connection.
 */
export function acceptAnalyzerConnections(frame: Window): void {
  let worker: Worker | null = null;
  frame.addEventListener('message', (event: MessageEvent) => {
    if (event.source !== frame.parent) return;
    const port = event.ports[0];
    if (!port || !connectMessageSchema.safeParse(event.data).success) return;
    worker ??= spawnAnalyzerWorker();
    worker.postMessage(CONNECT_MESSAGE, [port]);
  });
}
