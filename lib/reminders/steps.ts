import type { ChecklistSettings, ReminderStepSetting } from '../checks/checklist/settings';
import type { Translate } from '../checks/checklist/model';
import type { PortalId } from '../portals/types';

export type ReminderKind = 'call' | 'reply';

export interface ReminderStep {
  text: string;
  link?: { url: string; text: string };
}

export interface Reminder {
  kind: ReminderKind;
  /** After a video meeting the patient did not come to: the routine for a missed meeting instead of the steps. */
  missed: boolean;
  title: string;
  steps: ReminderStep[];
  deviation: ReminderStep;
}

/**
 * The documentation steps the guideline asks for after a contact (rubrik Journalföring, Bokning och
 * besöksregistrering, Avvikelsehantering). IT's policy replaces the steps and the deviation line's wording and link.
 */
function builtInSteps(kind: ReminderKind, t: Translate): ReminderStepSetting[] {
  if (kind === 'call') {
    return [{ text: t('reminderCallMelior') }, { text: t('reminderElvis') }];
  }
  return [
    { text: t('reminderReplyMelior') },
    { text: t('reminder1177NotRecord'), portals: ['1177'] },
    { text: t('reminderElvis') },
  ];
}

/**
 * "Uteblivet digitalt vårdmöte: handläggs enligt Elvis-rutinen Distanskontakter" (rubrik Bokning och
 * besöksregistrering i Elvis): one step, worded and linked by IT's policy.
 */
function missedSteps(settings: ChecklistSettings['reminders'], t: Translate): ReminderStep[] {
  const { text, url } = settings.missedMeeting;
  return [
    {
      text: text || t('reminderMissedElvis'),
      link: url ? { url, text: t('reminderMissedLink') } : undefined,
    },
  ];
}

export function reminderFor(
  kind: ReminderKind,
  portal: PortalId | undefined,
  settings: ChecklistSettings['reminders'],
  t: Translate,
  missed = false,
): Reminder {
  const deviationText = settings.deviation.text || t('reminderDeviation');
  const deviation: ReminderStep = {
    text: deviationText,
    link: settings.deviation.url
      ? { url: settings.deviation.url, text: t('reminderDeviationLink') }
      : undefined,
  };
  if (kind === 'call' && missed) {
    return {
      kind,
      missed: true,
      title: t('reminderMissedTitle'),
      steps: missedSteps(settings, t),
      deviation,
    };
  }
  const configured = kind === 'call' ? settings.callSteps : settings.replySteps;
  const steps = (configured ?? builtInSteps(kind, t))
    .filter((step) => !step.portals || (portal !== undefined && step.portals.includes(portal)))
    .map((step): ReminderStep => ({
      text: step.text,
      link: step.url ? { url: step.url, text: step.urlText ?? t('reminderStepLink') } : undefined,
    }));
  return {
    kind,
    missed: false,
    title: t(kind === 'call' ? 'reminderCallTitle' : 'reminderReplyTitle'),
    steps,
    deviation,
  };
}

export function remindersOn(settings: ChecklistSettings, kind: ReminderKind): boolean {
  return settings.enabled && (kind === 'call' ? settings.reminders.afterCall : settings.reminders.afterReply);
}
