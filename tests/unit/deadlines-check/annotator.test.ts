// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { BADGE_TAG } from '@/components/deadlines/badge';
import { deadlinesSettingsSchema } from '@/lib/deadlines';
import { queryAll } from '@/lib/portals/query';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { annotatorFor, badges, FIXTURE_NOW, loadFixture, portalOf, shown } from './support';

afterEach(() => {
  document.documentElement.innerHTML = '<head></head><body></body>';
});

describe('badges on the replica fixtures (Wed 25 Nov 2026 15:00)', () => {
  it('1177 inbox: one badge on each of the 6 open ärenden, none on the answered or closed', () => {
    loadFixture('1177', 'inbox.html', '/arenden');
    const { annotator } = annotatorFor('1177');
    annotator.scanAll();
    const rows = queryAll(portalOf('1177'), 'messageRow');
    const byRow = rows.map((row) => {
      const host = row.querySelector<HTMLElement>(BADGE_TAG);
      return host
        ? [row.querySelector('.status')!.textContent, shown(host).level, shown(host).due]
        : [row.querySelector('.status')!.textContent];
    });
    expect(byRow).toEqual([
      ['Obesvarat', 'green', '2026-11-27T17:00:00+01:00'], // today 14:35 → Fri
      ['Obesvarat', 'green', '2026-11-27T17:00:00+01:00'], // today 12:50
      ['Obesvarat', 'green', '2026-11-27T17:00:00+01:00'], // today 10:00 ("25/11 10:00")
      ['Besvarat'],
      ['Obesvarat', 'green', '2026-11-26T17:00:00+01:00'], // Tue 09:00 → Thu
      ['Obesvarat', 'amber', '2026-11-25T17:00:00+01:00'], // Mon 12:00 → today 17:00
      ['Besvarat'],
      ['Obesvarat', 'red', '2026-11-24T17:00:00+01:00'], // Sat 13:00 → Tue 17:00
      ['Besvarat'],
      ['Avslutat'],
      ['Besvarat'],
      ['Avslutat'],
    ]);
  });

  it('says how many message rows it found: 12 in the inbox, 0 in a list the selectors do not match', () => {
    loadFixture('1177', 'inbox.html', '/arenden');
    expect(annotatorFor('1177').annotator.scanAll()).toBe(12);
    for (const row of document.querySelectorAll('tr.arenderad')) row.className = 'rad';
    expect(annotatorFor('1177').annotator.scanAll()).toBe(0);
  });

  it('says the time left in working terms, the due day, and "Försenat sedan" once late', () => {
    loadFixture('1177', 'inbox.html', '/arenden');
    annotatorFor('1177').annotator.scanAll();
    const texts = badges().map((host) => shown(host).shown);
    expect(texts).toEqual([
      '2 vardagar 2 tim kvar · Besvaras senast fre 27 nov',
      '2 vardagar 2 tim kvar · Besvaras senast fre 27 nov',
      '2 vardagar 2 tim kvar · Besvaras senast fre 27 nov',
      '1 vardag 2 tim kvar · Besvaras senast imorgon',
      '2 tim kvar · Besvaras senast idag',
      'Försenat sedan igår 17:00',
    ]);
    // The tooltip gives the absolute due time, with year and clock, and the arrival.
    expect(shown(badges()[5]!).tooltip).toBe('Besvaras senast tis 24 nov 2026 17:00\nInkom lör 21 nov 13:00');
    expect(shown(badges()[0]!).tooltip).toBe('Besvaras senast fre 27 nov 2026 17:00\nInkom idag 14:35');
  });

  it('speaks English when the browser does', () => {
    loadFixture('1177', 'inbox.html', '/arenden');
    annotatorFor('1177', { language: 'en' }).annotator.scanAll();
    expect(shown(badges()[5]!).shown).toMatch(/^Overdue since yesterday 17:00$/);
  });

  it('Vård och hälsa inbox: relative times ("idag", "igår", "lör") read, 4 open conversations', () => {
    loadFixture('vardochhalsa', 'inbox.html', '/meddelanden');
    annotatorFor('vardochhalsa').annotator.scanAll();
    expect(badges().map((host) => [shown(host).level, shown(host).due])).toEqual([
      ['green', '2026-11-27T17:00:00+01:00'], // idag 14:14
      ['green', '2026-11-27T17:00:00+01:00'], // idag 10:00
      ['green', '2026-11-26T17:00:00+01:00'], // igår 13:00
      ['red', '2026-11-24T17:00:00+01:00'], // lör 12:00
    ]);
  });

  it('SoB moment: the resident’s open messages, under the program’s own answer time; not the summary line', () => {
    loadFixture('sob', 'moment.html', '/moment/2041');
    annotatorFor('sob').annotator.scanAll();
    const hosts = badges();
    expect(hosts.map((host) => [shown(host).level, shown(host).due])).toEqual([
      ['red', '2026-11-24T17:00:00+01:00'], // Sun 22 Nov 14:00, "Svarstid: 2 vardagar"
      ['green', '2026-11-27T17:00:00+01:00'], // today 09:40
    ]);
    expect(hosts.every((host) => host.closest('li.sob-meddelande--in'))).toBe(true);
    expect(document.querySelector('.sob-trad-status')!.querySelector(BADGE_TAG)).toBeNull();
  });

  it('SoB: a program showing "Svarstid: 5 vardagar" gets five days; IT’s rule for the program wins over it', () => {
    loadFixture('sob', 'moment.html', '/moment/2041');
    document.querySelector('.sob-svarstid')!.textContent = 'Svarstid: 5 vardagar';
    annotatorFor('sob').annotator.scanAll();
    expect(badges().map((host) => shown(host).due)).toEqual([
      '2026-11-27T17:00:00+01:00', // Sun 22 → Mon … Fri 27
      '2026-12-02T17:00:00+01:00', // Wed 25 → Wed 2 Dec
    ]);
    for (const host of badges()) host.remove();

    const settings = {
      ...DEFAULT_SETTINGS,
      checks: {
        ...DEFAULT_SETTINGS.checks,
        deadlines: deadlinesSettingsSchema.parse({
          workingDays: 10,
          services: { sob: { programs: { 'internetbaserad kbt vid sömnbesvär ': { workingDays: 1 } } } },
        }),
      },
    };
    annotatorFor('sob', { settings }).annotator.scanAll();
    expect(badges().map((host) => shown(host).due)).toEqual([
      '2026-11-23T17:00:00+01:00',
      '2026-11-26T17:00:00+01:00',
    ]);
  });

  it('the open case view gets its badge next to "Inkommet"; a closed case gets none', () => {
    loadFixture('1177', 'case.html', '/arende/104213');
    annotatorFor('1177').annotator.scanAll();
    expect(badges()).toHaveLength(1);
    expect(badges()[0]!.previousElementSibling?.tagName).toBe('TIME');
    expect(shown(badges()[0]!).due).toBe('2026-11-27T17:00:00+01:00');

    loadFixture('1177', 'case-closed.html', '/arende/104204');
    annotatorFor('1177').annotator.scanAll();
    expect(badges()).toHaveLength(0);
  });

  it('Vård och hälsa conversation: the header’s "Inkom" time', () => {
    loadFixture('vardochhalsa', 'conversation.html', '/meddelanden/c3108');
    annotatorFor('vardochhalsa').annotator.scanAll();
    expect(badges().map((host) => shown(host).due)).toEqual(['2026-11-27T17:00:00+01:00']);
    expect(badges()[0]!.closest('.vc-received')).not.toBeNull();
  });

  it('pages without messages get nothing', () => {
    for (const [portal, file, path] of [
      ['1177', 'settings.html', '/installningar'],
      ['sob', 'moments.html', '/'],
      ['vardochhalsa', 'calendar.html', '/kalender'],
    ] as const) {
      loadFixture(portal, file, path);
      annotatorFor(portal).annotator.scanAll();
      expect(badges(), file).toHaveLength(0);
    }
  });
});

describe('what cannot be read', () => {
  it('shows "Kan inte läsa datum", with no due time and no countdown', () => {
    loadFixture('1177', 'inbox.html', '/arenden');
    const cell = queryAll(portalOf('1177'), 'messageRow')[1]!.querySelector('.inkommet')!;
    cell.textContent = 'i förrgår på eftermiddagen';
    const { annotator, reporter } = annotatorFor('1177');
    annotator.scanAll();
    const host = cell.querySelector<HTMLElement>(BADGE_TAG)!;
    expect(shown(host)).toMatchObject({ level: 'unreadable', shown: 'Kan inte läsa datum', due: null });
    expect(badges()).toHaveLength(6);
    // Nothing is reported for it: no deadline is known.
    expect(reporter.noted.filter((entry) => entry.source === cell.closest('tr'))).toEqual([]);
  });

  it('a date with its year ahead of the computer’s clock is the portal’s time: the page counts from it', () => {
    loadFixture('1177', 'inbox.html', '/arenden');
    const cell = queryAll(portalOf('1177'), 'messageRow')[1]!.querySelector('.inkommet')!;
    cell.textContent = '2026-11-30 10:00';
    const { annotator, reporter } = annotatorFor('1177');
    annotator.scanAll();
    expect(shown(cell.querySelector<HTMLElement>(BADGE_TAG)!)).toMatchObject({
      level: 'green',
      due: '2026-12-02T17:00:00+01:00',
    });
    // The portal's time is at least Mon 30 Nov 10:00: the message due on Friday 27 Nov is late.
    expect(shown(badges()[0]!).shown).toBe('Försenat sedan fre 27 nov 17:00');
    expect(reporter.clocks.at(-1)).toBe(Date.parse('2026-11-30T10:00:00+01:00') - FIXTURE_NOW.getTime());
  });

  it('a status without a known word gets no badge (it may be answered)', () => {
    loadFixture('1177', 'inbox.html', '/arenden');
    queryAll(portalOf('1177'), 'messageRow')[0]!.querySelector('.status')!.textContent = 'Vidarebefordrat';
    annotatorFor('1177').annotator.scanAll();
    expect(badges()).toHaveLength(5);
  });
});

describe('running twice, and the clock', () => {
  it('is idempotent: a second pass adds nothing and changes nothing', () => {
    loadFixture('1177', 'inbox.html', '/arenden');
    const { annotator } = annotatorFor('1177');
    annotator.scanAll();
    const first = badges();
    const html = document.body.innerHTML;
    annotator.scanAll();
    expect(badges()).toEqual(first);
    expect(document.body.innerHTML).toBe(html);
  });

  it('a new run of the extension replaces a badge left by an old one instead of adding a second', () => {
    loadFixture('1177', 'inbox.html', '/arenden');
    annotatorFor('1177').annotator.scanAll();
    annotatorFor('1177').annotator.scanAll();
    expect(badges()).toHaveLength(6);
  });

  it('stop() takes every badge away', () => {
    loadFixture('1177', 'inbox.html', '/arenden');
    const { annotator } = annotatorFor('1177');
    annotator.scanAll();
    annotator.stop();
    expect(badges()).toHaveLength(0);
  });

  it('ticks: the time left counts down, amber turns red at 17:00, and a badge that did not change is not rewritten', () => {
    loadFixture('1177', 'inbox.html', '/arenden');
    let now = FIXTURE_NOW;
    const { annotator } = annotatorFor('1177', { now: () => now });
    annotator.scanAll();
    const amber = badges()[4]!;
    const red = badges()[5]!;
    const redText = red.shadowRoot!.querySelector('.badge')!.firstChild!;
    now = new Date(FIXTURE_NOW.getTime() + 60 * 60_000); // 16:00
    annotator.tick();
    expect(shown(amber)).toMatchObject({ level: 'amber', shown: '1 tim kvar · Besvaras senast idag' });
    expect(red.shadowRoot!.querySelector('.badge')!.firstChild).toBe(redText);
    now = new Date(FIXTURE_NOW.getTime() + 2 * 60 * 60_000); // 17:00
    annotator.tick();
    expect(shown(amber)).toMatchObject({ level: 'red', shown: 'Försenat sedan idag 17:00' });
    expect(badges()[4]).toBe(amber);
  });
});

describe('only what changed is done again', () => {
  it('a change to one row reads that row only (nothing else is noted for the background)', async () => {
    loadFixture('1177', 'inbox.html', '/arenden');
    const { annotator, reporter } = annotatorFor('1177');
    annotator.scanAll();
    const observer = new MutationObserver((records) => annotator.handleMutations(records));
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    reporter.noted.length = 0;
    const row = queryAll(portalOf('1177'), 'messageRow')[0]!;
    row.querySelector('.status')!.textContent = 'Besvarat';
    await new Promise((resolveTick) => setTimeout(resolveTick, 0));
    expect(reporter.noted.map((entry) => [entry.source, entry.sighting.status])).toEqual([[row, 'answered']]);
    // Our own badge going away caused no further work.
    await new Promise((resolveTick) => setTimeout(resolveTick, 0));
    expect(reporter.noted).toHaveLength(1);
    observer.disconnect();
  });

  it('a change elsewhere in a row (the portal re-rendering it, moving it) does not redo it', async () => {
    loadFixture('vardochhalsa', 'inbox.html', '/meddelanden');
    const { annotator, reporter } = annotatorFor('vardochhalsa');
    annotator.scanAll();
    const observer = new MutationObserver((records) => annotator.handleMutations(records));
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    reporter.noted.length = 0;
    const rows = queryAll(portalOf('vardochhalsa'), 'messageRow');
    rows[0]!.querySelector('.vc-snippet')!.textContent = 'Ny förhandsvisning';
    rows[0]!.parentElement!.append(rows[0]!); // moved to the end, as a keyed list does
    await new Promise((resolveTick) => setTimeout(resolveTick, 0));
    expect(reporter.noted).toEqual([]);
    expect(rows[0]!.querySelector(BADGE_TAG)).not.toBeNull();
    observer.disconnect();
  });

  it('tells the background each message’s key (its address path) and where it opens, never a name', () => {
    loadFixture('1177', 'inbox.html', '/arenden');
    const { annotator, reporter } = annotatorFor('1177');
    annotator.scanAll();
    const sightings = reporter.noted.map(({ sighting }) => ({ ...sighting, address: sighting.address() }));
    expect(sightings).toHaveLength(12);
    expect(sightings[0]).toEqual({
      status: 'open',
      arrival: Date.parse('2026-11-25T14:35:00+01:00'),
      due: Date.parse('2026-11-27T17:00:00+01:00'),
      dueDay: '2026-11-27',
      address: { key: '/arende/104213', url: 'http://personal.1177.localhost:8177/arende/104213' },
    });
    expect(sightings.filter((entry) => entry.status === 'answered')).toHaveLength(4);
    expect(sightings.filter((entry) => entry.status === 'closed')).toHaveLength(2);
    const names = [...document.querySelectorAll('td.invanare')].map((cell) => cell.textContent!.trim());
    expect(JSON.stringify(sightings)).not.toMatch(new RegExp(names.join('|')));
  });

  it('SoB rows without links are keyed by the moment’s path and the row’s id', () => {
    loadFixture('sob', 'moment.html', '/moment/2041');
    const { annotator, reporter } = annotatorFor('sob');
    annotator.scanAll();
    expect(reporter.noted.map(({ sighting }) => sighting.address())).toEqual([
      {
        key: '/moment/2041#meddelande-2041-in0',
        url: 'http://sob.localhost:8177/moment/2041#meddelande-2041-in0',
      },
      {
        key: '/moment/2041#meddelande-2041-in1',
        url: 'http://sob.localhost:8177/moment/2041#meddelande-2041-in1',
      },
      {
        key: '/moment/2041#meddelande-2041-in2',
        url: 'http://sob.localhost:8177/moment/2041#meddelande-2041-in2',
      },
      {
        key: '/moment/2041#meddelande-2041-in3',
        url: 'http://sob.localhost:8177/moment/2041#meddelande-2041-in3',
      },
      {
        key: '/moment/2041#meddelande-2041-in4',
        url: 'http://sob.localhost:8177/moment/2041#meddelande-2041-in4',
      },
    ]);
  });

  it('the case page and its row in the list are one message (same key, also after "?skickat=1")', () => {
    loadFixture('1177', 'case.html', '/arende/104213?skickat=1');
    const { annotator, reporter } = annotatorFor('1177');
    annotator.scanAll();
    expect(reporter.noted.map(({ sighting }) => sighting.address()?.key)).toEqual(['/arende/104213']);
  });
});
