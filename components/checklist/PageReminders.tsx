import type { Settings } from '@/lib/settings/schema';
import { t } from '@/lib/i18n';
import { ReminderCard } from './ReminderCard';
import { usePendingReminders } from './usePendingReminders';

/**
 * The reminders in a portal page, in a corner above the presence mark. A polite live region: it is read out when it
 * appears, without taking the focus from whatever the clinician is doing in the page.
 */
export function PageReminders({ settings }: { settings: Settings }) {
  const shown = usePendingReminders(settings) ?? [];
  return (
    <section class="vmk-page-reminders" aria-label={t('reminderSectionLabel')} aria-live="polite">
      {shown.map(({ pending, reminder, dismiss }) => (
        <ReminderCard key={pending.kind} reminder={reminder} onDone={dismiss} />
      ))}
    </section>
  );
}
