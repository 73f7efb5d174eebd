import { partsFromDay } from '../../deadlines/civil-day';
import { swedishDayOf } from '../../deadlines/stockholm-time';
import { queryFirst } from '../../portals/query';
import type { ResolvedPortal } from '../../portals/types';
import { readPatient, type ChildAdvice } from './advice';
import type { AdviceSource } from './hint';

const MEASURE = 'vmk-children:read';

/** On the patient field once read: `read` (a valid number, child or not) or `unreadable`. Never the age. */
export const READ_MARK = 'data-vmk-children';

function sameAdvice(a: ChildAdvice | null, b: ChildAdvice | null): boolean {
  return (
    a === b ||
    (a !== null &&
      b !== null &&
      a.group === b.group &&
      a.journalen === b.journalen &&
      a.protectedIdentity === b.protectedIdentity)
  );
}

/**
 * Reads the portal's patient field whenever the page changes, until `signal` aborts: the age is worked out from the
 * number on the spot (as of today in Sweden) and only the advice is kept, in memory. The field's text is not held
 * on to, written anywhere or logged. `onFirstChild` runs once, when a child is first seen (to mount the hint).
 */
export function watchPatient(
  portal: ResolvedPortal,
  signal: AbortSignal,
  onFirstChild: (source: AdviceSource) => void,
  onError: (error: unknown) => void,
): AdviceSource {
  let advice: ChildAdvice | null = null;
  let sawChild = false;
  const listeners = new Set<() => void>();
  const source: AdviceSource = {
    current: () => advice,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const read = () => {
    const start = performance.now();
    try {
      const field = queryFirst(portal, 'patientIdentity');
      let next: ChildAdvice | null = null;
      if (field) {
        const marked = queryFirst(portal, 'protectedIdentity') !== null;
        const today = partsFromDay(swedishDayOf(new Date()));
        const reading = readPatient(field.textContent ?? '', marked, today);
        const mark = reading.kind === 'unreadable' ? 'unreadable' : 'read';
        // Only when it differs: running twice changes nothing, and the page's own observers see no needless change.
        if (field.getAttribute(READ_MARK) !== mark) field.setAttribute(READ_MARK, mark);
        if (reading.kind === 'child') next = reading.advice;
      }
      if (sameAdvice(advice, next)) return;
      advice = next;
      if (advice && !sawChild) {
        sawChild = true;
        onFirstChild(source);
      }
      listeners.forEach((listener) => listener());
    } catch (error) {
      onError(error);
    } finally {
      // On the page's performance timeline (the latest only), for DevTools and `npm run bench -- children`.
      try {
        performance.clearMeasures(MEASURE);
        performance.measure(MEASURE, { start, end: performance.now() });
      } catch {
        // no User Timing here: the reading is done all the same
      }
    }
  };
  const observer = new MutationObserver(read);
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    // A mark shown or hidden by the portal; not the extension's own data-vmk-* marks, which change all the time.
    attributes: true,
    attributeFilter: ['hidden', 'class'],
  });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  read();
  return source;
}
