import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArrival, type ArrivalFailure } from '../../../lib/deadlines/parse-arrival';
import { printedSwedish } from './swedish-print';

// Wed 25 Nov 2026 15:00 in Sweden (CET, UTC+1).
const NOW = new Date('2026-11-25T14:00:00Z');

function read(text: unknown, now = NOW) {
  const result = parseArrival(text, now);
  return result.ok
    ? { at: result.arrival.toISOString(), precision: result.precision, source: result.source }
    : result;
}
const minute = (at: string, source = 'text') => ({ at, precision: 'minute', source });
const wholeDay = (at: string) => ({ at, precision: 'day', source: 'text' });
const failed = (reason: ArrivalFailure) => ({ ok: false, reason });

describe('reading arrival times (now: Wed 25 Nov 2026 15:00)', () => {
  it.each([
    ['2026-11-25 14:32', minute('2026-11-25T13:32:00.000Z')],
    ['2026-11-25T14:32', minute('2026-11-25T13:32:00.000Z')],
    ['2026-11-25 14:32:05', minute('2026-11-25T13:32:05.000Z')],
    ['2026-11-25', wholeDay('2026-11-24T23:00:00.000Z')],
    ['2026-06-18 14:32', minute('2026-06-18T12:32:00.000Z')], // summer time
    ['25 nov 2026 14:32', minute('2026-11-25T13:32:00.000Z')],
    ['25 november 2026 kl. 14.32', minute('2026-11-25T13:32:00.000Z')],
    ['25 nov. 2026, 14:32', minute('2026-11-25T13:32:00.000Z')],
    ['Onsdag 25 november 2026 14:32', minute('2026-11-25T13:32:00.000Z')],
    ['25/11 14:32', minute('2026-11-25T13:32:00.000Z')],
    ['25/11/2026 14:32', minute('2026-11-25T13:32:00.000Z')],
    ['25.11.2026 14:32', minute('2026-11-25T13:32:00.000Z')],
    ['idag 09:14', minute('2026-11-25T08:14:00.000Z')],
    ['Idag kl. 09:14', minute('2026-11-25T08:14:00.000Z')],
    ['I DAG 9.14', minute('2026-11-25T08:14:00.000Z')],
    ['idag', wholeDay('2026-11-24T23:00:00.000Z')],
    ['igår', wholeDay('2026-11-23T23:00:00.000Z')],
    ['Igår 23:10', minute('2026-11-24T22:10:00.000Z')],
    ['i går, kl 23:10', minute('2026-11-24T22:10:00.000Z')],
    ['i förrgår', wholeDay('2026-11-22T23:00:00.000Z')],
    ['förrgår 08:00', minute('2026-11-23T07:00:00.000Z')],
    ['mån 14:02', minute('2026-11-23T13:02:00.000Z')],
    ['Måndag kl. 14:02', minute('2026-11-23T13:02:00.000Z')],
    ['tors', wholeDay('2026-11-18T23:00:00.000Z')], // last Thursday
    ['ons 09:00', minute('2026-11-25T08:00:00.000Z')], // today, already past
    ['ons 15:10', minute('2026-11-25T14:10:00.000Z')], // today, within the clock-skew tolerance
    ['ons 22:00', minute('2026-11-18T21:00:00.000Z')], // hours away today: last Wednesday
    ['tis 24 nov 10:00', minute('2026-11-24T09:00:00.000Z')],
    ['12 nov', wholeDay('2026-11-11T23:00:00.000Z')],
    ['31 dec', wholeDay('2025-12-30T23:00:00.000Z')], // over a month away this year: last year's
    ['14:32', minute('2026-11-25T13:32:00.000Z')], // a bare time is today's
    ['kl 14.02', minute('2026-11-25T13:02:00.000Z')],
    ['Inkom: 25 nov 14:32', minute('2026-11-25T13:32:00.000Z')],
    ['  25\u00a0nov\u00a02026 \n 14:32  ', minute('2026-11-25T13:32:00.000Z')],
    ['ma\u030an 14:02', minute('2026-11-23T13:02:00.000Z')], // "mån" with a combining ring
    ['2026-11-25T14:32:00+01:00', minute('2026-11-25T13:32:00.000Z', 'machine')],
    ['2026-11-25T13:32:00Z', minute('2026-11-25T13:32:00.000Z', 'machine')],
    ['2026-11-25T13:32:00.123Z', minute('2026-11-25T13:32:00.123Z', 'machine')],
    ['2026-11-25 08:32-0500', minute('2026-11-25T13:32:00.000Z', 'machine')],
  ])('%j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['hej', 'unrecognized'],
    ['imorgon', 'unrecognized'],
    ['kl', 'unrecognized'],
    ['12 foo', 'unrecognized'],
    ['14.02', 'unrecognized'], // 14 February or 14:02? Not guessed.
    ['14.02.26', 'unrecognized'],
    ['constructor 14:32', 'unrecognized'],
    ['idag 25:61', 'invalid-time'],
    ['igår 24:00', 'invalid-time'],
    ['2026-02-30 10:00', 'invalid-date'],
    ['31/4', 'invalid-date'],
    ['32 nov', 'invalid-date'],
    ['1969-12-31', 'invalid-date'],
    ['2026-13-01T10:00:00Z', 'invalid-date'],
    ['mån 24 nov', 'weekday-mismatch'], // 24 Nov 2026 is a Tuesday
    ['x'.repeat(500), 'too-long'],
  ] as const)('%j is not read (%s)', (text, reason) => {
    expect(read(text)).toEqual(failed(reason));
  });

  it.each([
    // Named with their year: the portal's own time, read as it is however far ahead of this computer's clock.
    ['2026-11-25T16:00:00+01:00', '2026-11-25T15:00:00.000Z', true],
    ['2028-03-01T09:00:00Z', '2028-03-01T09:00:00.000Z', true],
    ['2027-01-01', '2026-12-31T23:00:00.000Z', true],
    ['26 nov 2026 10:00', '2026-11-26T09:00:00.000Z', true],
    // Without a year: the nearest reading, though ahead, rather than a year-, week- or day-old one.
    ['idag 23:00', '2026-11-25T22:00:00.000Z', false], // today, whatever the hour
    ['26 nov', '2026-11-25T23:00:00.000Z', false], // tomorrow, not last year
    ['20 dec 08:00', '2026-12-20T07:00:00.000Z', false], // within a month
    ['ons 16:00', '2026-11-25T15:00:00.000Z', false], // within a few hours, not last Wednesday
    ['20:30', '2026-11-25T19:30:00.000Z', false], // a bare time within a few hours: today's
  ])('%j lies ahead of the clock: read as %s, marked ahead', (text, at, absolute) => {
    const result = parseArrival(text, NOW);
    expect(result).toMatchObject({ ok: true, absolute, ahead: true });
    expect(result.ok && result.arrival.toISOString()).toBe(at);
  });

  it('marks what names its year as absolute, and what was read against the clock as not', () => {
    expect(parseArrival('2026-11-24T14:32:00+01:00', NOW)).toMatchObject({ absolute: true, ahead: false });
    expect(parseArrival('24 nov 2026', NOW)).toMatchObject({ absolute: true, ahead: false });
    expect(parseArrival('tis 24 nov', NOW)).toMatchObject({ absolute: false, ahead: false });
    expect(parseArrival('igår 10:00', NOW)).toMatchObject({ absolute: false, ahead: false });
  });

  it.each([[null], [undefined], [42], [{}], [['idag']]])('%j is not text', (value) => {
    expect(read(value)).toEqual(failed('not-text'));
  });

  it('refuses to work from an invalid "now"', () => {
    expect(read('idag 09:14', new Date(Number.NaN))).toEqual(failed('invalid-now'));
  });
});

describe('reading arrival times around New Year and clock changes', () => {
  const newYear = new Date('2027-01-02T09:00:00+01:00'); // Sat 2 Jan 2027
  it.each([
    ['30 dec', '2026-12-29T23:00:00.000Z'],
    ['30/12 14:00', '2026-12-30T13:00:00.000Z'],
    ['25/11', '2026-11-24T23:00:00.000Z'],
    ['2 jan', '2027-01-01T23:00:00.000Z'],
    ['1 jan 08:00', '2027-01-01T07:00:00.000Z'],
    ['3 jan', '2027-01-02T23:00:00.000Z'], // tomorrow (ahead), not a year ago
    ['10 feb', '2026-02-09T23:00:00.000Z'], // over a month ahead: last year's
    ['tor 31 dec', '2026-12-30T23:00:00.000Z'],
    ['tor', '2026-12-30T23:00:00.000Z'],
  ])('on Sat 2 Jan 2027, %j is %s', (text, at) => {
    expect(read(text, newYear)).toMatchObject({ at });
  });

  it('takes the year from Swedish time: at 00:30 on New Year’s Day, UTC is still in the old year', () => {
    const justAfter = new Date('2026-12-31T23:30:00Z');
    expect(read('1 jan', justAfter)).toMatchObject({ at: '2026-12-31T23:00:00.000Z' });
    expect(read('31 dec 23:50', justAfter)).toMatchObject({ at: '2026-12-31T22:50:00.000Z' });
    expect(read('23:50', justAfter)).toMatchObject({ at: '2026-12-31T22:50:00.000Z' }); // bare time: yesterday's
  });

  it('finds the last 29 February for "29/2"', () => {
    expect(read('29/2', new Date('2027-03-01T12:00:00Z'))).toMatchObject({ at: '2024-02-28T23:00:00.000Z' });
  });

  it('reads a time that does not exist (spring gap) as the clocks show it, one hour on', () => {
    expect(read('2026-03-29 02:30', new Date('2026-04-01T00:00:00Z'))).toMatchObject({
      at: '2026-03-29T01:30:00.000Z',
    });
  });

  it('reads a time that happens twice (autumn) as the first one', () => {
    expect(read('2026-10-25 02:30')).toMatchObject({ at: '2026-10-25T00:30:00.000Z' });
  });
});

describe('reading arrival times, properties', () => {
  const reasons: ArrivalFailure[] = [
    'not-text',
    'empty',
    'too-long',
    'unrecognized',
    'invalid-date',
    'invalid-time',
    'weekday-mismatch',
    'invalid-now',
  ];
  const anyNow = fc.date({ min: new Date('2000-01-01'), max: new Date('2090-01-01'), noInvalidDate: true });
  const dateLike = fc
    .array(
      fc.constantFrom(
        ...'0123456789 :./-,kltTZ+åäöidagrmnjuovsepcbf'.split(''),
        'kl. ',
        'igår',
        'mån',
        'nov',
        '2026',
      ),
      { maxLength: 14 },
    )
    .map((parts) => parts.join(''));

  it('never throws, and either reads an instant (ahead of now only when marked so) or says why not', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 150 }), dateLike, fc.anything()),
        anyNow,
        (input, now) => {
          const result = parseArrival(input, now);
          if (result.ok) {
            const at = result.arrival.getTime();
            expect(Number.isNaN(at)).toBe(false);
            if (result.ahead) expect(at).toBeGreaterThan(now.getTime());
            else expect(at).toBeLessThanOrEqual(now.getTime() + 15 * 60_000);
            // Read against the clock, a text is never put further ahead than a month.
            if (!result.absolute) expect(at).toBeLessThanOrEqual(now.getTime() + 31 * 86_400_000);
          } else {
            expect(reasons).toContain(result.reason);
          }
        },
      ),
      { numRuns: 5000 },
    );
  });

  const printed = printedSwedish;

  it('reads back any time of the last 11 months as the portals print it, the year inferred correctly', () => {
    // A day and month within a month ahead are taken as this year's (a clock behind), so 11 months, not 12.
    const now = new Date('2027-01-02T09:00:00+01:00');
    const withinAYear = fc
      .integer({ min: 0, max: 333 * 24 * 60 - 1 })
      .map((minutes) => new Date(now.getTime() - minutes * 60_000));
    fc.assert(
      fc.property(withinAYear, (instant) => {
        const shown = printed(instant);
        for (const text of [
          `${shown.iso} ${shown.time}`,
          `${shown.dayMonth} ${shown.time}`,
          `${shown.monthName} ${shown.time}`,
        ]) {
          const result = parseArrival(text, now);
          expect(result.ok, text).toBe(true);
          // Same minute on the Swedish clock (the repeated autumn hour may give the other of the two instants).
          if (result.ok) expect(printed(result.arrival)).toEqual(shown);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('reads back a weekday name and time from the last six days', () => {
    const now = new Date('2026-11-25T14:00:00Z');
    const withinAWeek = fc
      .integer({ min: 0, max: 6 * 24 * 60 })
      .map((minutes) => new Date(now.getTime() - minutes * 60_000));
    fc.assert(
      fc.property(withinAWeek, (instant) => {
        const shown = printed(instant);
        const result = parseArrival(`${shown.weekday} ${shown.time}`, now);
        expect(result.ok && printed(result.arrival)).toEqual(shown);
      }),
      { numRuns: 1000 },
    );
  });
});
