/**
 * What in a portal's markup can be relied on from one day (and one release of the portal) to the next, and what
 * may be written into a policy at all. A selector built from these never carries page text, names or numbers:
 * attribute values with a digit, long values and labels inside repeated rows (which hold patients' names) are left
 * out; class names that a build tool generated (CSS modules, styled-components, emotion) are left out.
 */

/** Class names a build tool generates: they change with the portal's next release. */
const GENERATED_CLASS = [
  /^(css|sc|jsx|emotion|styled|svelte|tw|chakra|mui|makeStyles|jss)-/i,
  /__(?=[\w-]*[0-9A-Z])[\w-]{4,}$/, // CSS modules: Component_name__3xK9a (not BEM's block__element)
  /^_/, // _a9f3k2
  /[A-Za-z][0-9]|[0-9][A-Za-z]/, // a digit beside a letter anywhere: t_8fk2a, p_3k, r_x1
];

/** Classes that say what state an element is in: they change with the data (a row read, selected, open). */
const STATE_CLASS =
  /^(is-|has-)|(^|[-_])(active|selected|current|open|opened|closed|unread|read|new|hover|focus|focused|odd|even|first|last|expanded|collapsed|hidden|visible|disabled|checked|loading|highlight(ed)?|(un)?answered|done|late|overdue|urgent|warning|error|success)($|[-_])/i;

export function isGeneratedClass(name: string): boolean {
  return GENERATED_CLASS.some((pattern) => pattern.test(name));
}

/** A class name worth keeping in a selector: written by a person, and not a state. */
export function isStableClass(name: string): boolean {
  return name.length >= 2 && name.length <= 40 && !isGeneratedClass(name) && !STATE_CLASS.test(name);
}

/** An id or attribute value that may go into a selector and a policy: a short word, no digits (no data). */
export function isStableValue(value: string, { spaces = false } = {}): boolean {
  if (value.length === 0 || value.length > 40) return false;
  if (/\d/.test(value)) return false;
  if (/[@#{}<>\\\n\r\t]/.test(value)) return false;
  if (!spaces) return /^[\p{L}][\p{L}_.:-]*$/u.test(value);
  // A label of a few words, none but the first capitalised: "Ditt svar", never "Skicka till Anna Andersson".
  const words = value.trim().split(/\s+/);
  return (
    /^[\p{L}][\p{L} _.:-]*$/u.test(value) &&
    words.length <= 4 &&
    words.slice(1).every((word) => !/^\p{Lu}/u.test(word))
  );
}

/** Attributes whose value names what an element is for (never what it holds), in order of trust. */
export const ROLE_ATTRIBUTES = ['role', 'type', 'name', 'data-action', 'data-testid', 'data-test', 'data-qa'];
/** Labels: the words a screen reader says. Inside a repeated row they may hold a patient's name. */
export const LABEL_ATTRIBUTES = ['aria-label', 'placeholder', 'title'];

/** Tags that say something on their own (a bare `div` or `span` does not). */
export const MEANINGFUL_TAGS = new Set([
  'a',
  'article',
  'aside',
  'button',
  'form',
  'header',
  'input',
  'li',
  'main',
  'nav',
  'ol',
  'section',
  'select',
  'table',
  'tbody',
  'td',
  'textarea',
  'th',
  'time',
  'tr',
  'ul',
  'video',
  'canvas',
]);

/** Escapes an identifier for CSS (what CSS.escape does, for the characters ids and classes hold). */
export function cssIdent(name: string): string {
  return name.replace(/^(-?\d)|[^\w-]/gu, (match, digit: string | undefined) =>
    digit ? `\\3${digit.slice(-1)} ` : `\\${match}`,
  );
}

/** An attribute value as a CSS string. */
export function cssString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * The stable part of a link's address, for `a[href^=…]` or `a[href*=…]`: what comes before the segment holding the
 * message's number, e.g. `/nord/v3/arende/N-2001` → `*=` `/arende/`, `#/meddelande/M-31` → `^=` `#/meddelande/`.
 * Undefined when no segment changes with the message, or nothing stable is left.
 */
export function stableHrefPart(href: string): { operator: '^=' | '*='; value: string } | undefined {
  if (!href || href === '#' || /^(javascript|mailto|tel):/i.test(href)) return undefined;
  const path = href.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?].*$/, '');
  const segments = path.split('/');
  let last = -1;
  segments.forEach((segment, index) => {
    if (/\d/.test(segment)) last = index;
  });
  if (last <= 0) return undefined;
  const before = segments[last - 1] ?? '';
  if (!isStableValue(before)) return undefined;
  const prefix = `${segments.slice(0, last).join('/')}/`;
  if (path.startsWith('#') && !/\d/.test(prefix)) return { operator: '^=', value: prefix };
  return { operator: '*=', value: `/${before}/` };
}
