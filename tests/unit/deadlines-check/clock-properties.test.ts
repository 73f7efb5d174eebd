// @vitest-environment happy-dom
/**
 * Properties of the badges on a computer whose clock is off by anything up to two years either way: no badge, and
 * nothing reported to the background, puts a message's due time before the moment it really arrived. Pages are
 * 1177 inboxes built from generated messages, printed as a portal would print them on its own (right) clock.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { computeDue, DEFAULT_DEADLINE_RULE, swedishIsoString } from '@/lib/deadlines';
import { annotatorFor, badgeIn, loadOpenRows } from './support';
import { printedSwedish } from '../deadlines/swedish-print';

const MINUTE = 60_000;
const DAY = 1440 * MINUTE;
const TWO_YEARS = 731 * DAY;

afterEach(() => {
  document.documentElement.innerHTML = '<head></head><body></body>';
});

const printed = (at: number) => printedSwedish(new Date(at));

/** Forms that name the year: the portal's own time, whatever the computer's clock says. */
const DATED = [
  (at: number) => `<time datetime="${new Date(at).toISOString()}">${printed(at).monthName}</time>`,
  (at: number) => `${printed(at).iso} ${printed(at).time}`,
  (at: number) => `${printed(at).monthName} ${printed(at).year} ${printed(at).time}`,
  (at: number) => printed(at).iso,
];
/** Forms without a year, read against the page's clock. */
const YEARLESS = [
  (at: number) => `${printed(at).monthName} ${printed(at).time}`,
  (at: number) => `${printed(at).dayMonth} ${printed(at).time}`,
  (at: number) => printed(at).monthName,
  (at: number) => `${printed(at).weekday} ${printed(at).monthName}`,
];

const minutes = (min: number, max: number) => fc.integer({ min, max }).map((value) => value * MINUTE);
/** The portal's time: some minute in 2024–2030. */
const portalNow = fc
  .integer({
    min: Date.parse('2024-01-01T00:00:00Z') / MINUTE,
    max: Date.parse('2030-12-31T00:00:00Z') / MINUTE,
  })
  .map((value) => value * MINUTE);
/** How far the computer's clock is off: behind (negative) or ahead, by up to two years. */
const offset = fc.oneof(
  minutes(-TWO_YEARS / MINUTE, TWO_YEARS / MINUTE),
  minutes(-3 * 1440, 3 * 1440), // hours and days, the likelier mistakes, more often
);
const row = (when: fc.Arbitrary<number>, forms: number) =>
  fc.record({ when, form: fc.nat(forms - 1), position: fc.nat(1000) });

interface Row {
  at: number;
  cell: string;
  position: number;
}

/** Draws the page (rows in a random order) on a computer `offsetMs` off, and checks every badge and report. */
function checkPage(rows: Row[], offsetMs: number, portal: number): void {
  rows.sort((a, b) => a.position - b.position);
  const elements = loadOpenRows(rows.map(({ cell }) => cell));
  const { annotator, reporter } = annotatorFor('1177', { now: () => new Date(portal + offsetMs) });
  annotator.scanAll();
  rows.forEach(({ at, cell }, index) => {
    const badge = badgeIn(elements[index]!);
    expect(badge, cell).toBeDefined();
    if (badge?.due) expect(Date.parse(badge.due), `${cell}: ${badge.due}`).toBeGreaterThan(at);
  });
  // The last sighting of each row is what the background gets: the reporter keeps one per row until idle time.
  const reported = new Map(reporter.noted.map(({ source, sighting }) => [source, sighting]));
  for (const [source, sighting] of reported) {
    const at = rows[elements.indexOf(source as HTMLElement)]!.at;
    if (sighting.status === 'open') expect(sighting.due).toBeGreaterThan(at);
  }
}

describe('a clock off by up to two years', { timeout: 30_000 }, () => {
  it('messages with a machine-readable time or a date with its year: each is due when it really is', () => {
    const page = fc.record({
      portal: portalNow,
      offset,
      rows: fc.array(row(minutes(0, 90 * 1440), DATED.length), { minLength: 1, maxLength: 8 }),
    });
    fc.assert(
      fc.property(page, ({ portal, offset: off, rows }) => {
        const drawn = rows.map(({ when, form, position }) => ({
          at: portal - when,
          cell: DATED[form]!(portal - when),
          position,
        }));
        checkPage(drawn, off, portal);
        // Stronger than "not before the arrival": the due time is the true one, and never "Kontrollera datum".
        // (checkPage put `drawn` in page order.)
        drawn.forEach(({ at, cell }, index) => {
          const badge = badgeIn(document.querySelectorAll('tr.arenderad')[index]!);
          expect(badge?.level, cell).not.toMatch(/unreadable|untrusted/);
          expect(badge?.due, cell).toBe(swedishIsoString(computeDue(new Date(at), DEFAULT_DEADLINE_RULE).at));
        });
      }),
      { numRuns: 300 },
    );
  });

  it('pages mixing them with texts without a year: what the former teach the page applies to the latter', () => {
    // A text without a year that arrived more than a month (31 days) after the newest dated arrival on the page
    // cannot be placed by it: see lib/checks/deadlines/README.md, "When the computer's clock is off". A date
    // alone tells the page only the start of its day, so the texts here come at most 30 days after it.
    const page = fc.record({
      portal: portalNow,
      offset,
      dated: fc.array(row(minutes(0, 90 * 1440), DATED.length), { minLength: 1, maxLength: 5 }),
      yearless: fc.array(row(minutes(-30 * 1440, 300 * 1440), YEARLESS.length), {
        minLength: 1,
        maxLength: 5,
      }),
    });
    fc.assert(
      fc.property(page, ({ portal, offset: off, dated, yearless }) => {
        const newest = portal - Math.min(...dated.map(({ when }) => when));
        const rows = [
          ...dated.map(({ when, form, position }) => ({
            at: portal - when,
            cell: DATED[form]!(portal - when),
            position,
          })),
          ...yearless.map(({ when, form, position }) => {
            // `when` before the newest dated arrival (negative: after it), never after the portal's now.
            const at = Math.min(portal, newest - when);
            return { at, cell: YEARLESS[form]!(at), position };
          }),
        ];
        checkPage(rows, off, portal);
      }),
      { numRuns: 300 },
    );
  });
});

describe('what a page cannot know', () => {
  it('texts without a year alone, on a clock months behind: read in the year the computer’s clock suggests', () => {
    // The portal's time is Tue 22 Dec 2026; the computer says 22 Sep. Nothing on the page names a year, and
    // "22 dec" three months ahead is too far for a clock mistake to be assumed: it is read as 22 Dec 2025.
    const [element] = loadOpenRows(['22 dec 10:05']);
    annotatorFor('1177', { now: () => new Date('2026-09-22T10:10:00+02:00') }).annotator.scanAll();
    expect(badgeIn(element!)).toMatchObject({ level: 'red', due: '2025-12-29T17:00:00+01:00' });
  });
});
