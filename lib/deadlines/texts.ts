import { EN_TEXTS } from './texts-en';
import { SV_TEXTS } from './texts-sv';

export type Language = 'sv' | 'en';

/**
 * The words of the deadline badges. Swedish and English live in ./texts-sv.ts and ./texts-en.ts; they are code,
 * not browser i18n messages, because counts need plural forms and the logic is tested without a browser.
 */
export interface DeadlineTexts {
  /** Sunday first, as Date#getDay. */
  weekdays: readonly string[];
  /** January first. */
  months: readonly string[];
  today: string;
  yesterday: string;
  tomorrow: string;
  workingDays(count: number): string;
  hours(count: number): string;
  minutes(count: number): string;
  /** Wraps the amounts: "1 vardag 3 tim" → "1 vardag 3 tim kvar". */
  left(amount: string): string;
  lessThanAMinuteLeft: string;
  dueBy(when: string): string;
  overdueSince(when: string): string;
  arrived(when: string): string;
  unreadable: string;
  /** A date that was read but lies ahead of the computer's clock, with nothing on the page to explain it. */
  untrusted: string;
  untrustedTooltip: string;
  /** The popup's notice that the computer's clock is behind the portal's by at least `count` units. */
  clockBehind(count: number, unit: 'day' | 'hour' | 'minute'): string;
}

export function textsFor(language: Language): DeadlineTexts {
  return language === 'en' ? EN_TEXTS : SV_TEXTS;
}
