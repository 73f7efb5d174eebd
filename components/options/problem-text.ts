import { t } from '@/lib/i18n';
import type { SettingProblem } from '@/lib/settings/lenient';

const REASON_KEYS: Record<SettingProblem['reason'], string> = {
  'unknown-key': 'reasonUnknownKey',
  'wrong-type': 'reasonWrongType',
  'invalid-value': 'reasonInvalidValue',
  'too-long': 'reasonTooLong',
  'too-many': 'reasonTooMany',
  'nested-form': 'reasonNestedForm',
  'not-delivered': 'reasonNotDelivered',
};

/** Detail codes worth a sentence of their own; the text after a code's colon fills the sentence's `$1`. */
const DETAIL_KEYS: Record<string, string> = {
  'invalid-css-selector': 'detailInvalidCssSelector',
  'invalid-match-pattern': 'detailInvalidMatchPattern',
  'invalid-json': 'detailInvalidJson',
  'max-length': 'detailMaxLength',
  'max-entries': 'detailMaxEntries',
  'unknown-placeholder': 'detailUnknownPlaceholder',
  'invalid-key': 'detailInvalidKey',
  'invalid-regexp': 'detailInvalidRegexp',
  'invalid-attribute-name': 'detailInvalidAttributeName',
};

/** The reason shown beside a field on the options page, in the browser's language. */
export function problemText(problem: SettingProblem): string {
  const colon = problem.detail.indexOf(':');
  const code = colon < 0 ? problem.detail : problem.detail.slice(0, colon);
  const argument = colon < 0 ? undefined : problem.detail.slice(colon + 1);
  const detailKey = DETAIL_KEYS[code];
  const reason = t(REASON_KEYS[problem.reason]);
  return detailKey ? `${reason}: ${t(detailKey, argument)}` : reason;
}
