import type { Settings } from '@/lib/settings/schema';
import { t } from '@/lib/i18n';
import { ReminderCard } from './ReminderCard';
import { usePendingReminders } from './usePendingReminders';

/**
 * The reminders in a portal page, folded, in the bottom corner beside the presence mark (clear of the portals' reply
 * fields and send buttons, which sit just above the bottom edge). A polite live region: it is read out when it
 * appears, without taking the focus from whatever the clinician is doing in the page.
 */
export function PageReminders({ settings }: { settings: Settings }) {
  const shown = usePendingReminders(settings) ?? [];
  return (
    <section class="vmk-page-reminders" aria-label={t('reminderSectionLabel')} aria-live="polite">
      {shown.map(({ pending, reminder, dismiss }) => (
        <ReminderCard key={pending.kind} reminder={reminder} onDone={dismiss} folded />
      ))}
    </section>
  );
}
