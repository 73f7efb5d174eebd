import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { FINDINGS_KEY, readFindings, type TabFindings } from '@/lib/diagnostics/store';

/** Every open portal tab's findings, kept up to date while the page that shows them is open. */
export function useFindings(): TabFindings {
  const [findings, setFindings] = useState<TabFindings>({});
  useEffect(() => {
    const load = () => void readFindings().then(setFindings);
    load();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && FINDINGS_KEY in changes) load();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  return findings;
}

/** The active tab's id in this window (the popup's page), once known. */
export function useActiveTabId(): number | undefined {
  const [tabId, setTabId] = useState<number>();
  useEffect(() => {
    void browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([tab]) => setTabId(tab?.id))
      .catch(() => undefined);
  }, []);
  return tabId;
}
