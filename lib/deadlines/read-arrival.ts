import { parseArrival, type ArrivalResult } from './parse-arrival';

/** The attribute's value on the first element inside `el` that has it (a name CSS cannot quote is skipped). */
export function attributeInside(el: Element, name: string): string | null {
  try {
    return el.querySelector(`[${CSS.escape(name)}]`)?.getAttribute(name) ?? null;
  } catch {
    return null;
  }
}

/**
 * Where an arrival time can be found on a portal's element, best first. A `datetime` attribute is written for
 * machines and does not change with the display language or "idag/igår" wording; a tooltip (`title`) often holds
 * the full date where the text shows a short one; the visible text comes last.
 */
function candidates(
  el: Element,
  attributes: readonly string[],
): { value: string | null; machine: boolean }[] {
  const time = el.matches('time[datetime]') ? null : el.querySelector('time[datetime]');
  const titled = el.querySelector('[title]');
  return [
    // IT's own machine-readable attributes (`portals.<id>.arrival.attributes`), on the element or inside it.
    ...attributes.flatMap((name) => [
      { value: el.getAttribute(name), machine: true },
      { value: attributeInside(el, name), machine: true },
    ]),
    { value: el.getAttribute('datetime'), machine: true },
    { value: time?.getAttribute('datetime') ?? null, machine: true },
    { value: el.getAttribute('title'), machine: false },
    { value: titled?.getAttribute('title') ?? null, machine: false },
    { value: el.textContent, machine: false },
  ];
}

/**
 * The arrival time of a message from the element the portal layer points at (a row's date cell, a <time>).
 * The first candidate that parses wins, also when it lies ahead of `now`: a machine-readable time ahead of this
 * computer's clock says the clock is behind, and the visible text ("22 dec") must not be given another year
 * instead. A `datetime` attribute counts as machine-readable even without an offset (HTML allows a local
 * date-time there; it is read as Swedish time). When nothing parses, the visible text's reason is returned, so
 * that the badge can say "Kan inte läsa datum" instead of guessing.
 */
export function readArrival(el: Element, now: Date, attributes: readonly string[] = []): ArrivalResult {
  let failure: ArrivalResult = { ok: false, reason: 'empty' };
  for (const { value, machine } of candidates(el, attributes)) {
    if (value === null || value.trim() === '') continue;
    const result = parseArrival(value, now);
    if (result.ok) return machine ? { ...result, source: 'machine' } : result;
    failure = result;
  }
  return failure;
}
