import { FindingsView } from '@/components/diagnostics/FindingsView';
import { useFindings } from '@/components/diagnostics/useFindings';
import { t } from '@/lib/i18n';

/** Every open portal tab's findings: for IT checking a policy, and for support on the phone. */
export function PortalFindings() {
  const findings = Object.entries(useFindings());
  return (
    <section aria-labelledby="portal-findings-heading" data-vmk-options-findings>
      <h2 id="portal-findings-heading">{t('findingsOptionsHeading')}</h2>
      {findings.length === 0 ? (
        <p>{t('findingsOptionsNone')}</p>
      ) : (
        findings.map(([tab, entry]) => (
          <article key={tab} aria-label={`${entry.portalName} ${entry.origin}`}>
            <h3>
              {entry.portalName} <small>{entry.origin}</small>
            </h3>
            <FindingsView findings={entry} />
          </article>
        ))
      )}
    </section>
  );
}
