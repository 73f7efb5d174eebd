import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { parseContentMessage } from '../messages';
import { meetingEnded, replySent } from '../reminders/meeting';
import { PENDING_KEY, readPending } from '../reminders/pending';

/** Shows on the toolbar icon how many documentation reminders wait, so one is not lost when the page is left. */
async function updateBadge(): Promise<void> {
  const count = (await readPending(Date.now())).length;
  await browser.action.setBadgeText({ text: count > 0 ? String(count) : '' });
  await browser.action.setBadgeBackgroundColor({ color: '#a33a00' });
  await browser.action.setTitle({ title: count > 0 ? t('badgeReminderTitle') : t('extName') });
}

function logError(error: unknown): void {
  const description = error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error';
  console.warn(`[vardmoteskollen:checklist] ${description}`);
}

/**
 * `call:ended` (from the in-call overlay) closes the meeting's checklist and raises the after-meeting reminder;
 * `reply:sent` (from the signature check) raises the after-reply reminder. Other messages are left to their own
 * listeners: this one never answers and never keeps the channel open.
 */
export function watchReminders(): void {
  browser.runtime.onMessage.addListener((raw, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const message = parseContentMessage(raw);
    if (message?.type === 'call:ended') void meetingEnded(t, Date.now(), message.portal).catch(logError);
    if (message?.type === 'reply:sent') void replySent(message.portal, Date.now()).catch(logError);
    return undefined;
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && PENDING_KEY in changes) void updateBadge().catch(logError);
  });
  void updateBadge().catch(logError);
}
