import { t } from '@/lib/i18n';
import { leafPaths, type ResolvedSettings } from '@/lib/settings/effective';
import type { SettingProblem } from '@/lib/settings/lenient';
import { FieldProblemTable } from './FieldProblemTable';
import { problemText } from './problem-text';

function valueAt(object: Record<string, unknown>, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], object);
}

function ProblemTable({
  problems,
  caption,
  warnings = false,
}: {
  problems: SettingProblem[];
  caption: string;
  warnings?: boolean;
}) {
  return (
    <FieldProblemTable
      caption={caption}
      tableMark={warnings ? 'data-vmk-policy-warnings' : 'data-vmk-problems'}
      rowMark={warnings ? 'data-vmk-policy-warning' : 'data-vmk-problem'}
      problems={problems.map((problem) => ({
        key: problem.path,
        field: problem.path,
        value: problem.value,
        reason: problemText(problem),
      }))}
    />
  );
}

/** What IT set, what is in effect, and what was not taken, so an administrator sees at once what went wrong. */
export function PolicyStatus({ resolved }: { resolved: ResolvedSettings }) {
  const inEffect = leafPaths(resolved.policy);
  const nothingSet =
    inEffect.length === 0 && resolved.policyProblems.length === 0 && resolved.policyWarnings.length === 0;
  return (
    <section aria-labelledby="policy-heading">
      <h2 id="policy-heading">{t('policyHeading')}</h2>
      {nothingSet ? (
        <p data-vmk-policy-none>{t('policyNone')}</p>
      ) : (
        <table class="vmk-table" data-vmk-policy-in-effect>
          <caption>{t('policyInEffect')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('columnField')}</th>
              <th scope="col">{t('columnValue')}</th>
            </tr>
          </thead>
          <tbody>
            {inEffect.map((path) => (
              <tr key={path} data-vmk-policy-field={path}>
                <td>
                  <code>{path}</code>
                </td>
                <td>
                  <code>{JSON.stringify(valueAt(resolved.policy, path))}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {resolved.policyProblems.length > 0 && (
        <>
          <p>{t('policyProblemsIntro')}</p>
          <ProblemTable problems={resolved.policyProblems} caption={t('policyProblems')} />
        </>
      )}
      {resolved.policyWarnings.length > 0 && (
        <>
          <p>{t('policyWarningsIntro')}</p>
          <ProblemTable problems={resolved.policyWarnings} caption={t('policyWarnings')} warnings />
        </>
      )}
      <p class="vmk-note">{t('policyDroppedNote')}</p>
      {resolved.userProblems.length > 0 && (
        <ProblemTable problems={resolved.userProblems} caption={t('storedProblems')} />
      )}
    </section>
  );
}
