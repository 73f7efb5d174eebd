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

export function reminderFor(
  kind: ReminderKind,
  portal: PortalId | undefined,
  settings: ChecklistSettings['reminders'],
  t: Translate,
): Reminder {
  const configured = kind === 'call' ? settings.callSteps : settings.replySteps;
  const steps = (configured ?? builtInSteps(kind, t))
    .filter((step) => !step.portals || (portal !== undefined && step.portals.includes(portal)))
    .map((step): ReminderStep => ({
      text: step.text,
      link: step.url ? { url: step.url, text: step.urlText ?? t('reminderStepLink') } : undefined,
    }));
  const deviationText = settings.deviation.text || t('reminderDeviation');
  return {
    kind,
    title: t(kind === 'call' ? 'reminderCallTitle' : 'reminderReplyTitle'),
    steps,
    deviation: {
      text: deviationText,
      link: settings.deviation.url
        ? { url: settings.deviation.url, text: t('reminderDeviationLink') }
        : undefined,
    },
  };
}

export function remindersOn(settings: ChecklistSettings, kind: ReminderKind): boolean {
  return settings.enabled && (kind === 'call' ? settings.reminders.afterCall : settings.reminders.afterReply);
}
