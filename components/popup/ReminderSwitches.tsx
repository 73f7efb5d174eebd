import { isLocked, type ResolvedSettings } from '@/lib/settings/effective';
import { saveUserSettings } from '@/lib/settings/store';
import { t } from '@/lib/i18n';

const SWITCHES = [
  { key: 'afterCall', label: 'reminderSwitchCall' },
  { key: 'afterReply', label: 'reminderSwitchReply' },
] as const;

/** The clinician switches the reminders on or off, unless IT's policy has decided. */
export function ReminderSwitches({ resolved }: { resolved: ResolvedSettings }) {
  const reminders = resolved.settings.checks.checklist.reminders;
  return (
    <details class="vmk-details" data-vmk-reminder-switches>
      <summary>{t('reminderSwitchesHeading')}</summary>
      {SWITCHES.map(({ key, label }) => {
        const path = `checks.checklist.reminders.${key}`;
        const locked = isLocked(resolved.lockedPaths, path);
        return (
          <div class="vmk-item vmk-item--switch" key={key}>
            <input
              id={`reminder-${key}`}
              type="checkbox"
              checked={reminders[key]}
              disabled={locked}
              aria-describedby={locked ? `reminder-${key}-locked` : undefined}
              onChange={(event) =>
                void saveUserSettings({
                  checks: {
                    checklist: { reminders: { [key]: (event.currentTarget as HTMLInputElement).checked } },
                  },
                })
              }
            />
            <label for={`reminder-${key}`}>{t(label)}</label>
            {locked && (
              <span id={`reminder-${key}-locked`} class="vmk-locked" data-vmk-locked={path}>
                {t('lockedByPolicy')}
              </span>
            )}
          </div>
        );
      })}
    </details>
  );
}
