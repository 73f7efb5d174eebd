/**
 * A portal the extension has never heard of, pointed at by a real policy file and nothing else: test pages on a
 * host no built-in pattern matches (127.0.0.1/nord/, tests/replicas/nord, all invented), with markup, words, paths
 * and message identities unlike the replicas. Policy turns each check on there (badges with the portal's own rule
 * on a table and on a single-page list, the toolbar count and the popup list, the signature button with the
 * portal's template, the chip in its video room), tells why nothing happens where the profile is wrong, and turns
 * it all off again: no click, no reload of an open tab.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeText } from './checklist-support.ts';
import { hasContentScriptWorld } from '../../scripts/content-script-world.ts';
import { oracleDue, swedishDate, type OracleDue } from './due-oracle.ts';
import { startFakeCameraSession, type FakeCameraSession } from './fake-camera.ts';
import type { E2eSession } from './harness.ts';
import { POLICY, reloadPolicies, removePolicy, writePolicy } from './policy.ts';
import { coverings } from './placement-support.ts';
import { waitForChipState } from './call-overlay-support.ts';
import { openRealPopup } from './real-popup.ts';

declare const chrome: { scripting: { getRegisteredContentScripts(): Promise<unknown[]> } };

const PROFILE = { name: 'Eva Exempel', title: 'Sjuksköterska', unit: 'Mottagning Nord' };

/** Journalportalen Nord, as IT would describe it: every field of the profile from policy. */
const NORD = {
  name: 'Journalportalen Nord',
  urlPatterns: ['http://127.0.0.1/nord/v3/*', 'http://127.0.0.1/nord/rum/*'],
  pages: {
    inbox: { paths: ['^/nord/v3/korg$'] },
    case: { paths: ['^/nord/v3/arende/[\\w-]+$'] },
    // No path: a page showing the clinician's own camera is the video meeting (the built-in default).
  },
  selectors: {
    messageRow: ['tr[data-arende-nr]'],
    messageArrival: ['[data-inkom]', 'td.c_q7'],
    messageStatus: ['.p_3k'],
    messageLink: ['a.l_9'],
    caseView: ['section.s_case'],
    replyField: ['textarea[aria-label="Ditt svar"]'],
    sendButton: ['button[data-action="skicka"]'],
    remoteVideo: ['video.v_them'],
    callControls: ['[role="toolbar"][aria-label="Mötesknappar"]'],
    endCallButton: ['button[data-action="lamna"]'],
  },
  statusWords: { open: ['åtgärda'] },
  messageKey: { from: 'attribute', attribute: 'data-arende-nr' },
  arrival: { attributes: ['data-inkom'] },
  // No presence mark here: the checks IT chose.
  checks: ['deadlines', 'signature', 'callOverlay', 'checklist'],
  deadlineRule: { workingDays: 3 },
  signatureTemplate: 'Vänliga hälsningar\n{name}, {title}\n{unit}',
};

/** The same vendor's single-page app: recognised by what it shows, its rows told apart after "#". */
const NORD_APP = {
  name: 'Nord-appen',
  urlPatterns: ['http://127.0.0.1/nord/app*'],
  pages: {
    inbox: { contains: ['[data-app-view="lista"]'] },
    case: { contains: ['[data-app-view="meddelande"]'] },
  },
  selectors: {
    messageRow: ['[role="row"].row-3f'],
    messageArrival: ['.when-8'],
    messageStatus: ['.st-2'],
    messageLink: ['a[href^="#/meddelande/"]'],
    caseView: ['[data-app-view="meddelande"]'],
  },
  messageKey: { from: 'link-full' },
};

/** The old version beside the new one, with a profile that misses the arrival, the status and the key. */
const NORD_OLD = {
  name: 'Journalportalen Nord (gammal)',
  urlPatterns: ['http://127.0.0.1/nord/gammal/*'],
  pages: { inbox: { paths: ['^/nord/gammal/korg$'] } },
  selectors: {
    messageRow: ['tr[data-arende-nr]'],
    messageArrival: ['.mottaget-finns-inte'],
    messageStatus: ['.status-finns-inte'],
  },
};

const POLICY_VALUES = {
  'portals.custom': JSON.stringify({ nord: NORD, 'nord-app': NORD_APP, 'nord-gammal': NORD_OLD }),
  'profile.name': PROFILE.name,
  'profile.title': PROFILE.title,
  'profile.unit': PROFILE.unit,
};

interface NordCase {
  nr: string;
  inkom: string;
  status: string;
}
interface NordAppMessage {
  id: string;
  at: string;
  status: string;
}

const OPEN_WORDS = /^(obesvarade|väntar på svar|ny|nytt|oläst|att åtgärda)$/i;

let call: FakeCameraSession;
let session: E2eSession;
let korg: Page;
let cases: NordCase[];
let appMessages: NordAppMessage[];
/** The open messages the pages showed, with the due time the portal's rule gives. */
const shown: { portal: string; due: OracleDue }[] = [];

function nord(path: string): string {
  return `http://127.0.0.1:${session.port}/nord${path}`;
}

async function deliver(policy: unknown | undefined): Promise<void> {
  if (policy === undefined) removePolicy();
  else writePolicy(session.extensionId, policy);
  await reloadPolicies(session.browser.context);
}

async function getJson<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (url) => (await fetch(url)).json(), path) as Promise<T>;
}

function portalMark(page: Page): Promise<string | null> {
  return page.evaluate(() => document.documentElement.getAttribute('data-vmk-portal'));
}

/** Each badge's message (by the row's id attribute) and the due time it shows. */
function badges(page: Page, rowAttribute: string): Promise<{ row: string; due: string }[]> {
  return page.locator('vmk-deadline').evaluateAll(
    (hosts, attribute) =>
      hosts.map((host) => ({
        row: host.closest(`[${attribute}]`)?.getAttribute(attribute) ?? '',
        // The badge's own words when it shows no due time ("Kan inte läsa datum", "Kontrollera datum").
        due: host.getAttribute('data-vmk-due') ?? host.shadowRoot?.textContent ?? '',
      })),
    rowAttribute,
  );
}

describe.skipIf(POLICY.skip)(POLICY.name('a portal the extension does not know, by policy alone'), () => {
  beforeAll(async () => {
    removePolicy();
    call = await startFakeCameraSession('astronaut-wall-ok.jpg');
    session = call.session;
  });
  afterAll(async () => {
    removePolicy();
    await call?.close();
  });

  it('without a policy, its pages are left alone', async () => {
    // The extension is up: a built-in portal page gets its mark.
    const builtIn = await session.newPage();
    await builtIn.goto(session.url('1177', '/installningar'));
    await expect.poll(() => portalMark(builtIn), { timeout: 15_000 }).toBe('1177');
    await builtIn.close();

    korg = await session.newPage();
    await korg.goto(nord('/v3/korg'));
    cases = await getJson<NordCase[]>(korg, '/nord/api/korg');
    // Never injected, not merely not yet.
    expect(await hasContentScriptWorld(korg, session.extensionId)).toBe(false);
    expect(await portalMark(korg)).toBeNull();
    expect(await korg.locator('vmk-deadline').count()).toBe(0);
  });

  it('policy alone turns it on in the tab already open: badges by its own rule, words and identities', async () => {
    await deliver(POLICY_VALUES);
    // No click, no reload: the open tab gets the checks.
    await expect.poll(() => portalMark(korg), { timeout: 30_000 }).toBe('nord');
    const open = cases.filter((entry) => OPEN_WORDS.test(entry.status));
    // Obesvarade, Väntar på svar, Ny (built-in Swedish words) and Att åtgärda (IT's word); not Besvarad, Stängd.
    expect(open.map((entry) => entry.nr)).toEqual(['N-2001', 'N-2002', 'N-2003', 'N-2006']);
    await expect.poll(() => korg.locator('vmk-deadline').count(), { timeout: 15_000 }).toBe(open.length);
    const wanted = open.map((entry) => {
      const due = oracleDue(new Date(entry.inkom), NORD.deadlineRule.workingDays);
      shown.push({ portal: NORD.name, due });
      return { row: entry.nr, due: due.at.toISOString() };
    });
    const found = (await badges(korg, 'data-arende-nr')).map(({ row, due }) => ({
      row,
      due: Number.isNaN(Date.parse(due)) ? due : new Date(due).toISOString(),
    }));
    expect(found.sort((a, b) => a.row.localeCompare(b.row))).toEqual(wanted);
    // The checks IT chose: no presence mark on this portal.
    expect(await korg.locator('vmk-presence').count()).toBe(0);
  });

  it('a single-page list, recognised by what it shows, its rows told apart by the part after "#"', async () => {
    const app = await session.newPage();
    await app.goto(nord('/app'));
    appMessages = await getJson<NordAppMessage[]>(app, '/nord/api/app');
    const open = appMessages.filter((message) => OPEN_WORDS.test(message.status));
    expect(open.map((message) => message.id)).toEqual(['M-31', 'M-32']);
    await expect.poll(() => portalMark(app), { timeout: 15_000 }).toBe('nord-app');
    await expect.poll(() => app.locator('vmk-deadline').count(), { timeout: 15_000 }).toBe(open.length);
    await expect
      .poll(() => app.evaluate(() => document.documentElement.getAttribute('data-vmk-page')))
      .toBe('inbox');
    const found = await app.locator('vmk-deadline').evaluateAll((hosts) =>
      hosts.map((host) => ({
        row: host.closest('[role="row"]')?.querySelector('a')?.getAttribute('href') ?? '',
        due: host.getAttribute('data-vmk-due'),
      })),
    );
    const wanted = open.map((message) => {
      const due = oracleDue(new Date(message.at));
      shown.push({ portal: NORD_APP.name, due });
      return { row: `#/meddelande/${message.id}`, due: due.at.toISOString() };
    });
    expect(found.map(({ row, due }) => ({ row, due: due && new Date(due).toISOString() }))).toEqual(wanted);
    // A view of one message, at the same address: the page kind follows what the app shows.
    await app.goto(nord('/app#/meddelande/M-31'));
    await expect
      .poll(() => app.evaluate(() => document.documentElement.getAttribute('data-vmk-page')), {
        timeout: 15_000,
      })
      .toBe('case');
    await app.close();
  });

  it('the toolbar count and the popup list match the badges, under the portals’ own names', async () => {
    const today = swedishDate(new Date());
    const counted = () =>
      shown
        .filter(({ due }) => due.at.getTime() <= Date.now() || due.day <= today)
        .map(({ portal }) => portal)
        .sort();
    expect(shown).toHaveLength(6);
    await expect
      .poll(async () => ({ badge: await badgeText(session), wanted: counted() }), { timeout: 15_000 })
      .toSatisfy(({ badge, wanted }) => badge === (wanted.length > 0 ? String(wanted.length) : ''));
    const popup = await session.newPage();
    await popup.goto(session.extensionUrl('popup.html'));
    const entries = popup.locator('[data-vmk-section="deadlines"] [data-vmk-deadline-entry]');
    await expect.poll(() => entries.count(), { timeout: 10_000 }).toBe(counted().length);
    const names = await entries.evaluateAll((items) =>
      items.map((item) => item.querySelector('a')?.textContent ?? ''),
    );
    expect(names.sort()).toEqual(counted());
    await popup.close();
  });

  it('the signature button on its reply field, with the portal’s own template, into what it sends', async () => {
    const page = await session.newPage();
    await page.goto(nord('/v3/arende/N-2001'));
    const field = page.locator('textarea[aria-label="Ditt svar"]');
    await field.fill('Hej! Provsvaret är normalt.');
    await page.getByRole('button', { name: 'Infoga signatur i svaret' }).click();
    const signed = [
      'Hej! Provsvaret är normalt.',
      '',
      'Vänliga hälsningar',
      `${PROFILE.name}, ${PROFILE.title}`,
      PROFILE.unit,
    ].join('\n');
    await expect.poll(() => field.inputValue(), { timeout: 10_000 }).toBe(signed);
    await page.getByRole('button', { name: 'Skicka svar' }).click();
    expect(await page.locator('ol.sent_4 li').allTextContents()).toEqual([signed]);
    await page.close();
  });

  it('the chip beside the clinician’s own picture in its video room, found by the camera alone', async () => {
    const room = await session.newPage();
    await room.goto(nord('/rum/R-7'));
    await expect
      .poll(() => room.evaluate(() => document.documentElement.getAttribute('data-vmk-page')), {
        timeout: 30_000,
      })
      .toBe('video');
    const chip = room.locator('vmk-call-overlay .vmk-call-chip');
    await chip.waitFor({ timeout: 60_000 });
    // The analyzer serves this host too: the good portrait gets its verdict.
    await waitForChipState(room, 'ok', 45_000);
    // The chip judges the clinician's picture, never the remote one.
    expect(await room.locator('video.pip_77').getAttribute('data-vmk-call-overlay')).not.toBeNull();
    expect(await room.locator('video.v_them').getAttribute('data-vmk-call-overlay')).toBeNull();
    // Styled and placed on this host as on the built-in portals' (its styles are the extension's own, served to
    // any host): a chip of its own layer, over none of the room's controls or links.
    expect(await chip.evaluate((element) => getComputedStyle(element).position)).toBe('fixed');
    expect(await coverings(room, '[role="toolbar"], [role="toolbar"] button, header a')).toEqual([]);
    await room.close();
  });

  it('where the profile is wrong, the options page and the popup say what was found and what is missing, no page text', async () => {
    const old = await session.newPage();
    await old.goto(nord('/gammal/korg'));
    await expect.poll(() => portalMark(old), { timeout: 15_000 }).toBe('nord-gammal');
    const options = await session.newPage();
    await options.goto(session.extensionUrl('options.html'));
    const findings = options.locator('[data-vmk-findings="nord-gammal"]');
    await findings.waitFor({ timeout: 15_000 });
    const codes = await findings
      .locator('[data-vmk-finding]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-vmk-finding')));
    // Neither a link nor a key attribute tells its rows apart either.
    expect(codes).toEqual(['rows-without-arrival', 'rows-without-status', 'rows-without-key']);
    expect(await findings.locator('[data-vmk-count="messageRow"] td').first().innerText()).toBe(
      String(cases.length),
    );
    expect(await findings.locator('[data-vmk-count="messageArrival"] td').first().innerText()).toBe('0');
    const text = await findings.innerText();
    expect(text).toContain('messageArrival');
    // Counts and selectors only: nothing of what the rows say.
    for (const entry of cases) {
      expect(text).not.toContain(entry.nr);
      expect(text).not.toMatch(new RegExp(`(?<!\\p{L})${entry.status}(?!\\p{L})`, 'u'));
    }
    expect(text).not.toContain('Fråga');
    // The portal that works shows no problem.
    const working = options.locator('[data-vmk-findings="nord"]');
    await working.waitFor({ timeout: 15_000 });
    expect(await working.locator('[data-vmk-finding]').count()).toBe(0);
    await options.close();

    // The popup, opened over that tab as the clinician opens it, says the same of this page alone.
    const popup = await openRealPopup(session, old);
    const shown = () =>
      popup.evaluate<{ portals: string[]; codes: string[]; text: string } | null>(`(() => {
        const section = document.querySelector('[data-vmk-popup-findings]');
        if (!section) return null;
        return {
          portals: [...section.querySelectorAll('[data-vmk-findings]')].map((e) => e.getAttribute('data-vmk-findings')),
          codes: [...section.querySelectorAll('[data-vmk-finding]')].map((e) => e.getAttribute('data-vmk-finding')),
          text: section.innerText,
        };
      })()`);
    await expect
      .poll(async () => (await shown())?.codes, { timeout: 15_000 })
      .toEqual(['rows-without-arrival', 'rows-without-status', 'rows-without-key']);
    const inPopup = (await shown())!;
    expect(inPopup.portals).toEqual(['nord-gammal']);
    expect(inPopup.text).toContain('Journalportalen Nord (gammal)');
    for (const entry of cases) expect(inPopup.text).not.toContain(entry.nr);
    await popup.close();
    await old.close();
  });

  it('policy alone turns it off again, in the open tab and in new ones', async () => {
    expect(await korg.locator('vmk-deadline').count()).toBeGreaterThan(0);
    await deliver(undefined);
    await expect.poll(() => portalMark(korg), { timeout: 30_000 }).toBeNull();
    await expect.poll(() => korg.locator('vmk-deadline').count(), { timeout: 10_000 }).toBe(0);
    // A new load of the page: the content script is no longer registered for it.
    const builtIn = await session.newPage();
    await builtIn.goto(session.url('1177', '/installningar'));
    await expect.poll(() => portalMark(builtIn), { timeout: 15_000 }).toBe('1177');
    // The background takes the run-time registration away after the open tabs stopped their checks.
    await expect
      .poll(
        () => session.browser.serviceWorker!.evaluate(() => chrome.scripting.getRegisteredContentScripts()),
        {
          timeout: 15_000,
        },
      )
      .toEqual([]);
    await korg.reload();
    // The page is left alone. (An isolated world of the extension still shows in the reloaded tab although no
    // script is registered for it any more; the checks do not run there, which is what this asserts.)
    await korg.waitForTimeout(1500);
    expect(await portalMark(korg)).toBeNull();
    expect(await korg.locator('vmk-deadline').count()).toBe(0);
  });

  it('sent no request off the computer', () => {
    expect(session.outsideRequests()).toEqual([]);
  });
});
