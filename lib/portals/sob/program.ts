import { parseSobAnswerTime, SOB_ANSWER_TIME_SELECTORS } from './index';

/**
 * The program a Stöd och behandling moment belongs to, as its header shows it: the name (the key IT uses for a
 * program's rule in policy) and the answer time the program states. Like the answer time, the name is not one of
 * the shared selector keys: only this portal has programs. replica markup, seen 2026-11-25
 */
export const SOB_PROGRAM_NAME_SELECTORS: readonly string[] = [
  '.sob-moment-huvud h1',
  'article.sob-moment h1',
];

export interface SobProgram {
  /** The program's name, whitespace collapsed; undefined when the header is not there (yet). */
  name: string | undefined;
  /** "Svarstid: 2 vardagar" → 2; undefined when not shown or not readable. */
  answerWorkingDays: number | undefined;
}

function firstText(root: ParentNode, selectors: readonly string[]): string | undefined {
  for (const selector of selectors) {
    try {
      const text = root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
      if (text) return text;
    } catch {
      // a selector the browser rejects is skipped
    }
  }
  return undefined;
}

export function readSobProgram(root: ParentNode = document): SobProgram {
  const answerText = firstText(root, SOB_ANSWER_TIME_SELECTORS);
  return {
    name: firstText(root, SOB_PROGRAM_NAME_SELECTORS),
    answerWorkingDays: answerText === undefined ? undefined : parseSobAnswerTime(answerText),
  };
}
