import type { StatusWords } from '../../portals/types';

/** Where a message stands, by the words in the portal's status element. */
export type MessageState = 'open' | 'answered' | 'closed' | 'unknown';

const compiled = new WeakMap<StatusWords, Record<'open' | 'answered' | 'closed', RegExp | null>>();
const remembered = new WeakMap<StatusWords, Map<string, MessageState>>();

function wholeWords(words: readonly string[]): RegExp | null {
  const alternatives = words
    .map((word) => word.trim().toLowerCase())
    .filter(Boolean)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // Whole words only: "obesvarat" contains "besvarat", and must not count as answered.
  return alternatives.length === 0
    ? null
    : new RegExp(`(?:^|[^\\p{L}])(?:${alternatives.join('|')})(?![\\p{L}])`, 'u');
}

function patterns(words: StatusWords) {
  let found = compiled.get(words);
  if (!found) {
    found = {
      open: wholeWords(words.open),
      answered: wholeWords(words.answered),
      closed: wholeWords(words.closed),
    };
    compiled.set(words, found);
  }
  return found;
}

/**
 * The state a status text names. An open word wins over the others ("Besvarat · ny fråga obesvarad" still needs
 * an answer); no known word is 'unknown', which gets no badge: a countdown on a message that may be answered would
 * be wrong, and the arrival alone does not say.
 */
export function messageState(text: string | null | undefined, words: StatusWords): MessageState {
  if (!text) return 'unknown';
  // A list shows the same few status texts thousands of times.
  let known = remembered.get(words);
  if (!known) remembered.set(words, (known = new Map()));
  const cached = known.get(text);
  if (cached) return cached;
  const normalized = text.normalize('NFC').toLowerCase();
  const { open, answered, closed } = patterns(words);
  let state: MessageState = 'unknown';
  if (open?.test(normalized)) state = 'open';
  else if (answered?.test(normalized)) state = 'answered';
  else if (closed?.test(normalized)) state = 'closed';
  if (known.size > 500) known.clear();
  known.set(text, state);
  return state;
}
