// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { CHECKS } from '@/lib/checks/registry';
import { appliesTo } from '@/lib/checks/runner';
import { PORTAL_CHECK_IDS } from '@/lib/portals/types';
import { readFileSync } from 'node:fs';
import { messageState } from '@/lib/checks/deadlines/message-state';
import { caseAddress, rowAddress } from '@/lib/checks/deadlines/reading';
import { pageFindings } from '@/lib/diagnostics/findings';
import { readArrival } from '@/lib/deadlines/read-arrival';
import { PORTALS } from '@/lib/portals/index';
import { findPortal, pageKindOf, portalsInEffect } from '@/lib/portals/resolve';
import type { ResolvedPortal } from '@/lib/portals/types';
import { resolveSettings } from '@/lib/settings/effective';

/** The effective settings for a flat policy (custom portals as JSON text, as Chromium delivers them). */
function withPolicy(policy: Record<string, unknown>) {
  return resolveSettings(policy, {});
}

function custom(portals: Record<string, unknown>, more: Record<string, unknown> = {}) {
  return withPolicy({ 'portals.custom': JSON.stringify(portals), ...more });
}

const NORD = {
  name: 'Journalportalen Nord',
  urlPatterns: ['https://nord.example/*'],
  pages: { inbox: { paths: ['^/korg$'] }, case: { contains: ['section.s_case'] } },
  selectors: { messageRow: ['tr[data-nr]'], messageArrival: ['[data-inkom]'], messageStatus: ['.st'] },
  messageKey: { from: 'attribute', attribute: 'data-nr' },
  arrival: { attributes: ['data-inkom'] },
  deadlineRule: { workingDays: 3 },
};

function nordPortal(profile: Record<string, unknown> = NORD): ResolvedPortal {
  const portal = findPortal('https://nord.example/korg', custom({ nord: profile }).settings);
  if (!portal) throw new Error('no portal');
  return portal;
}

describe('a portal defined by policy alone', () => {
  it('is found at its addresses, with its name, rule and the checks it chose', () => {
    const portal = nordPortal({ ...NORD, checks: ['deadlines'] });
    expect(portal).toMatchObject({
      id: 'nord',
      name: 'Journalportalen Nord',
      custom: true,
      deadlineRule: { workingDays: 3 },
      checks: ['deadlines'],
    });
    expect(findPortal('https://other.example/korg', custom({ nord: NORD }).settings)).toBeUndefined();
  });

  it('comes before a built-in portal on the same host (a new version beside the old one)', () => {
    const { settings } = custom({
      ny: { name: '1177 ny version', basedOn: '1177', urlPatterns: ['https://personal.1177.se/ny/*'] },
    });
    expect(findPortal('https://personal.1177.se/ny/arenden', settings)?.id).toBe('ny');
    expect(findPortal('https://personal.1177.se/arenden', settings)?.id).toBe('1177');
    // basedOn: the built-in portal's knowledge, never its addresses.
    const ny = portalsInEffect(settings).find((portal) => portal.id === 'ny')!;
    expect(ny.selectors.messageRow).toEqual(PORTALS.find((p) => p.id === '1177')!.selectors.messageRow);
    expect(ny.urlPatterns).toEqual(['https://personal.1177.se/ny/*']);
  });

  it('is off when IT switches it off, and never takes a built-in portal’s id', () => {
    const { settings } = custom({
      nord: { ...NORD, enabled: false },
      '1177': { name: 'Fel', urlPatterns: ['https://fel.example/*'] },
    });
    expect(findPortal('https://nord.example/korg', settings)).toBeUndefined();
    expect(findPortal('https://fel.example/x', settings)).toBeUndefined();
  });
});

describe('a bad field of a profile falls back alone and is listed', () => {
  it('each bad field is left out and named; the rest of the profile is in effect', () => {
    const resolved = custom({
      nord: {
        ...NORD,
        pages: { inbox: { paths: ['^/korg$', '(unclosed'] }, case: { contains: ['section.s_case'] } },
        selectors: { ...NORD.selectors, messageStatus: ['.st', 'td[[['] },
        messageKey: { from: 'row-number', attribute: 'data nr' },
        statusWordsMode: 'sometimes',
      },
    });
    const paths = resolved.policyProblems.map((problem) => `${problem.path} ${problem.reason}`);
    expect(paths.sort()).toEqual(
      [
        'portals.custom.nord.pages.inbox.paths.1 invalid-value',
        'portals.custom.nord.selectors.messageStatus.1 invalid-value',
        'portals.custom.nord.messageKey.from invalid-value',
        'portals.custom.nord.messageKey.attribute invalid-value',
        'portals.custom.nord.statusWordsMode invalid-value',
      ].sort(),
    );
    const portal = findPortal('https://nord.example/korg', resolved.settings)!;
    expect(portal.pages.inbox?.paths).toEqual(['^/korg$']);
    expect(portal.selectors.messageStatus).toEqual(['.st']);
    // messageKey lost both fields: the link decides, as for a built-in portal.
    expect(portal.messageKey.from).toBe('link');
    expect(portal.deadlineRule).toEqual({ workingDays: 3 });
  });

  it('a portal id that is no id costs its own entry only, never the rest of the policy', () => {
    const resolved = custom({ 'min portal!': NORD, nord: NORD }, { 'profile.hospital': 'SÄS' });
    expect(resolved.policyProblems.map((problem) => [problem.path, problem.detail])).toEqual([
      ['portals.custom.min portal!', 'invalid-key'],
    ]);
    expect(resolved.settings.profile.hospital).toBe('SÄS');
    expect(portalsInEffect(resolved.settings).map((portal) => portal.id)).toContain('nord');
  });

  it('a built-in portal’s override: an unset field keeps the built-in value', () => {
    const { settings, policyProblems } = withPolicy({
      'portals.1177.pages.inbox.paths': ['^/v2/arenden$'],
      'portals.1177.messageKey.from': 'link-full',
    });
    expect(policyProblems).toEqual([]);
    const portal = findPortal('https://personal.1177.se/v2/arenden', settings)!;
    expect(pageKindOf(portal, '/v2/arenden')).toBe('inbox');
    expect(pageKindOf(portal, '/arende/12')).toBe('case');
    expect(portal.messageKey.from).toBe('link-full');
    expect(portal.selectors.messageRow).toEqual(PORTALS.find((p) => p.id === '1177')!.selectors.messageRow);
  });
});

describe('status words: Swedish inflections by default, whole words, any case', () => {
  const builtIn = findPortal('https://personal.1177.se/arenden', withPolicy({}).settings)!;
  it.each([
    ['Obesvarad', 'open'],
    ['OBESVARADE', 'open'],
    ['Ej besvarat', 'open'],
    ['Nytt', 'open'],
    ['Oläst', 'open'],
    ['Väntar på svar', 'open'],
    ['Besvarad', 'answered'],
    ['besvarade', 'answered'],
    ['Avslutade', 'closed'],
    ['Stängd', 'closed'],
    ['Arkiverat', 'closed'],
    ['Nyckelfråga', 'unknown'],
    ['Vidarebefordrad', 'unknown'],
  ])('%s is %s', (text, state) => {
    expect(messageState(text, builtIn.statusWords)).toBe(state);
  });

  it('IT’s words extend them, or replace them for the states IT names', () => {
    const extended = findPortal(
      'https://personal.1177.se/arenden',
      withPolicy({ 'portals.1177.statusWords.open': ['att åtgärda'] }).settings,
    )!;
    expect(messageState('Att åtgärda', extended.statusWords)).toBe('open');
    expect(messageState('Obesvarat', extended.statusWords)).toBe('open');
    const replaced = findPortal(
      'https://personal.1177.se/arenden',
      withPolicy({
        'portals.1177.statusWords.open': ['att åtgärda'],
        'portals.1177.statusWordsMode': 'replace',
      }).settings,
    )!;
    expect(messageState('Att åtgärda', replaced.statusWords)).toBe('open');
    expect(messageState('Obesvarat', replaced.statusWords)).toBe('unknown');
    expect(messageState('Besvarat', replaced.statusWords)).toBe('answered');
  });
});

describe('a message’s key', () => {
  function row(html: string): Element {
    document.body.innerHTML = `<table><tbody>${html}</tbody></table>`;
    return document.querySelector('tr')!;
  }
  const base = 'https://nord.example/korg';

  it('from a data attribute: the same key in the list and in the open case, whatever the addresses', () => {
    const listRow = row('<tr data-nr="N-1"><td><a href="#">Visa</a></td></tr>');
    const rule = { from: 'attribute', attribute: 'data-nr' } as const;
    const inList = rowAddress(listRow, listRow.querySelector('a'), base, rule);
    document.body.innerHTML = '<section data-nr="N-1"></section>';
    const inCase = caseAddress('https://nord.example/arende/N-1', document.querySelector('section')!, rule);
    expect(inList?.key).toBe('@data-nr=N-1');
    expect(inCase?.key).toBe(inList?.key);
    const other = row('<tr data-nr="N-2"><td><a href="#">Visa</a></td></tr>');
    expect(rowAddress(other, other.querySelector('a'), base, rule)?.key).toBe('@data-nr=N-2');
  });

  it('from a selector inside the row plus its attribute', () => {
    const listRow = row('<tr><td><span class="id" data-id="7"></span></td></tr>');
    const rule = { from: 'attribute', attribute: 'data-id', selector: '.id' } as const;
    expect(rowAddress(listRow, null, base, rule)?.key).toBe('@data-id=7');
    expect(rowAddress(row('<tr><td></td></tr>'), null, base, rule)).toBeNull();
  });

  it('from the whole link: rows that differ only after "#" are different messages', () => {
    const a = row('<tr><td><a href="#/meddelande/M-1">1</a></td></tr>');
    const b = row('<tr><td><a href="#/meddelande/M-2">2</a></td></tr>');
    const app = 'https://nord.example/app';
    const full = { from: 'link-full' } as const;
    const keyA = rowAddress(a, a.querySelector('a'), app, full)?.key;
    const keyB = rowAddress(b, b.querySelector('a'), app, full)?.key;
    expect(keyA).toBe('/app#/meddelande/M-1');
    expect(keyB).not.toBe(keyA);
    // By the link's path alone (the built-in rule) they would be one message.
    expect(rowAddress(a, a.querySelector('a'), app)?.key).toBe(rowAddress(b, b.querySelector('a'), app)?.key);
  });
});

describe('page kinds', () => {
  const portal = nordPortal({
    ...NORD,
    pages: {
      inbox: { paths: ['^/korg$'] },
      case: { contains: ['section.s_case'] },
      video: { contains: ['.room'] },
    },
  });

  it('by path, by what the page contains, by a live camera; the most specific first', () => {
    document.body.innerHTML = '';
    expect(pageKindOf(portal, '/korg', document)).toBe('inbox');
    expect(pageKindOf(portal, '/app', document)).toBeUndefined();
    document.body.innerHTML = '<section class="s_case"></section>';
    expect(pageKindOf(portal, '/app', document)).toBe('case');
    document.body.innerHTML = '<div class="room"></div><section class="s_case"></section>';
    expect(pageKindOf(portal, '/korg', document)).toBe('video');
    document.body.innerHTML = '';
    expect(pageKindOf(portal, '/app', document, true)).toBe('video');
  });

  it('a live camera makes no video page where IT turned that off', () => {
    const off = nordPortal({ ...NORD, pages: { video: { liveCamera: false } } });
    expect(pageKindOf(off, '/app', document, true)).toBeUndefined();
  });
});

describe('arrival attributes', () => {
  it('IT’s machine-readable attribute is read before the text', () => {
    document.body.innerHTML =
      '<table><tr><td class="c"><span data-inkom="2026-12-03T09:15:00+01:00">kl 9.15, 3/12 (mottaget)</span></td></tr></table>';
    const cell = document.querySelector('td')!;
    const now = new Date('2026-12-04T10:00:00+01:00');
    expect(readArrival(cell, now).ok).toBe(false);
    const read = readArrival(cell, now, ['data-inkom']);
    expect(read.ok && read.arrival.toISOString()).toBe('2026-12-03T08:15:00.000Z');
  });
});

describe('why nothing happens: the page’s findings', () => {
  const portal = nordPortal();
  const now = new Date('2026-12-04T10:00:00+01:00');

  it('rows without a readable arrival, status or key are named by selector key, with counts only', () => {
    document.body.innerHTML = `<table><tbody>
      <tr data-nr="N-1"><td class="x">igår</td><td class="st">Obesvarad</td></tr>
      <tr data-nr="N-2"><td class="x">idag</td><td class="st">Besvarad</td></tr></tbody></table>`;
    const findings = pageFindings(portal, 'inbox', { now });
    expect(findings.problems).toEqual([{ code: 'rows-without-arrival', keys: ['messageArrival'] }]);
    expect(findings.counts.find((count) => count.key === 'messageRow')).toEqual({
      key: 'messageRow',
      count: 2,
      selector: 'tr[data-nr]',
    });
    expect(JSON.stringify(findings)).not.toMatch(/Obesvarad|N-1|igår/);
  });

  it('a page of no kind, a reply field without a send button, a video page without a self-view', () => {
    const withReply = nordPortal({
      ...NORD,
      selectors: { ...NORD.selectors, replyField: ['textarea'], sendButton: ['button.skicka'] },
    });
    document.body.innerHTML = '<textarea></textarea>';
    expect(pageFindings(withReply, undefined, { now }).problems.map((problem) => problem.code)).toEqual([
      'no-page-kind',
      'reply-without-send',
    ]);
    expect(pageFindings(withReply, 'video', { now, selfView: false }).problems.map((p) => p.code)).toContain(
      'video-without-self-view',
    );
    expect(
      pageFindings(withReply, 'video', { now, selfView: true }).problems.map((p) => p.code),
    ).not.toContain('video-without-self-view');
  });
});

describe('the admin guide’s example of a portal defined by policy', () => {
  it.each(['sv', 'en'] as const)('(%s) is a policy the extension takes without a problem', (lang) => {
    const text = readFileSync(`docs/admin-guide.${lang}.md`, 'utf8');
    const block = /```json\n(\{\n {2}"3rdparty"[\s\S]*?)\n```/.exec(text)?.[1];
    expect(block).toBeDefined();
    const file = JSON.parse(block ?? '{}') as { '3rdparty': { extensions: Record<string, unknown> } };
    const resolved = resolveSettings(file['3rdparty'].extensions['<id>'], {});
    expect(resolved.policyProblems).toEqual([]);
    const portal = findPortal('https://journal.nord.example/v3/korg', resolved.settings);
    expect(portal).toMatchObject({
      id: 'nord',
      name: 'Journalportalen Nord',
      deadlineRule: { workingDays: 3 },
    });
    expect(pageKindOf(portal!, '/v3/arende/N-1')).toBe('case');
  });
});

describe('the checks a profile can name', () => {
  it('are every check the extension has, and all of them run where a profile names none', () => {
    expect([...PORTAL_CHECK_IDS].sort()).toEqual(CHECKS.map((check) => check.id).sort());
    const portal = findPortal('https://personal.1177.se/arenden', withPolicy({}).settings)!;
    for (const check of CHECKS)
      expect(appliesTo(check, portal, 'case') || check.pages !== undefined).toBe(true);
    expect(CHECKS.filter((check) => appliesTo(check, portal, 'case')).map((check) => check.id)).toContain(
      'children',
    );
  });
});
