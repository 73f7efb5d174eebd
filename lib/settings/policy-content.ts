import { SIGNATURE_FIELDS } from '../checks/signature/fields';

/**
 * Checks on what a policy value says, beyond its type: values Chromium passes on but that would do harm if used
 * (a megabyte of text inserted into a reply, ten thousand selectors tried on every page change, a signature
 * template naming a field that does not exist and so inserting nothing). Each refused value falls back alone.
 */

/** Longest text a policy may set: a signature template is a few hundred characters; 1 000 leaves room. */
export const MAX_TEXT_LENGTH = 1000;
/** Most entries a policy list may hold (selector alternatives, checklist items, required fields...). */
export const MAX_LIST_ENTRIES = 200;
/** Lists of dates may cover several years of closed days. */
const LIST_LIMITS: Record<string, number> = { closedDays: 1000 };
/** A list of objects sent as JSON text: longer than this is refused before it is read. */
export const MAX_JSON_TEXT_LENGTH = 200_000;

export interface ContentProblem {
  reason: 'too-long' | 'too-many' | 'invalid-value';
  /** A code, with its argument after a colon (`max-length:1000`, `unknown-placeholder:{titel}`). */
  detail: string;
}

function longestText(value: unknown, depth = 0): number {
  if (typeof value === 'string') return value.length;
  if (depth > 4 || typeof value !== 'object' || value === null) return 0;
  let longest = 0;
  for (const child of Object.values(value)) longest = Math.max(longest, longestText(child, depth + 1));
  return longest;
}

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

function unknownPlaceholders(template: string): string[] {
  const names = [...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '');
  return [...new Set(names.filter((name) => !(SIGNATURE_FIELDS as readonly string[]).includes(name)))];
}

/** A whole list, before its entries are read: too many entries refuse the list. */
export function checkListCount(
  path: readonly string[],
  list: readonly unknown[],
): ContentProblem | undefined {
  const limit = LIST_LIMITS[path.at(-1) ?? ''] ?? MAX_LIST_ENTRIES;
  return list.length > limit ? { reason: 'too-many', detail: `max-entries:${limit}` } : undefined;
}

/** A single value, or a list's entry (texts inside objects count too). */
export function checkValue(path: readonly string[], value: unknown): ContentProblem | undefined {
  if (longestText(value) > MAX_TEXT_LENGTH) {
    return { reason: 'too-long', detail: `max-length:${MAX_TEXT_LENGTH}` };
  }
  if (
    path[0] === 'checks' &&
    path[1] === 'signature' &&
    path[2] === 'templates' &&
    typeof value === 'string'
  ) {
    const unknown = unknownPlaceholders(value);
    if (unknown.length > 0) {
      return {
        reason: 'invalid-value',
        detail: `unknown-placeholder:${unknown.map((n) => `{${n}}`).join(', ')}`,
      };
    }
  }
  return undefined;
}
