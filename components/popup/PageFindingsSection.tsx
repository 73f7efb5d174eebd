import { FindingsView } from '@/components/diagnostics/FindingsView';
import { useActiveTabId, useFindings } from '@/components/diagnostics/useFindings';
import { t } from '@/lib/i18n';

/**
 * On a portal page where a check finds nothing it expected: what was found and what is missing, by selector key.
 * Quiet when all is well (a single line naming the portal and the kind of page).
 */
export function PageFindingsSection() {
  const tabId = useActiveTabId();
  const findings = useFindings();
  const here = tabId === undefined ? undefined : findings[String(tabId)];
  if (!here) return null;
  return (
    <section aria-labelledby="findings-heading" data-vmk-popup-findings>
      <h2 id="findings-heading">
        {here.problems.length > 0 ? t('findingsHeadingProblems') : t('findingsHeading')}
      </h2>
      <FindingsView findings={here} compact />
    </section>
  );
}
