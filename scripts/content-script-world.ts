/**
 * Evaluates an expression in the extension's content-script world (its isolated world) of a page's main frame,
 * where the checks' counters and test hooks live; the page's own scripts cannot see them. Used by the end-to-end
 * tests and `npm run bench`.
 */
import type { Page } from 'playwright-core';

interface ExecutionContext {
  id: number;
  name: string;
  origin: string;
  auxData?: { type?: string; frameId?: string };
}

const WAIT_MS = 10_000;

export async function inContentScript(page: Page, extensionId: string, expression: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: ExecutionContext[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
    await cdp.send('Runtime.enable');
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const isOurs = (context: ExecutionContext) =>
      context.auxData?.type === 'isolated' &&
      context.auxData.frameId === frameTree.frame.id &&
      (context.origin.includes(extensionId) || context.name.includes('Vårdmöteskollen'));
    // The content script may still be starting (a page just opened).
    const until = Date.now() + WAIT_MS;
    while (!contexts.some(isOurs)) {
      if (Date.now() > until) throw new Error('The extension’s content-script world was not found.');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const context = contexts.filter(isOurs).at(-1)!;
    const result = await cdp.send('Runtime.evaluate', {
      expression,
      contextId: context.id,
      awaitPromise: true,
      returnByValue: true,
    });
    if (result.exceptionDetails) throw new Error(result.exceptionDetails.exception?.description ?? 'failed');
    return result.result.value;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
