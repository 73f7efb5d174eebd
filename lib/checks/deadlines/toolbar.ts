import { browser } from 'wxt/browser';
import { isoFromDay, swedishDayOf } from '../../deadlines';
import { t } from '../../i18n';
import { readPending } from '../../reminders/pending';
import { clockBehindMs } from './clock-lag';
import { allSeen, needsAnswerToday } from './store';
import { logError } from '../../log';

const DEADLINE_COLOUR = '#b42318';
/** The reminders' own colour (lib/background/reminders.ts), when only reminders are counted. */
const REMINDER_COLOUR = '#a33a00';

/** The Swedish date of an instant, 'YYYY-MM-DD'. */
export function swedishToday(now: number): string {
  return isoFromDay(swedishDayOf(new Date(now)));
}

/** How many seen messages are overdue or due today (Swedish date). */
export async function countNeedingAnswer(now: number): Promise<number> {
  const today = swedishToday(now);
  return (await allSeen()).filter((message) => needsAnswerToday(message, now, today)).length;
}

/** Counts begun so far: a count that a later one overtook leaves the icon to it. */
let countsBegun = 0;

/**
 * The toolbar icon's number: messages overdue or due today, plus the documentation reminders waiting (the same
 * badge is theirs too, see lib/background/reminders.ts), with a tooltip that says which is which. Deadlines are
 * counted from the portals' time: `now` (the computer's clock) plus how far behind a portal page has shown it is.
 * The background alone draws it (extension pages ask it to: `toolbar:recount`), and a count that finishes after a
 * later one began draws nothing: it read the reminders and the messages before the later one did, and would put
 * back an old number (an empty badge over a reminder written in between).
 */
export async function renderToolbarBadge(now: number): Promise<void> {
  const mine = ++countsBegun;
  const [deadlines, reminders] = await Promise.all([
    // The messages' store failing must not hide the reminders: they are counted alone, and the tooltip says that
    // the deadlines could not be.
    clockBehindMs()
      .then((behind) => countNeedingAnswer(now + behind))
      .catch((error: unknown) => {
        logError('deadlines', error);
        return undefined;
      }),
    readPending(now).then((pending) => pending.length),
  ]);
  const total = (deadlines ?? 0) + reminders;
  const title = [
    deadlines === undefined ? t('deadlinesToolbarUnreadable') : '',
    deadlines ? t('deadlinesToolbarTitle', [String(deadlines)]) : '',
    reminders > 0 ? t('badgeReminderTitle') : '',
  ]
    .filter(Boolean)
    .join('\n');
  if (mine !== countsBegun) return;
  await browser.action.setBadgeText({ text: total > 0 ? String(total) : '' });
  await browser.action.setBadgeBackgroundColor({ color: deadlines ? DEADLINE_COLOUR : REMINDER_COLOUR });
  await browser.action.setTitle({ title: title || t('extName') });
}
