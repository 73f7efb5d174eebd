// @vitest-environment happy-dom
/**
 * Every selector of every portal definition against the committed replica fixtures: exact match counts per
 * alternative (zero where an element must not exist), what a row or case view resolves to, and the page kinds.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PORTALS } from '../../../lib/portals/index';
import { queryAll, queryFirst } from '../../../lib/portals/query';
import { pageKindOf } from '../../../lib/portals/resolve';
import { portalSob } from '../../../lib/portals/sob/index';
import {
  BUILT_IN_PORTAL_IDS,
  SELECTOR_KEYS,
  type PortalDefinition,
  type StatusWords,
} from '../../../lib/portals/types';
import { EXPECTED, FOLDER, NONE } from './expected-counts';

const FIXTURES = resolve(import.meta.dirname, '..', '..', 'fixtures', 'portals');

function load(folder: string, file: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(FIXTURES, folder, file), 'utf8'), 'text/html');
}

function countsOf(definition: PortalDefinition, doc: Document): Record<string, number[]> {
  return Object.fromEntries(
    Object.entries(definition.selectors).map(([key, list]) => [
      key,
      (list ?? []).map((selector) => doc.querySelectorAll(selector).length),
    ]),
  );
}

/** Which status a text names, by whole words ("obesvarat" must not count as "besvarat"). */
function statusOf(text: string, words: StatusWords): string[] {
  const normalized = text.normalize('NFC').toLowerCase();
  const has = (word: string) => new RegExp(`(^|[^\\p{L}])${word}($|[^\\p{L}])`, 'u').test(normalized);
  return (['open', 'answered', 'closed'] as const).filter((status) => words[status].some(has));
}

const ALL_FIXTURES = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((dir) =>
    readdirSync(join(FIXTURES, dir.name))
      .filter((file) => file.endsWith('.html'))
      .map((file) => ({ folder: dir.name, file })),
  );

describe('portal definitions', () => {
  it('cover the three portals, each once, in the order of BUILT_IN_PORTAL_IDS', () => {
    expect(PORTALS.map((p) => p.id)).toEqual([...BUILT_IN_PORTAL_IDS]);
  });

  for (const definition of PORTALS) {
    it(`${definition.id}: uses only known selector keys, each with at least one alternative`, () => {
      for (const [key, list] of Object.entries(definition.selectors)) {
        expect(SELECTOR_KEYS).toContain(key);
        expect(list?.length, key).toBeGreaterThan(0);
      }
    });

    it(`${definition.id}: has lower-case status words that do not overlap`, () => {
      const all = [
        ...definition.statusWords.open,
        ...definition.statusWords.answered,
        ...definition.statusWords.closed,
      ];
      for (const word of all) expect(word).toBe(word.toLowerCase());
      expect(new Set(all).size).toBe(all.length);
    });
  }
});

describe('selector counts on the replica fixtures', () => {
  it('have an expectation for every fixture of every portal', () => {
    for (const id of BUILT_IN_PORTAL_IDS) {
      const files = ALL_FIXTURES.filter((f) => f.folder === FOLDER[id]).map((f) => f.file);
      expect(files.sort()).toEqual(EXPECTED[id].map((e) => e.file).sort());
    }
  });

  for (const definition of PORTALS) {
    describe(definition.id, () => {
      for (const expectation of EXPECTED[definition.id]) {
        it(`${expectation.file}: exact counts for every selector alternative`, () => {
          const doc = load(FOLDER[definition.id], expectation.file);
          expect(countsOf(definition, doc)).toEqual(expectation.counts);
        });

        it(`${expectation.file}: ${expectation.path} is a page of kind ${expectation.kind ?? 'none'}`, () => {
          expect(pageKindOf(definition, expectation.path)).toBe(expectation.kind);
        });
      }

      const foreign = ALL_FIXTURES.filter((f) => f.folder !== FOLDER[definition.id]);
      it.each(foreign.map((f) => [`${f.folder}/${f.file}`, f] as const))(
        'finds nothing on %s',
        (_name, fixture) => {
          expect(countsOf(definition, load(fixture.folder, fixture.file))).toEqual(NONE[definition.id]);
        },
      );
    });
  }
});

describe('inside rows and case views', () => {
  for (const definition of PORTALS) {
    for (const expectation of EXPECTED[definition.id]) {
      const rowCount = expectation.counts.messageRow?.[0] ?? 0;
      if (rowCount > 0) {
        it(`${definition.id} ${expectation.file}: each row has one arrival, one status${definition.selectors.messageLink ? ', one link' : ''}`, () => {
          const doc = load(FOLDER[definition.id], expectation.file);
          const rows = queryAll(definition, 'messageRow', doc);
          expect(rows).toHaveLength(rowCount);
          const statuses = { open: 0, answered: 0, closed: 0 };
          for (const row of rows) {
            expect(queryAll(definition, 'messageArrival', row)).toHaveLength(1);
            expect(queryFirst(definition, 'messageArrival', row)?.textContent?.trim()).toMatch(/\d/);
            const status = queryAll(definition, 'messageStatus', row);
            expect(status).toHaveLength(1);
            const named = statusOf(status[0]!.textContent ?? '', definition.statusWords);
            expect(named, status[0]!.textContent ?? '').toHaveLength(1);
            statuses[named[0] as keyof typeof statuses] += 1;
            if (definition.selectors.messageLink) {
              const links = queryAll(definition, 'messageLink', row);
              expect(links).toHaveLength(1);
              expect(links[0]!.getAttribute('href')).toMatch(/^\//);
            }
          }
          expect(statuses).toEqual(expectation.rowStatuses);
        });
      }

      if ((expectation.counts.caseView?.[0] ?? 0) > 0) {
        it(`${definition.id} ${expectation.file}: the case view shows its arrival and status (${expectation.caseStatus})`, () => {
          const doc = load(FOLDER[definition.id], expectation.file);
          const caseView = queryFirst(definition, 'caseView', doc)!;
          const arrival = queryFirst(definition, 'messageArrival', caseView);
          expect(arrival?.textContent?.trim()).toMatch(/\d{1,2}:\d{2}/);
          const status = queryFirst(definition, 'messageStatus', caseView);
          expect(statusOf(status?.textContent ?? '', definition.statusWords)).toEqual([
            expectation.caseStatus,
          ]);
        });
      }
    }
  }

  it('1177: rows with <time datetime> give a machine-readable time with the Swedish offset', () => {
    const doc = load('1177', 'inbox.html');
    const portal = PORTALS.find((p) => p.id === '1177')!;
    const times = queryAll(portal, 'messageRow', doc)
      .map((row) => queryFirst(portal, 'messageArrival', row)!)
      .filter((element) => element.tagName === 'TIME')
      .map((element) => element.getAttribute('datetime'));
    expect(times).toHaveLength(5);
    for (const value of times) expect(value).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+01:00$/);
  });

  it('1177: the text-only rows use all three absolute formats', () => {
    const doc = load('1177', 'inbox.html');
    const portal = PORTALS.find((p) => p.id === '1177')!;
    const texts = queryAll(portal, 'messageRow', doc).map((row) =>
      queryFirst(portal, 'messageArrival', row)!.textContent!.trim(),
    );
    expect(texts.some((t) => /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(t))).toBe(true);
    expect(texts.some((t) => /^\d{1,2} [a-zå]{3} \d{4} \d{2}:\d{2}$/.test(t))).toBe(true);
    expect(texts.some((t) => /^\d{1,2}\/\d{1,2} \d{2}:\d{2}$/.test(t))).toBe(true);
  });

  it('Vård och hälsa: the inbox shows relative times only', () => {
    const doc = load('vardochhalsa', 'inbox.html');
    const portal = PORTALS.find((p) => p.id === 'vardochhalsa')!;
    const texts = queryAll(portal, 'messageRow', doc).map((row) =>
      queryFirst(portal, 'messageArrival', row)!.textContent!.trim(),
    );
    // Taken on Wednesday 25 Nov 2026 at 15:00.
    expect(texts).toEqual([
      'idag 14:14',
      'idag 10:00',
      'igår 13:00',
      'i förrgår 14:00',
      'lör 12:00',
      '12 nov',
      '21 okt 2025',
    ]);
    expect(doc.querySelectorAll('time')).toHaveLength(0);
  });

  it('1177: one row carries the protected-identity symbol', () => {
    expect(load('1177', 'inbox.html').querySelectorAll('tr.arenderad .skyddad-identitet')).toHaveLength(1);
  });

  it('SoB: the program view states its answer time, the program list holds none of that element', () => {
    const selector = portalSob.selectors.answerTime!.join(', ');
    const moment = load('sob', 'moment.html').querySelectorAll(selector);
    expect(moment).toHaveLength(1);
    expect(moment[0]!.textContent?.trim()).toBe('Svarstid: 2 vardagar');
    expect(load('sob', 'moments.html').querySelectorAll(selector)).toHaveLength(0);
  });
});
