import type { DeadlineTexts } from './texts';

/** English badge texts, for a browser whose UI language is English. */
export const EN_TEXTS: DeadlineTexts = {
  weekdays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  today: 'today',
  yesterday: 'yesterday',
  tomorrow: 'tomorrow',
  workingDays: (count) => `${count} ${count === 1 ? 'working day' : 'working days'}`,
  hours: (count) => `${count} h`,
  minutes: (count) => `${count} min`,
  left: (amount) => `${amount} left`,
  lessThanAMinuteLeft: 'Less than 1 min left',
  dueBy: (when) => `Answer by ${when}`,
  overdueSince: (when) => `Overdue since ${when}`,
  arrived: (when) => `Arrived ${when}`,
  unreadable: 'Cannot read the date',
  untrusted: 'Check the date',
  untrustedTooltip:
    'The date lies in the future by the computer’s clock. Check when the message arrived, and that the computer’s clock is right.',
  clockBehind: (count, unit) =>
    `The computer’s clock seems to be behind by at least ${count} ${unit}${count === 1 ? '' : 's'}. Times are counted from the portal’s time.`,
};
