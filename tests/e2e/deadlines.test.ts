/**
 * Answer-deadline badges in Chromium with the built extension, on the three replica portals: the right badges and
 * colours (expected values computed here, at test time, from the arrival times the replica itself reports, by the
 * tests' own working of the rule in ./due-oracle.ts), live updates when a message arrives or is answered, and a
 * list whose markup IT's policy describes with its own selectors.
 */
import { get as httpGet } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { oracleDue, oracleLevel } from './due-oracle.ts';
import { copyOfBuiltExtension } from './checklist-support.ts';
import { startSession, type E2eSession } from './harness.ts';
import { POLICY, reloadPolicies, removePolicy, writePolicy } from './policy.ts';

const extension = copyOfBuiltExtension();
let session: E2eSession;

beforeAll(async () => {
  removePolicy();
  session = await startSession({ extensionDir: extension.dir });
});
afterAll(async () => {
  removePolicy();
  await session?.close();
  extension.remove();
});

/** A badge as a test sees it: the message it belongs to (by the replica's own id), and what it shows. */
interface SeenBadge {
  id: string;
  level: string | null;
  due: string | null;
  text: string;
  tooltip: string;
}

/** Every badge on the page, with the id of the row (or case) it sits in, from the replica's markup. */
function pageBadges(page: Page, rowSelector: string, idAttribute: string): Promise<SeenBadge[]> {
  return page.evaluate(
    ([rows, attribute]) =>
      [...document.querySelectorAll('vmk-deadline')].map((host) => ({
        id: host.closest(rows!)?.getAttribute(attribute!) ?? 'case',
        level: host.getAttribute('data-vmk-deadlines-level'),
        due: host.getAttribute('data-vmk-due'),
        text: host.shadowRoot?.textContent ?? '',
        tooltip: host.shadowRoot?.querySelector('.badge')?.getAttribute('title') ?? '',
      })),
    [rowSelector, idAttribute] as const,
  );
}

/**
 * What a message's badge must show: due time, and the possible levels now, by the tests' own working of the rule
 * (./due-oracle.ts), not by the extension's calendar.
 */
function expected(arrival: string, workingDays = 2) {
  const due = oracleDue(new Date(arrival), workingDays);
  return {
    due: due.iso,
    /**
     * Asked when the badge is checked: the page drew it within the last minute and refreshes it on the minute,
     * so the level at any moment of that minute is right (a run at 16:59 sees amber turn red at 17:00).
     */
    levels: () => [...new Set([Date.now() - 65_000, Date.now()].map((at) => oracleLevel(due, new Date(at))))],
  };
}

async function getJson<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (url) => (await fetch(url)).json(), path) as Promise<T>;
}

async function post(page: Page, path: string, body: unknown): Promise<unknown> {
  return page.evaluate(
    async ([url, json]) => {
      const response = await fetch(url!, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: json,
      });
      if (!response.ok) throw new Error(`${url} → ${response.status}`);
      return response.json();
    },
    [path, JSON.stringify(body)] as const,
  );
}

function checkBadges(badges: SeenBadge[], want: Map<string, ReturnType<typeof expected>>) {
  expect(badges.map((badge) => badge.id).sort()).toEqual([...want.keys()].sort());
  for (const badge of badges) {
    const wanted = want.get(badge.id)!;
    expect(badge.due, badge.id).toBe(wanted.due);
    expect(wanted.levels(), `${badge.id}: ${badge.text}`).toContain(badge.level);
    // The words carry the level too, and the tooltip the absolute due time.
    if (badge.level === 'red') expect(badge.text).toMatch(/^Försenat sedan /);
    else expect(badge.text).toMatch(/kvar · Besvaras senast /);
    expect(badge.tooltip).toMatch(/^Besvaras senast \S+ \d{1,2} \S+ \d{4} \d{2}:\d{2}\nInkom /);
  }
}

describe('1177 (server-rendered)', () => {
  interface Arende {
    id: string;
    status: string;
    inkommet: string;
  }

  it('badges every obesvarat ärende with the right due time and colour, and none on the others', async () => {
    const page = await session.newPage();
    await page.goto(session.url('1177', '/arenden'));
    const arenden = await getJson<Arende[]>(page, '/api/arenden');
    const want = new Map(
      arenden.filter((a) => a.status === 'obesvarat').map((a) => [a.id, expected(a.inkommet)]),
    );
    expect(want.size).toBe(6);
    await expect.poll(() => page.locator('vmk-deadline').count(), { timeout: 15_000 }).toBe(6);
    checkBadges(await pageBadges(page, 'tr.arenderad', 'data-arende-id'), want);
    await page.close();
  });

  it('badges the open case view, and a new ärende after reload; an answered one loses its badge', async () => {
    const page = await session.newPage();
    await page.goto(session.url('1177', '/arenden'));
    const created = (await post(page, '/api/test/new-message', {})) as Arende;
    await page.goto(session.url('1177', `/arende/${created.id}`));
    await expect.poll(() => page.locator('vmk-deadline').count(), { timeout: 15_000 }).toBe(1);
    const [caseBadge] = await pageBadges(page, 'tr.arenderad', 'data-arende-id');
    expect(caseBadge).toMatchObject({ id: 'case', due: expected(created.inkommet).due, level: 'green' });

    await page.goto(session.url('1177', '/arenden'));
    await expect
      .poll(() => page.locator(`tr[data-arende-id="${created.id}"] vmk-deadline`).count(), {
        timeout: 15_000,
      })
      .toBe(1);

    // The one that came first is answered (by a colleague, through the tool's API): list and case show no
    // deadline.
    const open = (await getJson<Arende[]>(page, '/api/arenden')).filter((a) => a.status === 'obesvarat');
    const lateId = open.sort((a, b) => Date.parse(a.inkommet) - Date.parse(b.inkommet))[0]!.id;
    await post(page, `/api/arenden/${lateId}/svar`, { text: 'Tack, vi har förnyat receptet.' });
    await page.reload();
    await expect.poll(() => page.locator('vmk-deadline').count(), { timeout: 15_000 }).toBe(6);
    expect(await page.locator(`tr[data-arende-id="${lateId}"] vmk-deadline`).count()).toBe(0);
    await page.goto(session.url('1177', `/arende/${lateId}`));
    // The check marks the page once it has looked (the case view included): only then is no badge an answer.
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-vmk-deadlines-rows'));
    expect(await page.locator('vmk-deadline').count()).toBe(0);
    await page.close();
  });
});

describe('Vård och hälsa (single-page app, live updates)', () => {
  interface Summary {
    id: string;
    status: string;
    receivedAt: string;
  }

  it('badges the open conversations once the list has loaded, and follows a new message and an answer live', async () => {
    const page = await session.newPage();
    await page.goto(session.url('vardochhalsa', '/meddelanden'));
    const inbox = await getJson<{ items: Summary[] }>(page, '/api/conversations?inbox=mine');
    const want = new Map(
      inbox.items.filter((c) => c.status === 'open').map((c) => [c.id, expected(c.receivedAt)]),
    );
    await expect.poll(() => page.locator('vmk-deadline').count(), { timeout: 15_000 }).toBe(want.size);
    checkBadges(await pageBadges(page, 'li.vc-conversation-item', 'data-conversation-id'), want);

    // A message arrives: the app shows it within a few seconds, and its badge comes with it.
    const arrived = (await post(page, '/api/test/new-message', {})) as { conversationId: string };
    const row = page.locator(`li[data-conversation-id="${arrived.conversationId}"]`);
    await expect.poll(() => row.locator('vmk-deadline').count(), { timeout: 15_000 }).toBe(1);
    expect(await row.locator('vmk-deadline').getAttribute('data-vmk-deadlines-level')).toBe('green');

    // Answered: the row's status changes in place, and its badge goes; the others stay as they were.
    const others = page.locator('vmk-deadline');
    const before = await others.count();
    await post(page, `/api/conversations/${arrived.conversationId}/messages`, {
      text: 'Hej! Vi ringer upp dig i morgon.',
    });
    await expect.poll(() => row.locator('vmk-deadline').count(), { timeout: 15_000 }).toBe(0);
    expect(await others.count()).toBe(before - 1);
    await page.close();
  });
});

describe('Stöd och behandling (React, each program its own answer time)', () => {
  interface Moment {
    svarstidVardagar: number;
    meddelanden: { id: string; direction: string; status: string | null; at: string }[];
  }

  for (const momentId of ['2041', '2043']) {
    it(`moment ${momentId}: the resident’s open messages, due by the program’s own "Svarstid"`, async () => {
      const page = await session.newPage();
      await page.goto(session.url('sob', `/moment/${momentId}`));
      const moment = await getJson<Moment>(page, `/api/moment/${momentId}`);
      const want = new Map(
        moment.meddelanden
          .filter((m) => m.direction === 'in' && m.status === 'obesvarat')
          .map((m) => [m.id, expected(m.at, moment.svarstidVardagar)]),
      );
      expect(want.size).toBeGreaterThan(0);
      await expect.poll(() => page.locator('vmk-deadline').count(), { timeout: 15_000 }).toBe(want.size);
      checkBadges(await pageBadges(page, 'li.sob-meddelande--in', 'data-meddelande-id'), want);
      await page.close();
    });
  }

  it('follows a new message and the therapist’s answer live', async () => {
    const page = await session.newPage();
    await page.goto(session.url('sob', '/moment/2042'));
    await expect.poll(() => page.locator('vmk-deadline').count(), { timeout: 15_000 }).toBe(1);
    // The replica's app takes the data version on its first poll (after 3 s) and reloads when it changes later.
    await page.waitForTimeout(3500);
    const arrived = (await post(page, '/api/test/new-message', { momentId: '2042' })) as {
      messageId: string;
    };
    const row = page.locator(`li[data-meddelande-id="${arrived.messageId}"]`);
    await expect.poll(() => row.locator('vmk-deadline').count(), { timeout: 15_000 }).toBe(1);
    await post(page, '/api/moment/2042/meddelanden', { text: 'Tack för ditt meddelande!' });
    await expect.poll(() => page.locator('vmk-deadline').count(), { timeout: 15_000 }).toBe(0);
    await page.close();
  });
});

/** A replica page fetched from Node: to 127.0.0.1 with the replica's host name (Node does not resolve *.localhost). */
function fetchFromReplica(url: string): Promise<string> {
  const { host, pathname, search } = new URL(url);
  return new Promise((resolve, reject) => {
    const request = httpGet(
      { host: '127.0.0.1', port: session.port, path: `${pathname}${search}`, headers: { host } },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve(body));
      },
    );
    request.on('error', reject);
  });
}

describe.skipIf(POLICY.skip)(POLICY.name('IT’s own selectors for a changed list'), () => {
  /** The 1177 list with other class names, as after an update of the tool. */
  const RENAMED: [RegExp, string][] = [
    [/\barendelista\b/g, 'arendetabell'],
    [/\barenderad\b/g, 'rad'],
    [/class="inkommet"/g, 'class="mottaget"'],
    [/\barendestatus\b/g, 'tillstand'],
    [/\barende-lank\b/g, 'lank'],
  ];

  afterEach(async () => {
    removePolicy();
    await reloadPolicies(session.browser.context);
  });

  it('annotates the changed list once policy names its selectors (and applies the policy’s rule)', async () => {
    const page = await session.newPage();
    await page.route('**/arenden', async (route) => {
      let body = await fetchFromReplica(route.request().url());
      for (const [from, to] of RENAMED) body = body.replace(from, to);
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    });
    await page.goto(session.url('1177', '/arenden'));
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-vmk-portal'), null, {
      timeout: 15_000,
    });
    expect(await page.locator('tr.rad').count()).toBeGreaterThan(0);
    // The check has looked and found no message rows in the changed list: no badge, and it says why.
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-vmk-deadlines-rows'));
    expect(await page.getAttribute('html', 'data-vmk-deadlines-rows')).toBe('0');
    expect(await page.locator('vmk-deadline').count()).toBe(0);

    writePolicy(session.extensionId, {
      portals: {
        '1177': {
          selectors: {
            messageRow: ['table.arendetabell tbody tr.rad'],
            messageArrival: ['.mottaget time[datetime]', '.mottaget'],
            messageStatus: ['.tillstand .status'],
            messageLink: ['a.lank'],
          },
        },
      },
      checks: { deadlines: { services: { '1177': { workingDays: 3 } } } },
    });
    await reloadPolicies(session.browser.context);
    const arenden = await getJson<{ id: string; status: string; inkommet: string }[]>(page, '/api/arenden');
    const want = new Map(
      arenden.filter((a) => a.status === 'obesvarat').map((a) => [a.id, expected(a.inkommet, 3)]),
    );
    await expect
      .poll(() => page.locator('vmk-deadline').count(), { timeout: 20_000, interval: 500 })
      .toBe(want.size);
    checkBadges(await pageBadges(page, 'tr.rad', 'data-arende-id'), want);
    await page.close();
  });

  it('SoB: the program name and the stated answer time are read where policy points, not where the replica puts them', async () => {
    interface Moment {
      svarstidVardagar: number;
      meddelanden: { id: string; direction: string; status: string | null; at: string }[];
    }
    const page = await session.newPage();
    await page.goto(session.url('sob', '/moment/2041'));
    const moment = await getJson<Moment>(page, '/api/moment/2041');
    const open = moment.meddelanden.filter((m) => m.direction === 'in' && m.status === 'obesvarat');
    const wantBy = (workingDays: number) => new Map(open.map((m) => [m.id, expected(m.at, workingDays)]));
    const badgesShowing = async (workingDays: number) => {
      const want = wantBy(workingDays);
      await expect
        .poll(async () =>
          (await pageBadges(page, 'li.sob-meddelande--in', 'data-meddelande-id')).map((b) => b.due).sort(),
        )
        .toEqual([...want.values()].map((w) => w.due).sort());
      checkBadges(await pageBadges(page, 'li.sob-meddelande--in', 'data-meddelande-id'), want);
    };
    // The program's own "Svarstid" first.
    await badgesShowing(moment.svarstidVardagar);

    // The answer time pointed at the heading, which states none: the programs' default from policy applies.
    const DEFAULT_DAYS = moment.svarstidVardagar + 2;
    const services = { sob: { default: { workingDays: DEFAULT_DAYS } } };
    writePolicy(session.extensionId, {
      portals: { sob: { selectors: { answerTime: ['.sob-moment-huvud h1'] } } },
      checks: { deadlines: { services } },
    });
    await reloadPolicies(session.browser.context);
    await badgesShowing(DEFAULT_DAYS);

    // The program's name read from another element, and IT's rule for that name.
    writePolicy(session.extensionId, {
      portals: { sob: { selectors: { programName: ['.sob-moment-fakta dt'] } } },
      checks: {
        deadlines: { services: { sob: { ...services.sob, programs: { Invånare: { workingDays: 1 } } } } },
      },
    });
    await reloadPolicies(session.browser.context);
    await badgesShowing(1);
    await page.close();
  });
});

describe('privacy', () => {
  it('sent no request off the computer', () => {
    expect(session.outsideRequests()).toEqual([]);
  });
});
