// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  clearDraft,
  draftIdForHost,
  readDraft,
  withDraft,
  writeDraft,
  type Draft,
} from '@/lib/mapping/draft';
import {
  pathPattern,
  startDraft,
  withPageKind,
  withPageKindByContent,
  withSelector,
  withStatusWord,
} from '@/lib/mapping/edit';
import { findPortal, pageKindOf } from '@/lib/portals/resolve';
import { resolveSettings } from '@/lib/settings/effective';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';

const NEW_PORTAL: Draft = {
  id: 'journal-vast-example',
  profile: {
    name: 'journal.vast.example',
    urlPatterns: ['https://journal.vast.example/*'],
    selectors: { messageRow: ['tr:has(a[href*="/arende/"])'] },
  },
};

describe('the local draft', () => {
  it('is kept in this browser’s storage, checked when read, and cleared with one call', async () => {
    fakeBrowser.reset();
    expect(await readDraft()).toBeUndefined();
    await writeDraft(NEW_PORTAL);
    expect(await readDraft()).toEqual(NEW_PORTAL);
    await fakeBrowser.storage.local.set({ 'mapping:draft': { id: 'not an id!', profile: {} } });
    expect(await readDraft()).toBeUndefined();
    await writeDraft(NEW_PORTAL);
    await clearDraft();
    expect(await readDraft()).toBeUndefined();
  });

  it('makes a portal the extension does not know recognised on its address', () => {
    expect(findPortal('https://journal.vast.example/inkorg', DEFAULT_SETTINGS)).toBeUndefined();
    const portal = findPortal('https://journal.vast.example/inkorg', withDraft(DEFAULT_SETTINGS, NEW_PORTAL));
    expect(portal?.id).toBe('journal-vast-example');
    expect(portal?.selectors.messageRow).toEqual(['tr:has(a[href*="/arende/"])']);
  });

  it('goes before IT’s policy in this browser: a policy portal of the same id, and narrower ones on its host', () => {
    const policy = {
      'portals.custom': JSON.stringify({
        other: {
          name: 'Annan',
          urlPatterns: ['https://journal.vast.example/*'],
          selectors: { messageRow: ['li'] },
        },
        'journal-vast-example': { name: 'Från IT', urlPatterns: ['https://journal.vast.example/*'] },
      }),
    };
    const { settings } = resolveSettings(policy, {});
    expect(findPortal('https://journal.vast.example/x', settings)?.id).toBe('other');
    const drafted = withDraft(settings, NEW_PORTAL);
    expect(findPortal('https://journal.vast.example/x', drafted)?.name).toBe('journal.vast.example');
    expect(Object.keys(drafted.portals.custom ?? {})).toEqual(['journal-vast-example', 'other']);
  });

  it('changes only the fields it sets on a built-in portal, selector list by selector list', () => {
    const draft: Draft = { id: '1177', profile: { selectors: { messageRow: ['table.ny tr'] } } };
    const portal = findPortal('https://personal.1177.se/arenden', withDraft(DEFAULT_SETTINGS, draft));
    expect(portal?.selectors.messageRow).toEqual(['table.ny tr']);
    expect(portal?.selectors.messageStatus).toEqual(['.arendestatus .status']);
  });

  it('does nothing where IT switched the assistant off by policy', () => {
    const { settings } = resolveSettings({ 'portals.mappingAssistant': false }, {});
    expect(withDraft(settings, NEW_PORTAL)).toBe(settings);
    expect(
      findPortal('https://journal.vast.example/inkorg', withDraft(settings, NEW_PORTAL)),
    ).toBeUndefined();
  });

  it('names a new portal after its host', () => {
    expect(draftIdForHost('www.Journal.Vast.example')).toBe('journal-vast-example');
    expect(draftIdForHost('127.0.0.1')).toBe('127-0-0-1');
    expect(draftIdForHost('sob')).toBe('portal-sob');
  });
});

describe('changing the draft', () => {
  it('starts a new portal on this address; on a loopback host its first path segment too', () => {
    expect(
      startDraft(undefined, undefined, DEFAULT_SETTINGS, 'https://journal.vast.example:8443/v3/korg').profile,
    ).toEqual({
      name: 'journal.vast.example',
      urlPatterns: ['https://journal.vast.example/*'],
    });
    expect(
      startDraft(undefined, undefined, DEFAULT_SETTINGS, 'http://127.0.0.1:9000/vast/inkorg').profile
        .urlPatterns,
    ).toEqual(['http://127.0.0.1/vast/*']);
  });

  it('starts from the policy’s whole profile for a portal defined by policy, so the export holds all of it', () => {
    const { settings } = resolveSettings(
      {
        'portals.custom': JSON.stringify({
          nord: { name: 'Nord', urlPatterns: ['https://nord.example/*'], deadlineRule: { workingDays: 3 } },
        }),
      },
      {},
    );
    const portal = findPortal('https://nord.example/korg', settings);
    const draft = startDraft(undefined, portal, settings, 'https://nord.example/korg');
    expect(draft).toEqual({
      id: 'nord',
      profile: { name: 'Nord', urlPatterns: ['https://nord.example/*'], deadlineRule: { workingDays: 3 } },
    });
  });

  it('puts a picked selector first and keeps the ones in effect after it', () => {
    const draft = withSelector({ id: '1177', profile: {} }, 'messageRow', 'tr.ny', ['tr.gammal', 'tr.ny']);
    expect(draft.profile.selectors?.messageRow).toEqual(['tr.ny', 'tr.gammal']);
  });

  it('takes a confirmed status word once, for one state; never a text with a number or a sentence', () => {
    let draft: Draft = { id: 'x', profile: {} };
    draft = withStatusWord(draft, 'open', ' Åtgärdas ');
    draft = withStatusWord(draft, 'closed', 'Åtgärdas');
    expect(draft.profile.statusWords).toEqual({ closed: ['åtgärdas'] });
    expect(withStatusWord(draft, 'open', 'Ny 2026-12-04')).toBe(draft);
    expect(withStatusWord(draft, 'open', 'Obesvarad från Anna Maria Andersson Berg')).toBe(draft);
  });

  it('a page kind by its path, with the message’s number made general', () => {
    expect(pathPattern('/vast/arende/V-301')).toBe('^/vast/arende/[^/]+/?$');
    expect(pathPattern('/inkorg/')).toBe('^/inkorg/?$');
    const draft = withPageKind(withPageKind({ id: 'x', profile: {} }, 'inbox', '/a/b'), 'case', '/a/b');
    expect(draft.profile.pages).toEqual({ inbox: { paths: [] }, case: { paths: ['^/a/b/?$'] } });
    expect(new RegExp(pathPattern('/vast/arende/V-301')).test('/vast/arende/V-999')).toBe(true);
  });

  it('a page kind by what it shows, in an app whose views share one address: each view gets its own kind', () => {
    // The administrator first took the app's address for an inbox, then learnt that its messages show there too.
    let draft: Draft = withPageKind(NEW_PORTAL, 'inbox', '/app');
    draft = withSelector(draft, 'replyField', 'textarea[name="svar"]');
    const selectorsOf = (current: Draft) => (key: keyof NonNullable<Draft['profile']['selectors']>) =>
      current.profile.selectors?.[key] ?? [];
    for (const kind of ['inbox', 'case'] as const) {
      const changed = withPageKindByContent(draft, kind, '/app', selectorsOf(draft));
      if (!('draft' in changed)) throw new Error(`no ${kind} by content`);
      draft = changed.draft;
    }
    expect(draft.profile.pages).toEqual({
      inbox: { paths: [], contains: ['tr:has(a[href*="/arende/"])'] },
      case: { contains: ['textarea[name="svar"]'] },
    });
    const portal = findPortal('https://journal.vast.example/app', withDraft(DEFAULT_SETTINGS, draft))!;
    const view = (html: string) => {
      document.body.innerHTML = html;
      return pageKindOf(portal, '/app', document);
    };
    expect(view('<table><tr><td><a href="#/arende/1">Ärende</a></td></tr></table>')).toBe('inbox');
    expect(view('<form><textarea name="svar"></textarea></form>')).toBe('case');
    expect(view('<p>Laddar …</p>')).toBeUndefined();
  });

  it('by what it shows needs something picked to know the kind by: it says what, and changes nothing', () => {
    expect(withPageKindByContent(NEW_PORTAL, 'settings', '/app', () => [])).toEqual({
      missing: ['signatureSetting'],
    });
    expect(withPageKindByContent(NEW_PORTAL, 'case', '/app', () => [])).toEqual({
      missing: ['caseView', 'replyField'],
    });
    // A video meeting is known by the clinician's own camera picture, with nothing to pick.
    const video = withPageKindByContent(NEW_PORTAL, 'video', '/rum', () => []);
    expect('draft' in video && video.draft.profile.pages).toEqual({ video: { liveCamera: true } });
  });
});
