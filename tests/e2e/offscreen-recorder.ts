/**
 * The extension's offscreen analyzer (lib/camera/transport/offscreen-host.ts) is a document Playwright does not attach to, and
 * so neither are its requests in Playwright's request events, nor those of the worker it starts. This attaches to
 * both over the Chrome DevTools Protocol (through a CDP session of a blank page, in the protocol's nested, non-flat
 * mode) and records every request they make into the session's recorder, attributed to the document or worker that
 * made it; and lets a test evaluate an expression in either.
 */
import type { BrowserContext, CDPSession } from 'playwright-core';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

export interface OffscreenRecorder {
  /** Evaluates `expression` (awaiting a promise) in the offscreen document or its analyzer worker. */
  evaluate(where: 'document' | 'worker', expression: string): Promise<unknown>;
  /** Whether the offscreen document and its worker are attached. */
  attached(): { document: boolean; worker: boolean };
}

type Send = (method: string, params?: object) => Promise<Record<string, unknown>>;

export async function recordOffscreenDocument(
  context: BrowserContext,
  extensionId: string,
  requests: { url: string; from: string }[],
): Promise<OffscreenRecorder> {
  // The browser's first, blank tab serves (a new one would show up in tests that count tabs).
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp: CDPSession = await context.newCDPSession(page);
  let nextId = 1;
  const pending = new Map<number, (result: Record<string, unknown>) => void>();
  const sessions: Partial<Record<'document' | 'worker', Send>> = {};
  const attachedTargets = new Set<string>();

  /** Handles one protocol message from a target reached through `route` (the chain of session ids). */
  const onMessage = (route: string[], from: string, raw: string) => {
    const message = JSON.parse(raw) as {
      id?: number;
      method?: string;
      params?: Record<string, unknown>;
      result?: Record<string, unknown>;
    };
    if (message.id !== undefined) {
      pending.get(message.id)?.(message.result ?? {});
      pending.delete(message.id);
      return;
    }
    const params = message.params ?? {};
    if (message.method === 'Network.requestWillBeSent') {
      requests.push({ url: (params.request as { url: string }).url, from });
    } else if (message.method === 'Target.attachedToTarget') {
      const info = params.targetInfo as TargetInfo;
      void setUp([...route, params.sessionId as string], info, 'worker');
    } else if (message.method === 'Target.receivedMessageFromTarget') {
      const child = route.concat(params.sessionId as string);
      onMessage(child, workerUrls.get(params.sessionId as string) ?? from, params.message as string);
    }
  };
  const workerUrls = new Map<string, string>();

  /** Sends `method` to the target at the end of `route`, wrapping it once per level of nesting. */
  const sender =
    (route: string[]): Send =>
    (method, params = {}) =>
      new Promise((resolve) => {
        const id = nextId++;
        pending.set(id, resolve);
        let message = JSON.stringify({ id, method, params });
        for (let level = route.length - 1; level >= 1; level--) {
          message = JSON.stringify({
            id: nextId++,
            method: 'Target.sendMessageToTarget',
            params: { sessionId: route[level], message },
          });
        }
        void cdp.send('Target.sendMessageToTarget', { sessionId: route[0]!, message });
      });

  const setUp = async (route: string[], info: TargetInfo, role: 'document' | 'worker') => {
    workerUrls.set(route.at(-1)!, info.url);
    const send = sender(route);
    if (role === 'document' || info.type === 'worker') sessions[role] = send;
    await send('Network.enable');
    await send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  };

  cdp.on('Target.receivedMessageFromTarget', (params: { sessionId: string; message: string }) =>
    onMessage([params.sessionId], workerUrls.get(params.sessionId) ?? '', params.message),
  );
  const onTarget = async ({ targetInfo }: { targetInfo: TargetInfo }) => {
    const ours = targetInfo.url.startsWith(`chrome-extension://${extensionId}/analyzer-offscreen.html`);
    if (targetInfo.type !== 'background_page' || !ours || attachedTargets.has(targetInfo.targetId)) return;
    attachedTargets.add(targetInfo.targetId);
    const { sessionId } = await cdp.send('Target.attachToTarget', {
      targetId: targetInfo.targetId,
      flatten: false,
    });
    await setUp([sessionId], targetInfo, 'document');
  };
  cdp.on('Target.targetCreated', (event: { targetInfo: TargetInfo }) => void onTarget(event));
  cdp.on('Target.targetInfoChanged', (event: { targetInfo: TargetInfo }) => void onTarget(event));
  await cdp.send('Target.setDiscoverTargets', { discover: true });

  return {
    async evaluate(where, expression) {
      const send = sessions[where];
      if (!send) throw new Error(`The offscreen ${where} is not attached.`);
      const reply = (await send('Runtime.evaluate', {
        expression,
        awaitPromise: true,
        returnByValue: true,
      })) as { result?: { value?: unknown } };
      return reply.result?.value;
    },
    attached: () => ({ document: sessions.document !== undefined, worker: sessions.worker !== undefined }),
  };
}
