// @vitest-environment happy-dom
// @vitest-environment-options {"url": "http://127.0.0.1:8177/nord/v3/korg"}
/**
 * The picks on the other invented portal (tests/replicas/nord), whose profile the e2e tests write by hand: what an
 * administrator gets by clicking finds the same elements as the hand-written policy, and the panel offers the
 * attributes that the hand-written policy names for the arrival and the message key.
 */
import type { ServerResponse } from 'node:http';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { withDraft, type Draft } from '@/lib/mapping/draft';
import {
  startDraft,
  withArrivalAttribute,
  withMessageKey,
  withPageKind,
  withSelector,
} from '@/lib/mapping/edit';
import { arrivalAttributeHints, inspectPage, messageKeyHints } from '@/lib/mapping/inspect';
import { pickRequest } from '@/lib/mapping/pick';
import { suggestSelector } from '@/lib/mapping/selector';
import { findPortal } from '@/lib/portals/resolve';
import type { SelectorKey } from '@/lib/portals/types';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { createNordReplica } from '../../replicas/nord/replica.ts';

// The replica finds its static folder from a file URL, which happy-dom's URL is not; the static files are not served here.
vi.mock('node:url', async (original) => ({
  ...(await original<typeof import('node:url')>()),
  fileURLToPath: () => '/nonexistent',
}));

const NOW = new Date('2026-12-04T10:00:00+01:00');
const HREF = 'http://127.0.0.1:8177/nord/v3/korg';

async function serve(path: string): Promise<string> {
  const replica = createNordReplica({ now: () => NOW, latencyMs: { min: 0, max: 0 } });
  let body = '';
  const res = {
    writeHead: () => res,
    end: (chunk: string) => (body = String(chunk)),
  } as unknown as ServerResponse;
  await replica.handle({
    req: {} as never,
    res,
    url: new URL(`http://127.0.0.1:8177${path}`),
    method: 'GET',
  });
  return body;
}

/** The hand-written profile of tests/e2e/policy-portal.test.ts, as far as the inbox goes. */
const BY_HAND: Partial<Record<SelectorKey, string>> = {
  messageRow: 'tr[data-arende-nr]',
  messageStatus: '.p_3k',
};

let draft: Draft;

beforeAll(async () => {
  // Markup only: the page's stylesheet and script are not loaded here.
  document.documentElement.innerHTML = (await serve('/nord/v3/korg'))
    .replace(/^<!doctype html>/i, '')
    .replace(/<link [^>]*>|<script [^>]*><\/script>/g, '');
});

describe('the nord inbox, picked with the mouse', () => {
  it('the rows: the same elements as the hand-written selector, not the statistics table’s row', () => {
    const row = document.querySelector('tr[data-arende-nr]')!;
    const picked = suggestSelector(pickRequest(undefined, 'messageRow', row.querySelector('td.c_subj')!))!;
    expect(picked.best.exact).toBe(true);
    expect([...document.querySelectorAll(picked.best.selector)]).toEqual([
      ...document.querySelectorAll(BY_HAND.messageRow!),
    ]);
    expect(picked.best.selector).not.toMatch(/r_x1|t_8fk2a|N-\d/);
    draft = withPageKind(
      withSelector(
        startDraft(undefined, undefined, DEFAULT_SETTINGS, HREF),
        'messageRow',
        picked.best.selector,
      ),
      'inbox',
      '/nord/v3/korg',
    );
  });

  it('the status inside each row: the same elements as the hand-written one, without its hashed class', () => {
    const portal = findPortal(HREF, withDraft(DEFAULT_SETTINGS, draft))!;
    const rows = [...document.querySelectorAll(BY_HAND.messageRow!)];
    const picked = suggestSelector(pickRequest(portal, 'messageStatus', rows[0]!.querySelector('.p_3k')!))!;
    expect(picked.best.exact).toBe(true);
    expect(rows.map((row) => row.querySelector(picked.best.selector))).toEqual(
      rows.map((row) => row.querySelector(BY_HAND.messageStatus!)),
    );
    expect(picked.best.selector).not.toContain('p_3k');
    draft = withSelector(draft, 'messageStatus', picked.best.selector);
  });

  it('the arrival cell; the panel offers data-inkom (the text "kl 9.15, 4/12" cannot be read) and data-arende-nr', () => {
    let portal = findPortal(HREF, withDraft(DEFAULT_SETTINGS, draft))!;
    const rows = [...document.querySelectorAll(BY_HAND.messageRow!)];
    const cell = rows[0]!.querySelector('[data-inkom]')!;
    const picked = suggestSelector(pickRequest(portal, 'messageArrival', cell))!;
    draft = withSelector(draft, 'messageArrival', picked.best.selector);
    portal = findPortal(HREF, withDraft(DEFAULT_SETTINGS, draft))!;
    const before = inspectPage(portal, 'inbox', withDraft(DEFAULT_SETTINGS, draft), { now: NOW });
    // Every row's link is "#": no row can be told apart yet.
    expect(before.rows.every((row) => row.key === null)).toBe(true);
    expect(arrivalAttributeHints(rows)).toEqual(['data-inkom']);
    expect(messageKeyHints(rows)).toContain('data-arende-nr');
    draft = withMessageKey(withArrivalAttribute(draft, 'data-inkom'), {
      from: 'attribute',
      attribute: 'data-arende-nr',
    });
    const settings = withDraft(DEFAULT_SETTINGS, draft);
    const after = inspectPage(findPortal(HREF, settings)!, 'inbox', settings, { now: NOW });
    expect(after.rows.map((row) => row.arrival.ok)).toEqual(rows.map(() => true));
    expect(new Set(after.rows.map((row) => row.key)).size).toBe(rows.length);
  });
});
