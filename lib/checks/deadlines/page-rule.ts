import { programRule, resolveDeadlineRule, type DeadlineRule, type DeadlinesSettings } from '../../deadlines';
import { PORTALS } from '../../portals/index';
import { isBuiltInPortal, type PortalId, type ResolvedPortal } from '../../portals/types';
import { readShownProgram } from './program';

export interface PageRule {
  rule: DeadlineRule;
  /** Changes whenever the rule does: rows computed under another key are computed again. */
  key: string;
  /** Where the number of working days came from (README: precedence). */
  workingDaysFrom: 'policy-program' | 'shown-answer-time' | 'settings';
}

type RulePortal = Pick<ResolvedPortal, 'id' | 'selectors' | 'deadlineRule'>;

function portalOf(which: PortalId | RulePortal): RulePortal {
  if (typeof which !== 'string') return which;
  return PORTALS.find((portal) => portal.id === which) ?? { id: which, selectors: {} };
}

/**
 * The deadline rule for the messages on this page.
 *
 * The number of working days is, in order: IT's rule for the program the page shows (Stöd och behandling:
 * `services.sob.programs.<name>.workingDays`), else the answer time the page itself states (the profile's
 * `answerTime` selectors: SoB's "Svarstid: 2 vardagar"; any portal whose profile IT points at such a text), else
 * the service's rule (a custom portal's own `deadlineRule`) over the common one. The program's own statement beats
 * IT's general defaults because it is the program's decision (domain: "each program decides its own"); IT can
 * still override one program by name. The other fields (end of day, amber threshold, closed days) come from policy
 * only.
 */
export function pageRule(
  settings: DeadlinesSettings,
  which: PortalId | RulePortal,
  root: ParentNode = document,
): PageRule {
  const portal = portalOf(which);
  const shown = readShownProgram(portal, root);
  const rule = !isBuiltInPortal(portal.id)
    ? resolveDeadlineRule(settings, { portal: 'custom', own: portal.deadlineRule })
    : portal.id === 'sob'
      ? resolveDeadlineRule(settings, { portal: 'sob', program: shown.name })
      : resolveDeadlineRule(settings, { portal: portal.id });
  if (portal.id === 'sob' && programRule(settings, shown.name)?.workingDays !== undefined) {
    return { rule, key: ruleKey(rule), workingDaysFrom: 'policy-program' };
  }
  if (shown.answerWorkingDays !== undefined) {
    const stated = { ...rule, workingDays: shown.answerWorkingDays };
    return { rule: stated, key: ruleKey(stated), workingDaysFrom: 'shown-answer-time' };
  }
  return { rule, key: ruleKey(rule), workingDaysFrom: 'settings' };
}

function ruleKey(rule: DeadlineRule): string {
  return [
    rule.workingDays,
    rule.dueAt,
    rule.endOfDay,
    rule.amberBelowWorkingDays,
    rule.closedDays.join(','),
  ].join('|');
}
