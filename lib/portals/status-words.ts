import { MESSAGE_STATES, type StatusWords } from './types';

/**
 * The Swedish status words any portal may show, in their ordinary inflections (common and neuter gender, plural,
 * definite) and everyday synonyms. Matched as whole words, any case (lib/checks/deadlines/message-state.ts): so
 * "obesvarat" never counts as "besvarat". A state's word list is tried open first: "Besvarat – ny fråga obesvarad"
 * still needs an answer. Portals add their own words; IT's words extend or replace these (`statusWordsMode`).
 */
export const SWEDISH_STATUS_WORDS: StatusWords = {
  open: [
    'obesvarad',
    'obesvarat',
    'obesvarade',
    'ej besvarad',
    'ej besvarat',
    'inte besvarad',
    'inte besvarat',
    'väntar på svar',
    'ny',
    'nytt',
    'nya',
    'oläst',
    'olästa',
    'ohanterad',
    'ohanterat',
    'ohanterade',
    'inkommen',
    'inkommet',
    'inkomna',
  ],
  answered: ['besvarad', 'besvarat', 'besvarade', 'svarad', 'svarat', 'svar skickat'],
  closed: [
    'avslutad',
    'avslutat',
    'avslutade',
    'stängd',
    'stängt',
    'stängda',
    'arkiverad',
    'arkiverat',
    'arkiverade',
    'hanterad',
    'hanterat',
    'hanterade',
    'makulerad',
    'makulerat',
  ],
};

/** `base` and `extra` per state, each word once (compared in lower case). */
export function mergeStatusWords(base: StatusWords, extra: Partial<StatusWords> | undefined): StatusWords {
  const merged = {} as Record<keyof StatusWords, string[]>;
  for (const state of MESSAGE_STATES) {
    const seen = new Set<string>();
    merged[state] = [...base[state], ...(extra?.[state] ?? [])].filter((word) => {
      const key = word.trim().toLocaleLowerCase('sv');
      if (!key || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }
  return merged;
}
