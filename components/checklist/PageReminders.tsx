import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '@/lib/settings/schema';
import { t } from '@/lib/i18n';
import { callTracker } from '@/lib/checks/call-overlay/call';
import { ReminderCard } from './ReminderCard';
import { usePendingReminders } from './usePendingReminders';

/** Whether this page is in a video call now (the in-call overlay's tracker, shared by the content script). */
function useInCall(): boolean {
  const [inCall, setInCall] = useState(callTracker.activeKey !== null);
  useEffect(() => {
    const update = () => setInCall(callTracker.activeKey !== null);
    update();
    return callTracker.subscribe(update);
  }, []);
  return inCall;
}

/**
 * The reminders in a portal page, folded, placed by the placement service (lib/placement/) at the free spot
 * nearest the bottom-right corner, off the portal's controls; a dot when no spot fits them. None on a page in a
 * call: they would sit over the call, and the after-meeting reminder comes back when the call ends (the popup and
 * the toolbar count keep it meanwhile). A polite live region: it is read out when it appears, without taking the
 * focus from whatever the clinician is doing in the page.
 */
export function PageReminders({ settings }: { settings: Settings }) {
  const inCall = useInCall();
  const waiting = usePendingReminders(settings) ?? [];
  const shown = inCall ? [] : waiting;
  return (
    <section class="vmk-page-reminders" aria-label={t('reminderSectionLabel')} aria-live="polite">
      {shown.map(({ pending, reminder, dismiss, markMissed }) => (
        <ReminderCard key={pending.kind} reminder={reminder} onDone={dismiss} onMissed={markMissed} folded />
      ))}
      {shown.length > 0 && (
        <span class="vmk-page-reminders__dot" role="img" aria-label={t('reminderDotLabel')} />
      )}
    </section>
  );
}
