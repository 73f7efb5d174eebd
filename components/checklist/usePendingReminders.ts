import { useEffect, useState } from 'preact/hooks';
import {
  dismissPending,
  readPending,
  setMissed,
  watchPending,
  type PendingReminder,
} from '@/lib/reminders/pending';
import { remindersOn, reminderFor, type Reminder } from '@/lib/reminders/steps';
import type { Settings } from '@/lib/settings/schema';
import { t } from '@/lib/i18n';

export interface ShownReminder {
  pending: PendingReminder;
  reminder: Reminder;
  dismiss(): void;
  /** After a video meeting: the patient did not come (true), or did after all (false). */
  markMissed(missed: boolean): void;
}

/** The reminders waiting now (undefined until read; kept current across tabs), worded by IT's policy, minus kinds switched off. */
export function usePendingReminders(settings: Settings | undefined): ShownReminder[] | undefined {
  const [pending, setPending] = useState<PendingReminder[]>();
  useEffect(() => {
    const lifetime = new AbortController();
    const refresh = () => void readPending(Date.now()).then(setPending);
    watchPending(refresh, lifetime.signal);
    refresh();
    return () => lifetime.abort();
  }, []);
  if (!settings || !pending) return undefined;
  const config = settings.checks.checklist;
  return pending
    .filter((entry) => remindersOn(config, entry.kind))
    .map((entry) => ({
      pending: entry,
      reminder: reminderFor(entry.kind, entry.portal, config.reminders, t, entry.missed ?? false),
      dismiss: () => void dismissPending(entry.kind, Date.now()),
      markMissed: (missed) => void setMissed(missed, Date.now()),
    }));
}
