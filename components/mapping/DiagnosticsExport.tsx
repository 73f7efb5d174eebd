import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { readFindings } from '@/lib/diagnostics/store';
import { diagnosticsReport } from '@/lib/mapping/diagnostics';
import type { ResolvedSettings } from '@/lib/settings/effective';

/** For support: the findings of every open portal tab, the version and the policy in effect; no page content. */
export function DiagnosticsExport({ resolved }: { resolved: ResolvedSettings }) {
  const [text, setText] = useState<string>();
  const [copied, setCopied] = useState(false);
  const make = async () => {
    const report = diagnosticsReport(
      browser.runtime.getManifest().version,
      resolved.policy,
      resolved.policyProblems,
      await readFindings(),
    );
    const json = JSON.stringify(report, null, 2);
    setText(json);
    setCopied(
      await navigator.clipboard.writeText(json).then(
        () => true,
        () => false,
      ),
    );
  };
  return (
    <>
      <h3>{t('mappingDiagnosticsTitle')}</h3>
      <p>{t('mappingDiagnosticsIntro')}</p>
      <button type="button" onClick={() => void make()}>
        {t('mappingDiagnosticsCopy')}
      </button>
      {copied && <span role="status"> {t('mappingCopied')}</span>}
      {text && (
        <textarea
          readOnly
          rows={8}
          cols={100}
          aria-label={t('mappingDiagnosticsTitle')}
          value={text}
          data-vmk-diagnostics
        />
      )}
    </>
  );
}
