// @vitest-environment happy-dom
// @vitest-environment-options {"url": "http://127.0.0.1:8177/vast/inkorg"}
/**
 * The mapping assistant's logic on the invented portal's pages (tests/replicas/vast), as served: picks as an
 * administrator makes them, what the inspect report shows, and the export, which must hold none of the patients'
 * names, numbers and texts that fill the page.
 */
import type { ServerResponse } from 'node:http';
import { beforeAll, describe, expect, it } from 'vitest';
import { withDraft, type Draft } from '@/lib/mapping/draft';
import { startDraft, withPageKind, withSelector, withStatusWord } from '@/lib/mapping/edit';
import { draftPolicy, exportDraft } from '@/lib/mapping/export';
import { inspectPage } from '@/lib/mapping/inspect';
import { pickRequest, repeatedItem } from '@/lib/mapping/pick';
import { suggestSelector } from '@/lib/mapping/selector';
import { findPortal } from '@/lib/portals/resolve';
import { resolveSettings } from '@/lib/settings/effective';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { createVastReplica, type VastMessage } from '../../replicas/vast/replica.ts';

const NOW = new Date('2026-12-04T10:00:00+01:00');
const ORIGIN = 'http://127.0.0.1:8177';

async function serve(path: string): Promise<string> {
  const replica = createVastReplica({ now: () => NOW, latencyMs: { min: 0, max: 0 } });
  let body = '';
  const res = {
    writeHead: () => res,
    end: (chunk: string) => (body = String(chunk)),
  } as unknown as ServerResponse;
  await replica.handle({ req: {} as never, res, url: new URL(`${ORIGIN}${path}`), method: 'GET' });
  return body;
}

function load(html: string): void {
  document.documentElement.innerHTML = html.replace(/^<!doctype html>/i, '');
}

function rowsOfMessages(): Element[] {
  return [...document.querySelectorAll('table')[0]!.querySelectorAll('tbody tr')];
}

let messages: VastMessage[];
let patientData: string[];
let draft: Draft;

beforeAll(async () => {
  messages = JSON.parse(await serve('/vast/api/inkorg')) as VastMessage[];
  patientData = JSON.parse(await serve('/vast/api/patientdata')) as string[];
  load(await serve('/vast/inkorg'));
});

describe('picking on the inbox', () => {
  it('a click in a cell means its row', () => {
    const cell = rowsOfMessages()[1]!.querySelectorAll('td')[2]!;
    expect(repeatedItem(cell)).toBe(rowsOfMessages()[1]);
  });

  it('each key gets a selector that finds the messages and nothing of the visits table below', () => {
    const href = `${ORIGIN}/vast/inkorg`;
    draft = startDraft(undefined, undefined, DEFAULT_SETTINGS, href);
    const first = rowsOfMessages()[0]!;
    const rowPick = suggestSelector(pickRequest(undefined, 'messageRow', first.querySelector('td')!))!;
    expect(rowPick.best.exact).toBe(true);
    expect(document.querySelectorAll(rowPick.best.selector)).toHaveLength(messages.length);
    expect(document.querySelectorAll('tbody tr')).toHaveLength(messages.length + 2);
    draft = withPageKind(withSelector(draft, 'messageRow', rowPick.best.selector), 'inbox', '/vast/inkorg');
    const portal = () => findPortal(href, withDraft(DEFAULT_SETTINGS, draft));
    expect(portal()?.id).toBe('127-0-0-1');

    const cells = first.querySelectorAll('td');
    for (const [key, target] of [
      ['messageArrival', cells[3]!.querySelector('span')!],
      ['messageStatus', cells[4]!.querySelector('span')!],
      ['messageLink', cells[0]!.querySelector('a')!],
    ] as const) {
      const picked = suggestSelector(pickRequest(portal(), key, target))!;
      expect(picked.best.exact, `${key}: ${picked.best.selector}`).toBe(true);
      expect(picked.best.count).toBe(messages.length);
      draft = withSelector(draft, key, picked.best.selector);
    }
  });

  it('the report reads every row; the portal’s own status word is unknown until confirmed', () => {
    const href = `${ORIGIN}/vast/inkorg`;
    const settings = withDraft(DEFAULT_SETTINGS, draft);
    const portal = findPortal(href, settings)!;
    const report = inspectPage(portal, 'inbox', settings, { now: NOW });
    expect(report.rows).toHaveLength(messages.length);
    expect(report.rows.every((row) => row.arrival.ok)).toBe(true);
    expect(report.rows.map((row) => row.key)).toEqual(
      messages.map((message) => `/vast/arende/${message.nr}`),
    );
    expect(report.statusTexts.filter((text) => text.state === 'unknown').map((text) => text.text)).toEqual([
      'Åtgärdas',
    ]);
    expect(report.keys[0]).toMatchObject({ key: 'messageStatus', problem: 'unreadable', unreadable: 1 });
    draft = withStatusWord(draft, 'open', 'Åtgärdas');
    const after = withDraft(DEFAULT_SETTINGS, draft);
    const again = inspectPage(findPortal(href, after)!, 'inbox', after, { now: NOW });
    expect(again.rows.filter((row) => row.due !== null)).toHaveLength(3);
    expect(again.keys.filter((key) => key.problem)).toEqual([]);
  });
});

describe('the export', () => {
  it('holds selectors, patterns and words only: none of the names, numbers and texts on the page', () => {
    const exported = exportDraft(draft, 'glondehmneckecaccigllhcbhcfnffbh', undefined);
    const all = `${exported.json}${exported.reg.chrome}${exported.reg.edge}`.toLowerCase();
    const leaked = patientData
      .flatMap((text) => [text, ...text.split(/[\s,]+/).filter((word) => word.length >= 5)])
      .filter((text) => all.includes(text.toLowerCase()));
    expect(patientData.length).toBeGreaterThan(20);
    expect(leaked).toEqual([]);
  });

  it('keeps the portals policy already defines beside a new one (portals.custom is one value)', () => {
    const { policy } = resolveSettings(
      {
        'portals.custom': JSON.stringify({ nord: { name: 'Nord', urlPatterns: ['https://nord.example/*'] } }),
      },
      {},
    );
    const custom = (policy.portals as { custom: Record<string, unknown> }).custom;
    const out = draftPolicy(draft, custom);
    expect(Object.keys(JSON.parse(out['portals.custom'] as string) as object)).toEqual(['nord', '127-0-0-1']);
    // And what it writes is taken by the extension as it is.
    const { settings, policyProblems } = resolveSettings(out, {});
    expect(policyProblems).toEqual([]);
    expect(findPortal(`${ORIGIN}/vast/inkorg`, settings)?.selectors).toEqual(
      findPortal(`${ORIGIN}/vast/inkorg`, withDraft(DEFAULT_SETTINGS, draft))?.selectors,
    );
  });

  it('a built-in portal’s draft as its own flat keys', () => {
    const out = draftPolicy(
      {
        id: '1177',
        profile: { selectors: { messageRow: ['table.ny tr'] }, statusWords: { open: ['åtgärdas'] } },
      },
      undefined,
    );
    expect(out).toEqual({
      'portals.1177.selectors.messageRow': ['table.ny tr'],
      'portals.1177.statusWords.open': ['åtgärdas'],
    });
  });
});
