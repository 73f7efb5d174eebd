import { z } from 'zod';
import { MatchPattern } from 'wxt/utils/match-patterns';

/**
 * A CSS selector the browser accepts. Validated where a DOM exists (content scripts, options page, tests);
 * the background worker has no DOM and does not use selectors.
 */
export function isValidSelector(selector: string): boolean {
  if (typeof document === 'undefined') return selector.trim().length > 0;
  try {
    document.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

export function isValidMatchPattern(pattern: string): boolean {
  try {
    new MatchPattern(pattern);
    return true;
  } catch {
    return false;
  }
}

export const cssSelectorSchema = z
  .string()
  .refine(isValidSelector, { message: 'invalid-css-selector' })
  .describe('A CSS selector');

export const matchPatternSchema = z
  .string()
  .refine(isValidMatchPattern, { message: 'invalid-match-pattern' })
  .describe('A Chrome match pattern, e.g. https://personal.1177.se/*');
