import { resolveDeadlineRule, type DeadlineRule, type DeadlinesSettings } from '../../deadlines';
import { readSobProgram } from '../../portals/sob/program';
import { isBuiltInPortal, type PortalId, type ResolvedPortal } from '../../portals/types';

export interface PageRule {
  rule: DeadlineRule;
  /** Changes whenever the rule does: rows computed under another key are computed again. */
  key: string;
  /** Where the number of working days came from (README: precedence). */
  workingDaysFrom: 'policy-program' | 'shown-answer-time' | 'settings';
}

/** IT's rule for one program, found as resolveDeadlineRule finds it: exact key, else case and spaces forgiven. */
function programSetsWorkingDays(settings: DeadlinesSettings, program: string | undefined): boolean {
  const programs = settings.services.sob?.programs;
  if (!programs || program === undefined) return false;
  const wanted = program.trim().toLocaleLowerCase('sv');
  const rule =
    programs[program] ??
    Object.entries(programs).find(([name]) => name.trim().toLocaleLowerCase('sv') === wanted)?.[1];
  return rule?.workingDays !== undefined;
}

/**
 * The deadline rule for the messages on this page.
 *
 * Stöd och behandling: each program states its own answer time ("Svarstid: 2 vardagar"). The number of working
 * days is, in order: IT's rule for this program (`services.sob.programs.<name>.workingDays`), else the answer time
 * the program shows, else the programs' default and the common rule. The program's own statement beats IT's
 * general defaults because it is the program's decision (domain: "each program decides its own"); IT can still
 * override one program by name. The other fields (end of day, amber threshold, closed days) come from policy only.
 */
export function pageRule(
  settings: DeadlinesSettings,
  which: PortalId | Pick<ResolvedPortal, 'id' | 'deadlineRule'>,
  root: ParentNode = document,
): PageRule {
  const portal = typeof which === 'string' ? { id: which } : which;
  if (!isBuiltInPortal(portal.id)) {
    const rule = resolveDeadlineRule(settings, {
      portal: 'custom',
      own: 'deadlineRule' in portal ? portal.deadlineRule : undefined,
    });
    return { rule, key: ruleKey(rule), workingDaysFrom: 'settings' };
  }
  if (portal.id !== 'sob') {
    const rule = resolveDeadlineRule(settings, { portal: portal.id });
    return { rule, key: ruleKey(rule), workingDaysFrom: 'settings' };
  }
  const program = readSobProgram(root);
  const rule = resolveDeadlineRule(settings, { portal: 'sob', program: program.name });
  if (programSetsWorkingDays(settings, program.name)) {
    return { rule, key: ruleKey(rule), workingDaysFrom: 'policy-program' };
  }
  if (program.answerWorkingDays !== undefined) {
    const shown = { ...rule, workingDays: program.answerWorkingDays };
    return { rule: shown, key: ruleKey(shown), workingDaysFrom: 'shown-answer-time' };
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
