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
};
