/**
 * The toolbar popup as the clinician opens it, over the tab in front (`chrome.action.openPopup` from the service
 * worker), not popup.html opened as a tab of its own: only the real popup knows which tab it is about. Playwright
 * does not attach to an extension's popup, so it is read through the DevTools protocol.
 */
import type { CDPSession, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { E2eSession } from './harness.ts';

declare const chrome: {
  action: { openPopup(): Promise<void> };
  runtime: { getContexts(filter: { contextTypes: string[] }): Promise<unknown[]> };
};

/** Whether the extension's popup is open (it closes itself after some actions). */
export async function popupOpen(session: E2eSession): Promise<boolean> {
  const popups = await session.browser.serviceWorker!.evaluate(() =>
    chrome.runtime.getContexts({ contextTypes: ['POPUP'] }),
  );
  return popups.length > 0;
}

export interface RealPopup {
  /** Evaluates an expression in the popup's page; its value, or the exception's text as an Error. */
  evaluate<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

interface Reply {
  id?: number;
  result?: { result?: { value?: unknown }; exceptionDetails?: { text?: string } };
  error?: { message?: string };
}

export async function openRealPopup(session: E2eSession, front: Page): Promise<RealPopup> {
  await front.bringToFront();
  const cdp: CDPSession = await session.browser.context.browser()!.newBrowserCDPSession();
  await session.browser.serviceWorker!.evaluate(() => chrome.action.openPopup());
  const popupUrl = session.extensionUrl('popup.html');
  let targetId: string | undefined;
  await expect
    .poll(async () => {
      const { targetInfos } = await cdp.send('Target.getTargets');
      targetId = targetInfos.find((target) => target.type === 'page' && target.url === popupUrl)?.targetId;
      return targetId;
    })
    .toBeDefined();
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: targetId!, flatten: false });
  const waiting = new Map<number, (reply: Reply) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const reply = JSON.parse(event.message) as Reply;
    if (reply.id !== undefined) waiting.get(reply.id)?.(reply);
  });
  let nextId = 1;
  return {
    async evaluate<T>(expression: string) {
      const id = nextId++;
      const replied = new Promise<Reply>((resolve) => waiting.set(id, resolve));
      const params = { expression, returnByValue: true, awaitPromise: true };
      await cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method: 'Runtime.evaluate', params }),
      });
      const reply = await replied;
      waiting.delete(id);
      const failed = reply.error?.message ?? reply.result?.exceptionDetails?.text;
      if (failed) throw new Error(`in the popup: ${failed}`);
      return reply.result?.result?.value as T;
    },
    async close() {
      await cdp.send('Target.closeTarget', { targetId: targetId! }).catch(() => undefined);
      await cdp.detach().catch(() => undefined);
    },
  };
}
