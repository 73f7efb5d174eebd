// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deadlinesSettingsSchema } from '@/lib/deadlines';
import { messageState } from '@/lib/checks/deadlines/message-state';
import { pageRule } from '@/lib/checks/deadlines/page-rule';
import { addressOf, rowAddress } from '@/lib/checks/deadlines/reading';
import { createReporter } from '@/lib/checks/deadlines/reporter';
import { parseContentMessage, DEADLINES_SEEN_MAX_ENTRIES } from '@/lib/messages';
import { PORTALS } from '@/lib/portals/index';

const words = (id: string) => PORTALS.find((portal) => portal.id === id)!.statusWords;

describe('message status by whole words', () => {
  it.each([
    ['1177', 'Obesvarat', 'open'],
    ['1177', 'Besvarat', 'answered'],
    ['1177', 'Avslutat', 'closed'],
    ['1177', ' OBESVARAT\n', 'open'],
    ['1177', 'Besvarat · ny fråga obesvarat', 'open'],
    ['1177', 'Vidarebefordrat', 'unknown'],
    ['1177', '', 'unknown'],
    ['vardochhalsa', 'Obesvarad', 'open'],
    ['vardochhalsa', 'Besvarad', 'answered'],
    ['vardochhalsa', 'Avslutad', 'closed'],
    ['sob', 'Hanterat', 'closed'],
    ['sob', 'Obesvarat', 'open'],
  ])('%s "%s" is %s', (portal, text, state) => {
    expect(messageState(text, words(portal))).toBe(state);
  });

  it('"obesvarat" never counts as "besvarat", also when only answered words are configured', () => {
    expect(messageState('Obesvarat', { open: [], answered: ['besvarat'], closed: [] })).toBe('unknown');
  });
});

describe('the rule for a page', () => {
  const settings = (policy: unknown) => deadlinesSettingsSchema.parse(policy);
  const sobPage = (program: string, answerTime?: string) => {
    document.body.innerHTML = `<article class="sob-moment"><header class="sob-moment-huvud"><h1>${program}</h1>${
      answerTime ? `<p class="sob-svarstid">${answerTime}</p>` : ''
    }</header></article>`;
    return document;
  };

  it('1177 and Vård och hälsa: the policy for the service, else the common rule (2 working days)', () => {
    expect(pageRule(settings({}), '1177').rule.workingDays).toBe(2);
    expect(
      pageRule(settings({ services: { vardochhalsa: { workingDays: 3 } } }), 'vardochhalsa').rule.workingDays,
    ).toBe(3);
  });

  it('SoB: IT’s rule for the program > the answer time the program shows > the programs’ default', () => {
    const policy = {
      workingDays: 4,
      services: { sob: { default: { workingDays: 6 }, programs: { Sömnskola: { workingDays: 1 } } } },
    };
    expect(pageRule(settings(policy), 'sob', sobPage('Sömnskola', 'Svarstid: 5 vardagar'))).toMatchObject({
      rule: { workingDays: 1 },
      workingDaysFrom: 'policy-program',
    });
    expect(pageRule(settings(policy), 'sob', sobPage('Oro', 'Svarstid: 5 vardagar'))).toMatchObject({
      rule: { workingDays: 5 },
      workingDaysFrom: 'shown-answer-time',
    });
    expect(pageRule(settings(policy), 'sob', sobPage('Oro'))).toMatchObject({
      rule: { workingDays: 6 },
      workingDaysFrom: 'settings',
    });
    expect(pageRule(settings(policy), 'sob', sobPage('Oro', 'Svarstid: snart'))).toMatchObject({
      rule: { workingDays: 6 },
    });
  });

  it('a program rule that sets other fields only still lets the shown answer time decide the days', () => {
    const policy = { services: { sob: { programs: { Sömnskola: { endOfDay: '16:00' } } } } };
    expect(
      pageRule(settings(policy), 'sob', sobPage('Sömnskola', 'Svarstid: 3 vardagar')).rule,
    ).toMatchObject({
      workingDays: 3,
      endOfDay: '16:00',
    });
  });

  it('changes its key with the rule, so rows are computed again', () => {
    const a = pageRule(settings({}), 'sob', sobPage('Oro', 'Svarstid: 2 vardagar'));
    const b = pageRule(settings({}), 'sob', sobPage('Oro', 'Svarstid: 3 vardagar'));
    expect(a.key).not.toBe(b.key);
  });
});

describe('message addresses', () => {
  const base = 'https://personal.1177.se/arenden?visa=alla';
  it('keys a message by its address path: query and fragment do not count', () => {
    expect(addressOf('/arende/104213?skickat=1#svar', base)).toEqual({
      key: '/arende/104213',
      url: 'https://personal.1177.se/arende/104213',
    });
    expect(addressOf('https://personal.1177.se/', base)).toBeNull();
    expect(addressOf('javascript:void(0)', base)).toBeNull();
  });

  it('from a row: its link, else the page and the row’s id, else none', () => {
    const row = document.createElement('li');
    const link = document.createElement('a');
    link.setAttribute('href', '/arende/7?x=1');
    expect(rowAddress(row, link, base)).toEqual({
      key: '/arende/7',
      url: 'https://personal.1177.se/arende/7',
    });
    link.setAttribute('href', 'arende/8');
    expect(rowAddress(row, link, base)?.key).toBe('/arende/8');
    expect(rowAddress(row, null, base)).toBeNull();
    row.id = 'meddelande-1';
    expect(rowAddress(row, null, 'https://personal.sob.1177.se/moment/2041')).toEqual({
      key: '/moment/2041#meddelande-1',
      url: 'https://personal.sob.1177.se/moment/2041#meddelande-1',
    });
  });
});

describe('reporting to the background', () => {
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestIdleCallback', 'cancelIdleCallback', 'Date'],
    });
  });
  afterEach(() => vi.useRealTimers());

  const address = (key: string) => () => ({ key, url: `https://personal.1177.se${key}` });
  const open = (key: string, due = 2) => ({
    status: 'open' as const,
    arrival: 1,
    due,
    dueDay: '2026-11-27',
    address: address(key),
  });

  it('sends in idle time, in batches the background accepts, and each change once', async () => {
    const sent: unknown[] = [];
    const reporter = createReporter('1177', (message) => sent.push(message));
    const rows = Array.from({ length: 1200 }, () => document.createElement('tr'));
    rows.forEach((row, index) => reporter.note(row, open(`/arende/${index}`)));
    expect(sent).toHaveLength(0);
    await vi.runAllTimersAsync();
    const batches = sent.map((message) => parseContentMessage(message));
    expect(batches.every((message) => message?.type === 'deadlines:seen')).toBe(true);
    const entries = batches.flatMap((message) => (message?.type === 'deadlines:seen' ? message.entries : []));
    expect(entries).toHaveLength(1200);
    expect(
      Math.max(
        ...batches.map((message) => (message?.type === 'deadlines:seen' ? message.entries.length : 0)),
      ),
    ).toBeLessThanOrEqual(DEADLINES_SEEN_MAX_ENTRIES);

    sent.length = 0;
    reporter.note(rows[0]!, open('/arende/0'));
    reporter.note(rows[1]!, open('/arende/1', 3));
    reporter.note(rows[2]!, { status: 'answered', address: address('/arende/2') });
    await vi.runAllTimersAsync();
    expect(sent).toEqual([
      expect.objectContaining({
        entries: [
          {
            status: 'open',
            key: '/arende/1',
            url: 'https://personal.1177.se/arende/1',
            arrival: 1,
            due: 3,
            dueDay: '2026-11-27',
          },
          { status: 'answered', key: '/arende/2' },
        ],
      }),
    ]);
    reporter.stop();
  });

  it('sends every pending sighting at once when the page is left before idle time comes', () => {
    const sent: unknown[] = [];
    const reporter = createReporter('1177', (message) => sent.push(message));
    const rows = Array.from({ length: 700 }, () => document.createElement('tr'));
    rows.forEach((row, index) => reporter.note(row, open(`/arende/${index}`)));
    expect(sent).toHaveLength(0);
    dispatchEvent(new Event('pagehide'));
    const entries = sent.flatMap((message) => {
      const parsed = parseContentMessage(message);
      return parsed?.type === 'deadlines:seen' ? parsed.entries : [];
    });
    expect(entries).toHaveLength(700);
    reporter.stop();
  });

  it('tells how far behind the computer’s clock is: with every report, and alone when it changed', async () => {
    const sent: unknown[] = [];
    const reporter = createReporter('1177', (message) => sent.push(message));
    reporter.note(document.createElement('tr'), open('/arende/1'));
    await vi.runAllTimersAsync();
    expect(sent).toEqual([expect.not.objectContaining({ clockBehindMs: expect.anything() })]);

    sent.length = 0;
    reporter.clock(3 * 86_400_000);
    await vi.runAllTimersAsync();
    expect(sent).toEqual([expect.objectContaining({ entries: [], clockBehindMs: 3 * 86_400_000 })]);
    // The page's clocks drift by milliseconds: that is not news. A minute is.
    reporter.clock(3 * 86_400_000 + 5);
    await vi.runAllTimersAsync();
    expect(sent).toHaveLength(1);
    reporter.note(document.createElement('tr'), open('/arende/2'));
    await vi.runAllTimersAsync();
    expect(sent[1]).toMatchObject({ clockBehindMs: 3 * 86_400_000 + 5 });
    reporter.clock(0); // the computer's clock was set right
    await vi.runAllTimersAsync();
    expect(sent[2]).toMatchObject({ entries: [], clockBehindMs: 0 });
    expect(sent.every((message) => parseContentMessage(message))).toBe(true);
    reporter.stop();
  });

  it('asks for a recount with an empty report; sends nothing after stop()', async () => {
    const sent: unknown[] = [];
    const reporter = createReporter('sob', (message) => sent.push(message));
    reporter.recount();
    expect(sent).toEqual([expect.objectContaining({ type: 'deadlines:seen', portal: 'sob', entries: [] })]);
    reporter.note(document.createElement('li'), open('/moment/1#a'));
    reporter.stop();
    await vi.runAllTimersAsync();
    expect(sent).toHaveLength(1);
  });
});

describe('the deadlines:seen message, checked where it is received', () => {
  const valid = {
    type: 'deadlines:seen',
    portal: '1177',
    at: 1,
    entries: [
      {
        status: 'open',
        key: '/arende/1',
        url: 'https://personal.1177.se/arende/1',
        arrival: 1,
        due: 2,
        dueDay: '2026-11-27',
      },
      { status: 'closed', key: '/arende/2' },
    ],
  };
  it('accepts a well-formed report', () => {
    expect(parseContentMessage(valid)).toEqual(valid);
    expect(parseContentMessage({ ...valid, clockBehindMs: 259_200_000 })).toMatchObject({
      clockBehindMs: 259_200_000,
    });
  });
  it.each([
    ['a portal id that is no id', { ...valid, portal: 'okänd portal' }],
    [
      'a link that is not http(s)',
      { ...valid, entries: [{ ...valid.entries[0], url: 'javascript:alert(1)' }] },
    ],
    ['a due day that is not a date', { ...valid, entries: [{ ...valid.entries[0], dueDay: 'imorgon' }] }],
    [
      'an open entry without its due time',
      { ...valid, entries: [{ status: 'open', key: '/a', url: 'https://x.se/a' }] },
    ],
    ['an empty key', { ...valid, entries: [{ status: 'answered', key: '' }] }],
    ['a clock ahead rather than behind', { ...valid, clockBehindMs: -1 }],
    ['a clock behind by decades', { ...valid, clockBehindMs: 30 * 365 * 86_400_000 }],
    [
      'too many entries',
      { ...valid, entries: Array.from({ length: DEADLINES_SEEN_MAX_ENTRIES + 1 }, () => valid.entries[1]) },
    ],
  ])('refuses %s', (_name, message) => {
    expect(parseContentMessage(message)).toBeUndefined();
  });
});
