import { closeChecklist } from '../checks/checklist/store';
import type { Translate } from '../checks/checklist/model';
import type { PortalId } from '../portals/types';
import { loadSettings } from '../settings/store';
import { addPending } from './pending';
import { remindersOn } from './steps';

/**
 * A video meeting ended (the in-call overlay's signal, or the clinician's "Mötet är slut" or "Patienten kom inte" in
 * the popup): the meeting's checklist is closed (and counted) and the documentation reminder raised, unless switched
 * off; `missed`: the patient did not come, and the reminder shows the routine for a missed meeting.
 */
export async function meetingEnded(
  translate: Translate,
  now: number,
  portal?: PortalId,
  missed = false,
): Promise<{ reminded: boolean }> {
  const { settings } = await loadSettings();
  const config = settings.checks.checklist;
  if (!config.enabled) return { reminded: false };
  // The reminder first: what the clinician still has to do must not wait for, or fail with, the closed list's count.
  const reminded = remindersOn(config, 'call');
  if (reminded) await addPending({ kind: 'call', portal, at: now, ...(missed ? { missed } : {}) });
  await closeChecklist(settings, translate, now);
  return { reminded };
}

/** A written reply was sent on a portal: the reminder to document it, unless switched off. */
export async function replySent(portal: PortalId, now: number): Promise<{ reminded: boolean }> {
  const { settings } = await loadSettings();
  if (!remindersOn(settings.checks.checklist, 'reply')) return { reminded: false };
  await addPending({ kind: 'reply', portal, at: now });
  return { reminded: true };
}
