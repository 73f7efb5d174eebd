import type { SmoothedJudgement } from '@/lib/camera/judge/smoothing';
import type { BadgeVerdict } from '@/lib/camera/measure/badge';
import { ASPECTS, severityOf, type Issue, type Severity } from '@/lib/camera/judge/verdicts';

/**
 * What the chip says, from the smoothed verdicts. Only smoothed verdicts reach here (each change has held about a
 * second), so the chip, and what a screen reader announces, changes no faster than that.
 */

/**
 * Most important first: somebody else in view breaks confidentiality; no face means nothing else can be judged; then
 * framing, light, background, and the camera height last (an estimate from a few keypoints).
 */
export const ISSUE_PRIORITY: readonly Issue[] = [
  'multiple_people',
  'no_face',
  'too_close',
  'too_far',
  'head_cut',
  'chest_not_visible',
  'off_center',
  'backlit',
  'too_dark',
  'overexposed',
  'uneven',
  'cluttered',
  'beside',
  'too_low',
  'too_high',
  'unknown',
];

export type ChipState =
  /** The analyzer is loading. */
  | 'starting'
  /** Analysing; no verdict has held long enough yet. */
  | 'settling'
  /** Every aspect ok. */
  | 'ok'
  /** At least one issue. */
  | 'issues'
  /** No picture to judge: the camera is switched off, the video paused, or the tab was hidden. */
  | 'paused'
  /** The analyzer could not start. */
  | 'error';

export interface ChipModel {
  state: ChipState;
  /** Green, amber or red; `pending` while there is no verdict. */
  tone: Severity | 'pending';
  /** Every issue that has held, most important first; the first is the one the chip shows. */
  issues: Issue[];
  /** The name badge, held (badge-hold.ts): an advisory line in the full list, never the headline or the tone. */
  badge?: BadgeVerdict | null;
}

const rank = (issue: Issue) =>
  (severityOf(issue) === 'problem' ? 0 : ISSUE_PRIORITY.length) + ISSUE_PRIORITY.indexOf(issue);

/**
 * A guideline clearly not met (red) before advice (amber), each in ISSUE_PRIORITY order: an off-centre face does
 * not hide a window behind the clinician.
 */
export function sortByPriority(issues: Iterable<Issue>): Issue[] {
  return [...new Set(issues)].sort((a, b) => rank(a) - rank(b));
}

export function chipModel(smoothed: SmoothedJudgement | null, badge: BadgeVerdict | null = null): ChipModel {
  if (!smoothed) return { state: 'settling', tone: 'pending', issues: [] };
  const shown = ASPECTS.map((aspect) => smoothed.verdicts[aspect]).filter(
    (verdict): verdict is Issue => verdict !== null && verdict !== 'ok',
  );
  const issues = sortByPriority([...smoothed.issues, ...shown]);
  const top = issues[0];
  const withBadge = badge ? { badge } : {};
  if (top) return { state: 'issues', tone: severityOf(top), issues, ...withBadge };
  if (smoothed.settled) return { state: 'ok', tone: 'ok', issues: [], ...withBadge };
  return { state: 'settling', tone: 'pending', issues: [] };
}

export const STATE_MODELS: Record<Exclude<ChipState, 'ok' | 'issues' | 'settling'>, ChipModel> = {
  starting: { state: 'starting', tone: 'pending', issues: [] },
  paused: { state: 'paused', tone: 'pending', issues: [] },
  error: { state: 'error', tone: 'pending', issues: [] },
};

/** Two models say the same thing (no re-render, nothing to announce). */
export function sameModel(a: ChipModel, b: ChipModel): boolean {
  return (
    a.state === b.state &&
    a.tone === b.tone &&
    a.issues.join() === b.issues.join() &&
    (a.badge ?? null) === (b.badge ?? null)
  );
}
