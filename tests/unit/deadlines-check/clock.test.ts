// @vitest-environment happy-dom
/**
 * Badges on a computer whose clock is wrong. The portal's time in these tests: Tue 22 Dec 2026 10:10. Julafton,
 * juldagen and annandag jul are days off, so a message of 22 Dec is due Mon 28 Dec 17:00.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { BADGE_TAG } from '@/components/deadlines/badge';
import { annotatorFor, badgeIn, badges, loadOpenRows } from './support';

const PORTAL_NOW = Date.parse('2026-12-22T10:10:00+01:00');
const DAY = 86_400_000;
const behindBy = (ms: number) => () => new Date(PORTAL_NOW - ms);
const DUE_28_DEC = '2026-12-28T17:00:00+01:00';

afterEach(() => {
  document.documentElement.innerHTML = '<head></head><body></body>';
});

describe('a computer clock behind the portal’s', () => {
  it('the machine-readable time wins, and "22 dec" is this year’s, not "Försenat sedan mån 29 dec 2025"', () => {
    const rows = loadOpenRows([
      '<time datetime="2026-12-22T10:05:00+01:00">22 dec</time>',
      '22 dec 09:00',
      '21 dec',
    ]);
    const { annotator, reporter } = annotatorFor('1177', { now: behindBy(3 * DAY) });
    annotator.scanAll();
    expect(rows.map((row) => [badgeIn(row)?.level, badgeIn(row)?.due])).toEqual([
      ['green', DUE_28_DEC],
      ['green', DUE_28_DEC],
      ['green', '2026-12-23T17:00:00+01:00'], // Mon 21 Dec → Wed 23 Dec
    ]);
    // Counted from the portal's time (Tue 10:10), not the computer's (Sat 10:10).
    expect(badgeIn(rows[2]!)?.shown).toBe('1 vardag 6 tim kvar · Besvaras senast imorgon');
    // The background is told how far behind, at least (the newest arrival was at 10:05).
    expect(reporter.clocks.at(-1)).toBe(3 * DAY - 5 * 60_000);
    // Nothing is reported with a due time earlier than the arrival.
    for (const { sighting } of reporter.noted) {
      if (sighting.status === 'open') expect(sighting.due).toBeGreaterThan(sighting.arrival);
    }
  });

  it('a full date with its year teaches the page the portal’s time as well', () => {
    const rows = loadOpenRows(['22 dec 2026 10:00', '22/12 08:00']);
    annotatorFor('1177', { now: behindBy(5 * DAY) }).annotator.scanAll();
    expect(rows.map((row) => badgeIn(row)?.due)).toEqual([DUE_28_DEC, DUE_28_DEC]);
  });

  it('rows drawn before the page learnt the portal’s time are drawn again, in place', () => {
    const rows = loadOpenRows([
      '22/12 08:00',
      '<time datetime="2026-12-22T10:05:00+01:00">idag 10:05</time>',
    ]);
    const { annotator } = annotatorFor('1177', { now: behindBy(3 * DAY) });
    annotator.scanAll();
    expect(badgeIn(rows[0]!)).toMatchObject({ level: 'green', due: DUE_28_DEC });
    expect(badges()).toHaveLength(2);
  });

  it('a text without a year ahead of the clock, with nothing on the page to explain it: "Kontrollera datum"', () => {
    const rows = loadOpenRows(['22 dec 09:00', '18 dec 14:00']);
    const { annotator, reporter } = annotatorFor('1177', { now: behindBy(3 * DAY) });
    annotator.scanAll();
    expect(badgeIn(rows[0]!)).toMatchObject({
      level: 'untrusted',
      shown: 'Kontrollera datum',
      due: null,
      tooltip:
        'Datumet ligger i framtiden enligt datorns klocka. Kontrollera när meddelandet kom in och att datorns ' +
        'klocka går rätt.\nInkom tis 22 dec 2026 09:00',
    });
    // Not last year's, and not "Kan inte läsa datum": the date was read.
    expect(badgeIn(rows[1]!)?.due).toBe('2026-12-22T17:00:00+01:00'); // in the past by either clock
    expect(reporter.noted.map(({ source }) => source)).toEqual([rows[1]]);
    expect(reporter.clocks).toEqual([]); // nothing on the page names its year: nothing known of the clock
  });

  it('speaks English when the browser does', () => {
    const rows = loadOpenRows(['22 dec 09:00']);
    annotatorFor('1177', { now: behindBy(3 * DAY), language: 'en' }).annotator.scanAll();
    expect(badgeIn(rows[0]!)?.shown).toBe('Check the date');
  });

  it('a date that was ahead is trusted once the computer’s clock reaches it', () => {
    const rows = loadOpenRows(['idag 10:50']);
    let now = PORTAL_NOW;
    const { annotator } = annotatorFor('1177', { now: () => new Date(now) });
    annotator.scanAll();
    const host = rows[0]!.querySelector(BADGE_TAG);
    expect(badgeIn(rows[0]!)?.level).toBe('untrusted');
    now += 30 * 60_000; // 10:40: within the 15 minutes a portal's clock may be ahead
    annotator.tick();
    expect(badgeIn(rows[0]!)).toMatchObject({ level: 'green', due: '2026-12-28T17:00:00+01:00' });
    expect(rows[0]!.querySelector(BADGE_TAG)).toBe(host);
  });

  it('a machine-readable time years ahead is a placeholder: "Kontrollera datum", and the other rows keep the clock', () => {
    const rows = loadOpenRows(['<time datetime="2099-12-31T00:00:00Z">—</time>', '21 dec 2026 09:00']);
    const { annotator, reporter } = annotatorFor('1177', { now: () => new Date(PORTAL_NOW) });
    annotator.scanAll();
    expect(badgeIn(rows[0]!)?.level).toBe('untrusted');
    expect(badgeIn(rows[1]!)?.due).toBe('2026-12-23T17:00:00+01:00');
    expect(reporter.clocks.at(-1)).toBe(0);
  });
});

describe('a computer clock ahead of the portal’s', () => {
  it('cannot be seen from the page: badges count from the computer’s clock, so they turn red early, never late', () => {
    const rows = loadOpenRows(['<time datetime="2026-12-22T10:05:00+01:00">idag 10:05</time>', '22 dec']);
    const { annotator, reporter } = annotatorFor('1177', { now: () => new Date(PORTAL_NOW + 7 * DAY) });
    annotator.scanAll();
    expect(rows.map((row) => [badgeIn(row)?.level, badgeIn(row)?.due])).toEqual([
      ['red', DUE_28_DEC],
      ['red', DUE_28_DEC],
    ]);
    expect(reporter.clocks.at(-1)).toBe(0);
  });
});
