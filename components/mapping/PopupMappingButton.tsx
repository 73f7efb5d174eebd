import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { openMappingInTab, type OpenResult } from '@/lib/mapping/open';
import type { ResolvedSettings } from '@/lib/settings/effective';

/** The popup's way into the mapping assistant, on the page in front (unless IT switched it off). */
export function PopupMappingButton({ resolved }: { resolved: ResolvedSettings }) {
  const [result, setResult] = useState<OpenResult>();
  if (resolved.settings.portals.mappingAssistant === false) return null;
  const open = async () => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    const outcome = await openMappingInTab(tab.id);
    setResult(outcome);
    if (outcome === 'opened') window.close();
  };
  return (
    <p>
      <button type="button" class="vmk-secondary" data-vmk-open-mapping onClick={() => void open()}>
        {t('mappingOpenHere')}
      </button>
      {result && result !== 'opened' && (
        <span role="alert"> {t(`mappingOpen_${result.replace(/-/g, '_')}`)}</span>
      )}
    </p>
  );
}
