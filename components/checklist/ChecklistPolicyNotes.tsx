import { useMemo } from 'preact/hooks';
import { buildChecklist } from '@/lib/checks/checklist/model';
import type { ResolvedSettings } from '@/lib/settings/effective';
import { t } from '@/lib/i18n';

const REASON_KEYS = {
  'unknown-item': 'checklistPolicyUnknownItem',
  'duplicate-id': 'checklistPolicyDuplicateId',
} as const;

/**
 * For IT, on the options page: checklist policy entries that are well-formed but name no item (a typo, or an item
 * removed since) or reuse a built-in id. They change nothing; listing them beats ignoring them silently.
 */
export function ChecklistPolicyNotes({ resolved }: { resolved: ResolvedSettings }) {
  const config = resolved.settings.checks.checklist;
  const problems = useMemo(() => buildChecklist(config, t).problems, [config]);
  if (problems.length === 0) return null;
  return (
    <section aria-labelledby="checklist-policy-heading" data-vmk-checklist-policy-notes>
      <h2 id="checklist-policy-heading">{t('checklistPolicyHeading')}</h2>
      <table class="vmk-table">
        <caption>{t('checklistPolicyCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('columnField')}</th>
            <th scope="col">{t('columnValue')}</th>
            <th scope="col">{t('columnReason')}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((problem) => (
            <tr
              key={`${problem.field}:${problem.id}`}
              data-vmk-checklist-problem={`${problem.field}:${problem.id}`}
            >
              <td>
                <code>checks.checklist.{problem.field}</code>
              </td>
              <td>
                <code>{problem.id}</code>
              </td>
              <td>{t(REASON_KEYS[problem.reason])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
