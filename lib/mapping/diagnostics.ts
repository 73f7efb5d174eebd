import type { TabFindings } from '../diagnostics/store';

/**
 * What support needs to see why a portal page does nothing: per open portal tab, the portal, the kind of page, the
 * site's origin and, per selector key, how many elements matched through which selector; the extension's version
 * and the policy in effect. Counts, selectors and settings only: no page content (the findings never hold any).
 */
export interface DiagnosticsReport {
  extension: { version: string };
  policy: Record<string, unknown>;
  policyProblems: { path: string; reason: string }[];
  pages: {
    portal: string;
    page: string | null;
    origin: string;
    keys: { key: string; count: number; selector: string | null }[];
    problems: string[];
    rows: { seen: number; arrivals: number; statuses: number; keys: number };
  }[];
}

export function diagnosticsReport(
  version: string,
  policy: Record<string, unknown>,
  policyProblems: readonly { path: string; reason: string }[],
  findings: TabFindings,
): DiagnosticsReport {
  return {
    extension: { version },
    policy,
    policyProblems: policyProblems.map(({ path, reason }) => ({ path, reason })),
    pages: Object.values(findings).map((entry) => ({
      portal: entry.portal,
      page: entry.page,
      origin: entry.origin,
      keys: entry.counts.map(({ key, count, selector }) => ({ key, count, selector })),
      problems: entry.problems.map((problem) => problem.code),
      rows: entry.rows,
    })),
  };
}
