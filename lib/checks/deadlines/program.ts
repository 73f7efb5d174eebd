import { queryAll } from '../../portals/query';
import type { ResolvedPortal } from '../../portals/types';

/**
 * What the open case's header says of its own deadline, through the portal profile's `programName` and
 * `answerTime` selectors (Stöd och behandling shows both; IT can point them at any portal's markup by policy).
 */
export interface ShownProgram {
  /** The program's name, whitespace collapsed; undefined when the page does not show it (yet). */
  name: string | undefined;
  /** "Svarstid: 2 vardagar" → 2; undefined when not shown or not readable. */
  answerWorkingDays: number | undefined;
}

/**
 * A number of working days as a page states it: "Svarstid: 2 vardagar", "1 vardag", "Svar inom 3 arbetsdagar".
 * Calendar days ("2 dagar"), words ("två") and 0 are not read: the common rule applies then.
 */
export function parseAnswerTime(text: string): number | undefined {
  const match = /(?:^|[^\p{L}\d])(\d{1,2})\s*(?:vardag|arbetsdag)(?:ar|en|arna)?(?![\p{L}\d])/iu.exec(
    text.normalize('NFC').replace(/\s+/g, ' '),
  );
  if (!match) return undefined;
  const days = Number(match[1]);
  return days >= 1 ? days : undefined;
}

function firstText(
  portal: Pick<ResolvedPortal, 'selectors'>,
  key: 'programName' | 'answerTime',
  root: ParentNode,
) {
  return queryAll(portal, key, root)
    .map((element) => element.textContent?.replace(/\s+/g, ' ').trim() ?? '')
    .find((text) => text !== '');
}

export function readShownProgram(
  portal: Pick<ResolvedPortal, 'selectors'>,
  root: ParentNode = document,
): ShownProgram {
  const answerText = firstText(portal, 'answerTime', root);
  return {
    name: firstText(portal, 'programName', root),
    answerWorkingDays: answerText === undefined ? undefined : parseAnswerTime(answerText),
  };
}
