import { useEffect, useRef } from 'preact/hooks';
import { ReminderCard } from '@/components/checklist/ReminderCard';
import { usePendingReminders } from '@/components/checklist/usePendingReminders';
import type { ResolvedSettings } from '@/lib/settings/effective';
import { t } from '@/lib/i18n';

/** Where the focus goes when a reminder is done: the checklist's heading. */
export const FOCUS_AFTER_DISMISS = 'checklist-heading';

/**
 * Documentation reminders waiting after a meeting or a reply, first in the popup. A reminder raised while the popup
 * is open (the clinician pressed "Mötet är slut") takes the keyboard focus, so it is read out at once.
 */
export function ReminderSection({ resolved }: { resolved: ResolvedSettings }) {
  const shown = usePendingReminders(resolved.settings);
  const headings = useRef(new Map<number, HTMLElement>());
  const known = useRef<Set<number>>();
  useEffect(() => {
    if (!shown) return;
    const times = shown.map((entry) => entry.pending.at);
    if (known.current) {
      const fresh = times.find((at) => !known.current?.has(at));
      if (fresh !== undefined) headings.current.get(fresh)?.focus();
    }
    known.current = new Set([...(known.current ?? []), ...times]);
  }, [shown?.map((entry) => entry.pending.at).join()]);
  if (!shown || shown.length === 0) return null;
  return (
    <section class="vmk-popup-section" aria-label={t('reminderSectionLabel')} data-vmk-section="reminders">
      {shown.map(({ pending, reminder, dismiss, markMissed }) => (
        <ReminderCard
          key={pending.kind}
          reminder={reminder}
          onMissed={markMissed}
          onDone={() => {
            dismiss();
            // The card goes away with its button: keep the keyboard focus in the popup.
            document.getElementById(FOCUS_AFTER_DISMISS)?.focus();
          }}
          headingRef={(element) => {
            if (element) headings.current.set(pending.at, element);
            else headings.current.delete(pending.at);
          }}
        />
      ))}
    </section>
  );
}
