import { browser } from 'wxt/browser';
import { pageFindingsSchema, type PageFindings } from './findings';

/**
 * The findings of each open portal tab, in storage.session (memory only, gone with the browser): what the popup
 * and the options page show under "why does nothing happen here?". Counts and selectors, no page content.
 */
export const FINDINGS_KEY = 'diagnostics:tabs';

export type TabFindings = Record<string, PageFindings>;

export async function readFindings(): Promise<TabFindings> {
  try {
    const stored = (await browser.storage.session.get(FINDINGS_KEY))[FINDINGS_KEY];
    if (typeof stored !== 'object' || stored === null) return {};
    const out: TabFindings = {};
    for (const [tab, raw] of Object.entries(stored as Record<string, unknown>)) {
      const parsed = pageFindingsSchema.safeParse(raw);
      if (parsed.success) out[tab] = parsed.data;
    }
    return out;
  } catch {
    return {};
  }
}

export async function writeTabFindings(tabId: number, findings: PageFindings | null): Promise<void> {
  const all = await readFindings();
  if (findings) all[String(tabId)] = findings;
  else delete all[String(tabId)];
  await browser.storage.session.set({ [FINDINGS_KEY]: all });
}
