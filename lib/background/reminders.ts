import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { parseContentMessage } from '../messages';
import { meetingEnded, replySent } from '../reminders/meeting';
import { logError } from '../log';

/**
 * `call:ended` (from the in-call overlay) closes the meeting's checklist and raises the after-meeting reminder;
 * `reply:sent` (from the signature check) raises the after-reply reminder. Other messages are left to their own
 * listeners: this one never answers and never keeps the channel open. The toolbar icon counts the waiting
 * reminders with the deadlines (one badge, one writer: lib/checks/deadlines/toolbar.ts).
 */
export function watchReminders(): void {
  browser.runtime.onMessage.addListener((raw, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const message = parseContentMessage(raw);
    if (message?.type === 'call:ended')
      void meetingEnded(t, Date.now(), message.portal).catch((error) => logError('checklist', error));
    if (message?.type === 'reply:sent')
      void replySent(message.portal, Date.now()).catch((error) => logError('checklist', error));
    return undefined;
  });
}
