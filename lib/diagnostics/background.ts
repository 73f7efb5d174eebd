import { browser } from 'wxt/browser';
import { pageFindingsSchema } from './findings';
import { writeTabFindings } from './store';
import { logError } from '../log';

/** Keeps each portal tab's findings (./store.ts) as its content script reports them; forgets closed tabs. */
export function setUpDiagnostics(): void {
  let queue = Promise.resolve();
  const enqueue = (work: () => Promise<void>) => {
    queue = queue.then(work).catch((error: unknown) => logError('diagnostics', error));
  };
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if (sender.id !== browser.runtime.id || sender.tab?.id === undefined || sender.frameId !== 0)
      return undefined;
    if (typeof raw !== 'object' || raw === null || (raw as { type?: unknown }).type !== 'page:findings')
      return undefined;
    const tabId = sender.tab.id;
    const findings = (raw as { findings?: unknown }).findings;
    if (findings === null) {
      enqueue(() => writeTabFindings(tabId, null));
      return undefined;
    }
    const parsed = pageFindingsSchema.safeParse(findings);
    if (parsed.success) enqueue(() => writeTabFindings(tabId, parsed.data));
    return undefined;
  });
  browser.tabs.onRemoved.addListener((tabId) => enqueue(() => writeTabFindings(tabId, null)));
}
