import { preview, type SettingProblem } from './lenient';
import { schemaForKey } from './flat-policy';

/**
 * Chromium drops a policy value of the wrong type before the extension can see it, so the extension cannot know
 * what is missing unless IT says what it set: `policy.expectedKeys` lists the keys, and each one that did not
 * arrive is shown on the options page.
 */
export interface ExpectedKeyReport {
  /** One per expected key that was not delivered. */
  missing: SettingProblem[];
  /** Entries of the list that name no policy key (a typo would otherwise hide a missing key). */
  problems: SettingProblem[];
}

const KEY = 'policy.expectedKeys';

export function checkExpectedKeys(expected: unknown, delivered: ReadonlySet<string>): ExpectedKeyReport {
  const report: ExpectedKeyReport = { missing: [], problems: [] };
  if (expected === undefined) return report;
  if (!Array.isArray(expected)) {
    report.problems.push({
      path: KEY,
      value: preview(expected),
      reason: 'wrong-type',
      detail: 'expected array',
    });
    return report;
  }
  expected.forEach((entry, index) => {
    if (typeof entry !== 'string' || !(entry === KEY || schemaForKey(entry))) {
      const path = `${KEY}.${index}`;
      report.problems.push({ path, value: preview(entry), reason: 'unknown-key', detail: 'unknown key' });
    } else if (!delivered.has(entry)) {
      report.missing.push({ path: entry, value: '–', reason: 'not-delivered', detail: 'not-delivered' });
    }
  });
  return report;
}
