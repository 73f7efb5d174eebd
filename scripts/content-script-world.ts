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

/**
 * Whether the extension's content script runs in the page's main frame now. Chromium injects a `document_idle`
 * script at the latest right after the load event, so once a page has loaded (and a task has passed), `false`
 * means it was not injected at all: a test's proof that the extension stays off a page, without a sleep.
 */
export async function hasContentScriptWorld(page: Page, extensionId: string): Promise<boolean> {
  await page.waitForLoadState('load');
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: ExecutionContext[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
    // Enabling the runtime reports every context that exists already, before it returns.
    await cdp.send('Runtime.enable');
    return contexts.some(
      (context) =>
        context.auxData?.type === 'isolated' &&
        (context.origin.includes(extensionId) || context.name.includes('Vårdmöteskollen')),
    );
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
