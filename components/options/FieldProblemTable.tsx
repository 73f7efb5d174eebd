import { t } from '@/lib/i18n';

export interface FieldProblem {
  /** The row's key, also the value of its `rowMark` attribute. */
  key: string;
  /** The settings path, shown as code. */
  field: string;
  value: string;
  /** Already translated. */
  reason: string;
}

/**
 * For IT, on the options page: settings fields that were not taken, with the value found and why (the policy's and
 * the stored settings' problems, the checklist's unknown or reused item ids).
 */
export function FieldProblemTable({
  caption,
  problems,
  rowMark,
  tableMark,
}: {
  caption: string;
  problems: FieldProblem[];
  /** The `data-vmk-…` attribute each row carries, holding its key. */
  rowMark: string;
  tableMark?: string;
}) {
  return (
    <table class="vmk-table" {...(tableMark ? { [tableMark]: '' } : {})}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('columnField')}</th>
          <th scope="col">{t('columnValue')}</th>
          <th scope="col">{t('columnReason')}</th>
        </tr>
      </thead>
      <tbody>
        {problems.map((problem) => (
          <tr key={problem.key} {...{ [rowMark]: problem.key }}>
            <td>
              <code>{problem.field}</code>
            </td>
            <td>
              <code>{problem.value}</code>
            </td>
            <td>{problem.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
