import { t } from '@/lib/i18n';
import type { PageFindings } from '@/lib/diagnostics/findings';

/** The page kind's name for the clinician ("inkorg", "videomöte" …), or "ingen känd sida". */
function pageLabel(page: PageFindings['page']): string {
  return page ? t(`pageKind_${page}`) : t('pageKindNone');
}

/**
 * One portal page's findings: what a check expected and did not find (first), then per selector key how many
 * elements matched and by which selector. Counts and selectors only, never the page's text.
 */
export function FindingsView({ findings, compact = false }: { findings: PageFindings; compact?: boolean }) {
  const { problems, counts } = findings;
  return (
    <div class="vmk-findings" data-vmk-findings={findings.portal}>
      <p class="vmk-findings-where">{t('findingsWhere', [findings.portalName, pageLabel(findings.page)])}</p>
      {problems.length > 0 ? (
        <ul class="vmk-findings-problems">
          {problems.map((problem) => (
            <li key={problem.code} data-vmk-finding={problem.code}>
              {t(`finding_${problem.code.replace(/-/g, '_')}`, [
                String(findings.rows.seen),
                problem.keys.join(', '),
              ])}
            </li>
          ))}
        </ul>
      ) : (
        <p class="vmk-findings-ok">{t('findingsNoProblems')}</p>
      )}
      <details open={!compact && problems.length > 0}>
        <summary>{t('findingsCountsSummary')}</summary>
        <table class="vmk-findings-counts">
          <thead>
            <tr>
              <th scope="col">{t('findingsKey')}</th>
              <th scope="col">{t('findingsCount')}</th>
              <th scope="col">{t('findingsSelector')}</th>
            </tr>
          </thead>
          <tbody>
            {counts.map((entry) => (
              <tr key={entry.key} data-vmk-count={entry.key}>
                <th scope="row">
                  <code>{entry.key}</code>
                </th>
                <td>{entry.count}</td>
                <td>{entry.selector ? <code>{entry.selector}</code> : t('findingsNoMatch')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
