import { useMemo } from 'preact/hooks';
import { buildChecklist } from '@/lib/checks/checklist/model';
import type { ResolvedSettings } from '@/lib/settings/effective';
import { t } from '@/lib/i18n';
import { FieldProblemTable } from '@/components/options/FieldProblemTable';

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
      <FieldProblemTable
        caption={t('checklistPolicyCaption')}
        rowMark="data-vmk-checklist-problem"
        problems={problems.map((problem) => ({
          key: `${problem.field}:${problem.id}`,
          field: `checks.checklist.${problem.field}`,
          value: problem.id,
          reason: t(REASON_KEYS[problem.reason]),
        }))}
      />
    </section>
  );
}
