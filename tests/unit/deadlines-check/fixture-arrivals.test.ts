// @vitest-environment happy-dom
/**
 * Every arrival time in every replica fixture, read through the portal layer as the check reads it: which ones
 * are read, to what instant, and how many cannot be read (counted exactly, zero included). The fixtures were taken
 * on Wed 25 Nov 2026 at 15:00 Swedish time.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArrival, swedishIsoString } from '@/lib/deadlines';
import { partsOfRow, partsOfRows } from '@/lib/checks/deadlines/row-parts';
import { PORTALS } from '@/lib/portals/index';
import { queryAll, queryFirst } from '@/lib/portals/query';
import type { PortalId } from '@/lib/portals/types';
import { FIXTURE_NOW } from './support';

const FIXTURES = resolve(import.meta.dirname, '..', '..', 'fixtures', 'portals');
const load = (portal: PortalId, file: string) =>
  new DOMParser().parseFromString(readFileSync(resolve(FIXTURES, portal, file), 'utf8'), 'text/html');
const portalOf = (id: PortalId) => PORTALS.find((portal) => portal.id === id)!;

/** Each row's arrival as read (ISO with the Swedish offset, and how), or why it could not be read. */
function rowArrivals(portal: PortalId, file: string): string[] {
  const definition = portalOf(portal);
  return queryAll(definition, 'messageRow', load(portal, file)).map((row) => {
    const element = queryFirst(definition, 'messageArrival', row);
    if (!element) return 'no arrival element';
    const read = readArrival(element, FIXTURE_NOW);
    return read.ok
      ? `${swedishIsoString(read.arrival)} ${read.precision} ${read.source}`
      : `unreadable: ${read.reason}`;
  });
}

function caseArrival(portal: PortalId, file: string): string {
  const definition = portalOf(portal);
  const caseView = queryFirst(definition, 'caseView', load(portal, file))!;
  const read = readArrival(queryFirst(definition, 'messageArrival', caseView)!, FIXTURE_NOW);
  return read.ok
    ? `${swedishIsoString(read.arrival)} ${read.precision} ${read.source}`
    : `unreadable: ${read.reason}`;
}

const unreadable = (list: string[]) => list.filter((entry) => !/^\d{4}-/.test(entry)).length;

describe('arrival times in the replica fixtures', () => {
  it('1177 inbox: all 12 read; the 5 with <time datetime> from the machine-readable time', () => {
    const arrivals = rowArrivals('1177', 'inbox.html');
    expect(arrivals).toEqual([
      '2026-11-25T14:35:00+01:00 minute machine',
      '2026-11-25T12:50:00+01:00 minute text', // "25 nov 2026 12:50"
      '2026-11-25T10:00:00+01:00 minute text', // "25/11 10:00"
      '2026-11-24T13:00:00+01:00 minute text',
      '2026-11-24T09:00:00+01:00 minute machine',
      '2026-11-23T12:00:00+01:00 minute machine',
      '2026-11-22T15:00:00+01:00 minute machine',
      '2026-11-21T13:00:00+01:00 minute text',
      '2026-11-19T15:00:00+01:00 minute text',
      '2026-11-17T15:00:00+01:00 minute machine',
      '2026-11-13T15:00:00+01:00 minute text',
      '2026-11-05T15:00:00+01:00 minute text',
    ]);
    expect(unreadable(arrivals)).toBe(0);
  });

  it('Vård och hälsa inbox: relative and short forms, all 7 read (a date without a time at day precision)', () => {
    const arrivals = rowArrivals('vardochhalsa', 'inbox.html');
    expect(arrivals).toEqual([
      '2026-11-25T14:14:00+01:00 minute text', // idag 14:14
      '2026-11-25T10:00:00+01:00 minute text', // idag 10:00
      '2026-11-24T13:00:00+01:00 minute text', // igår 13:00
      '2026-11-23T14:00:00+01:00 minute text', // i förrgår 14:00
      '2026-11-21T12:00:00+01:00 minute text', // lör 12:00
      '2026-11-12T00:00:00+01:00 day text', // 12 nov
      '2025-10-21T00:00:00+02:00 day text', // 21 okt 2025 (summer time)
    ]);
    expect(unreadable(arrivals)).toBe(0);
    expect(unreadable(rowArrivals('vardochhalsa', 'inbox-shared.html'))).toBe(0);
    expect(rowArrivals('vardochhalsa', 'inbox-shared.html')).toHaveLength(2);
  });

  it('SoB moment: the resident’s 5 messages, all read', () => {
    const arrivals = rowArrivals('sob', 'moment.html');
    expect(arrivals).toEqual([
      '2026-11-16T15:00:00+01:00 minute text',
      '2026-11-19T15:00:00+01:00 minute text',
      '2026-11-21T13:00:00+01:00 minute text',
      '2026-11-22T14:00:00+01:00 minute text',
      '2026-11-25T09:40:00+01:00 minute text',
    ]);
    expect(unreadable(arrivals)).toBe(0);
  });

  it('case views: 1177 (open and closed), Vård och hälsa (picked up and not), each read', () => {
    expect(caseArrival('1177', 'case.html')).toBe('2026-11-25T14:35:00+01:00 minute machine');
    expect(caseArrival('1177', 'case-closed.html')).toMatch(/^2026-11-17T15:00:00\+01:00 minute machine$/);
    expect(caseArrival('vardochhalsa', 'conversation.html')).toBe('2026-11-25T14:14:00+01:00 minute text');
    expect(caseArrival('vardochhalsa', 'conversation-shared.html')).toMatch(
      /^2026-11-25T\d{2}:\d{2}:00\+01:00 minute text$/,
    );
  });

  it('a fixture whose dates are damaged: exactly the damaged ones are unreadable, the rest still read', () => {
    const doc = load('1177', 'inbox.html');
    const definition = portalOf('1177');
    const rows = queryAll(definition, 'messageRow', doc);
    rows[1]!.querySelector('.inkommet')!.textContent = 'nyss';
    rows[2]!.querySelector('.inkommet')!.textContent = '31/11 10:00';
    rows[4]!.querySelector('time')!.setAttribute('datetime', 'inte en tid');
    rows[4]!.querySelector('time')!.textContent = '—';
    const results = rows.map((row) =>
      readArrival(queryFirst(definition, 'messageArrival', row)!, FIXTURE_NOW),
    );
    expect(results.filter((result) => !result.ok)).toHaveLength(3);
    expect(results.map((result) => (result.ok ? 'ok' : result.reason)).slice(0, 5)).toEqual([
      'ok',
      'unrecognized',
      'invalid-date',
      'ok',
      'unrecognized',
    ]);
  });
});

describe('finding many rows’ parts at once', () => {
  const CASES: [PortalId, string][] = [
    ['1177', 'inbox.html'],
    ['vardochhalsa', 'inbox.html'],
    ['vardochhalsa', 'inbox-shared.html'],
    ['sob', 'moment.html'],
  ];
  it.each(CASES)('%s %s: gives exactly what asking each row does', (portal, file) => {
    const doc = load(portal, file);
    const definition = portalOf(portal);
    const rows = queryAll(definition, 'messageRow', doc);
    const batch = partsOfRows(definition, rows, doc);
    for (const row of rows) expect(batch.get(row)).toEqual(partsOfRow(definition, row));
  });
});
