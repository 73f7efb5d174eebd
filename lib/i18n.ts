import { browser } from 'wxt/browser';

/**
 * UI text from the browser's i18n catalogue (public/_locales: Swedish by default, English second). Returns the
 * key itself when a message is missing, so a gap shows up in review instead of as an empty label.
 */
export function t(key: string, substitutions?: string | string[]): string {
  try {
    return browser.i18n.getMessage(key as never, substitutions) || key;
  } catch {
    return key;
  }
}

/** 'sv' or 'en': the language of the browser's UI, for texts built in code (dates, durations). */
export function uiLanguage(): 'sv' | 'en' {
  try {
    return browser.i18n.getUILanguage().toLowerCase().startsWith('en') ? 'en' : 'sv';
  } catch {
    return 'sv';
  }
}
