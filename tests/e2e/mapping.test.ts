/**
 * The mapping assistant, as an administrator uses it on a portal the extension has never heard of
 * (tests/replicas/vast, invented: generated class names, no ids, two tables with the same classes, patients' data
 * in every row): opened from the options page, every key picked with the mouse, the local draft making badges
 * appear at once, the export holding no page text, the .reg export written by the policy templates' generator, and
 * the exported JSON, written as a real policy file, making a fresh browser behave the same.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policyReg } from '../../lib/mapping/export.ts';
import { buildManagedSchema } from '../../lib/settings/managed-schema.ts';
import { extensionPolicyKey } from '../../lib/deploy/registry.ts';
import { convertKey, keyAt, parseReg, schemaViolations } from '../unit/deploy/reg-reader.ts';
import { oracleDue } from './due-oracle.ts';
import { startSession, type E2eSession } from './harness.ts';
import { POLICY, reloadPolicies, removePolicy, writePolicy } from './policy.ts';
import { openRealPopup, popupOpen } from './real-popup.ts';

interface VastMessage {
  nr: string;
  inkom: string;
  status: string;
}

const OPEN = /^(obesvarad|ny|åtgärdas)$/i;
const VIEWPORT = { width: 1700, height: 1000 };

let session: E2eSession;
let inbox: Page;
let messages: VastMessage[];
let patientData: string[];
/** The export as the options page shows it. */
let exported: { json: string; chrome: string; edge: string };

function vast(path: string): string {
  return `http://127.0.0.1:${session.port}/vast${path}`;
}

async function getJson<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (url) => (await fetch(url)).json(), path) as Promise<T>;
}

function portalMark(page: Page): Promise<string | null> {
  return page.evaluate(() => document.documentElement.getAttribute('data-vmk-portal'));
}

/** The kind of page the extension recognises there ('inbox', 'case' …), or null. */
function pageMark(page: Page): Promise<string | null> {
  return page.evaluate(() => document.documentElement.getAttribute('data-vmk-page'));
}

/** Each badge: the message it belongs to (its row's link) and the due time it shows. */
function badges(page: Page): Promise<{ link: string; due: string | null }[]> {
  return page.locator('vmk-deadline').evaluateAll((hosts) =>
    hosts.map((host) => ({
      link: host.closest('tr')?.querySelector('a')?.getAttribute('href') ?? '',
      due: host.getAttribute('data-vmk-due') && new Date(host.getAttribute('data-vmk-due')!).toISOString(),
    })),
  );
}

function wantedBadges(): { link: string; due: string }[] {
  return messages
    .filter((message) => OPEN.test(message.status))
    .map((message) => ({
      link: `/vast/arende/${message.nr}`,
      due: oracleDue(new Date(message.inkom)).at.toISOString(),
    }));
}

function sorted<T extends { link: string }>(list: T[]): T[] {
  return [...list].sort((a, b) => a.link.localeCompare(b.link));
}

/** Opens the assistant in the tab showing `page`, from the options page's list of tabs. */
async function openFromOptions(page: Page): Promise<void> {
  const options = await session.newPage();
  await options.goto(session.extensionUrl('options.html#kartlaggning'));
  const title = await page.title();
  const option = options.locator('#kartlaggning select option', { hasText: title });
  await options.locator('#kartlaggning select').selectOption(await option.first().getAttribute('value'));
  await options.getByRole('button', { name: 'Öppna kartläggningen i fliken' }).click();
  await expect.poll(() => page.locator('vmk-mapping [data-vmk-mapping-panel]').count()).toBe(1);
  await options.close();
}

/** Picks `key` (its Swedish name) by clicking `target` with the mouse; returns the selector and what it matched. */
async function pick(page: Page, key: string, target: Locator): Promise<{ selector: string; count: string }> {
  await page
    .locator('vmk-mapping')
    .getByRole('button', { name: `Välj ${key}`, exact: true })
    .first()
    .click();
  await target.click();
  const result = page.locator('vmk-mapping [data-vmk-pick-result]');
  await result.waitFor();
  const picked = {
    selector: (await result.locator('[data-vmk-selector]').textContent()) ?? '',
    count: (await result.locator('[data-vmk-count]').getAttribute('data-vmk-count')) ?? '',
  };
  await result.getByRole('button', { name: 'Använd i utkastet' }).click();
  await result.waitFor({ state: 'detached' });
  return picked;
}

describe.skipIf(POLICY.skip)(
  POLICY.name('mapping a portal the extension does not know, with the mouse'),
  () => {
    beforeAll(async () => {
      removePolicy();
      session = await startSession();
    });
    afterAll(async () => {
      removePolicy();
      await session?.close();
    });

    it('opens from the popup over the page and from the options page, on a page no portal matches, and says so', async () => {
      inbox = await session.newPage();
      await inbox.setViewportSize(VIEWPORT);
      await inbox.goto(vast('/inkorg'));
      messages = await getJson<VastMessage[]>(inbox, '/vast/api/inkorg');
      patientData = await getJson<string[]>(inbox, '/vast/api/patientdata');
      await inbox.waitForTimeout(1000);
      expect(await portalMark(inbox)).toBeNull();
      // The popup, opened over the page as the clinician opens it, opens it there and closes itself.
      const popup = await openRealPopup(session, inbox);
      await expect
        .poll(() =>
          popup.evaluate<string | null>(
            `document.querySelector('[data-vmk-open-mapping]')?.textContent ?? null`,
          ),
        )
        .toBe('Kartlägg den här sidan (IT)');
      await popup.evaluate(`document.querySelector('[data-vmk-open-mapping]').click()`);
      await expect.poll(() => inbox.locator('vmk-mapping [data-vmk-mapping-panel]').count()).toBe(1);
      await expect.poll(() => popupOpen(session)).toBe(false);
      await popup.close();
      // Closed, and opened again from the options page's list of tabs.
      await inbox.locator('vmk-mapping').getByRole('button', { name: 'Stäng', exact: true }).first().click();
      await expect.poll(() => inbox.locator('vmk-mapping [data-vmk-mapping-panel]').count()).toBe(0);
      await openFromOptions(inbox);
      await expect
        .poll(() => inbox.locator('vmk-mapping [data-vmk-mapping-portal]').textContent())
        .toContain('Ingen portal känns igen på 127.0.0.1');
    });

    it('the overlay passes axe, and every control in it is reachable by keyboard', async () => {
      const { violations } = await new AxeBuilder({ page: inbox })
        .include('vmk-mapping')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        .analyze();
      const serious = violations.filter(
        (violation) => violation.impact === 'serious' || violation.impact === 'critical',
      );
      expect(serious.map((violation) => violation.id)).toEqual([]);
      const controls = await inbox.evaluate(() => {
        const root = document.querySelector('vmk-mapping')!.shadowRoot!;
        const all = [...root.querySelectorAll<HTMLElement>('button:not([disabled]), select, textarea')];
        all.forEach((element, index) => element.setAttribute('data-stop', String(index)));
        return all.length;
      });
      const reached = new Set<string>();
      for (let press = 0; press < controls + 40 && reached.size < controls; press++) {
        await inbox.keyboard.press('Tab');
        const stop = await inbox.evaluate(
          () =>
            document.querySelector('vmk-mapping')?.shadowRoot?.activeElement?.getAttribute('data-stop') ??
            null,
        );
        if (stop) reached.add(stop);
      }
      expect(reached.size).toBe(controls);
    });

    it('a message row picked with the mouse: all rows of its table and none of the other table’s', async () => {
      const firstRow = inbox.locator('main tbody tr').first().locator('td').nth(2);
      // Wider takes in the other table's rows too; narrower comes back.
      const panel = inbox.locator('vmk-mapping');
      await panel.getByRole('button', { name: 'Välj meddelanderad', exact: true }).click();
      await firstRow.click();
      const count = () => panel.locator('[data-vmk-count]').getAttribute('data-vmk-count');
      expect(await count()).toBe(String(messages.length));
      await panel.getByRole('button', { name: 'Bredare' }).click();
      expect(await count()).toBe(String(messages.length + 2));
      await panel.getByRole('button', { name: 'Smalare' }).click();
      expect(await count()).toBe(String(messages.length));
      await panel.getByRole('button', { name: 'Avbryt' }).click();
      const row = await pick(inbox, 'meddelanderad', firstRow);
      // Two tables with the same classes: `tr` matches both; the picked selector finds the messages only.
      expect(await inbox.locator('main tbody tr').count()).toBe(messages.length + 2);
      expect(row.count).toBe(String(messages.length));
      expect(row.selector).not.toMatch(/__|\d/);
      // The draft applies at once: the page is a portal now, an inbox by its path.
      await expect.poll(() => portalMark(inbox), { timeout: 15_000 }).toBe('127-0-0-1');
      await expect
        .poll(() => inbox.evaluate(() => document.documentElement.getAttribute('data-vmk-page')), {
          timeout: 15_000,
        })
        .toBe('inbox');
    });

    it('arrival, status and link picked inside a row; badges appear on the open messages', async () => {
      const row = inbox.locator('main tbody tr').first();
      const arrival = await pick(inbox, 'inkom', row.locator('td').nth(3).locator('span'));
      expect(arrival.count).toBe(String(messages.length));
      await pick(inbox, 'status', row.locator('td').nth(4).locator('span'));
      const link = await pick(inbox, 'meddelandelänk', row.locator('a'));
      expect(link.selector).toBe('a[href*="/arende/"]');
      // "Åtgärdas" is this portal's own word: no badge until the administrator says what it means.
      const known = wantedBadges().filter((badge) => !badge.link.endsWith('V-304'));
      await expect.poll(async () => sorted(await badges(inbox)), { timeout: 15_000 }).toEqual(sorted(known));
    });

    it('a status text no word matches is shown, and confirmed as open with one click', async () => {
      const texts = inbox.locator('vmk-mapping [data-vmk-status-texts] li[data-state="unknown"]');
      await expect.poll(() => texts.allTextContents()).toEqual([expect.stringContaining('Åtgärdas')]);
      await inbox
        .locator('vmk-mapping')
        .getByRole('group', { name: 'Räkna “Åtgärdas” som' })
        .getByRole('button', { name: 'obesvarat' })
        .click();
      await expect
        .poll(async () => sorted(await badges(inbox)), { timeout: 15_000 })
        .toEqual(sorted(wantedBadges()));
      // The rows as read, on the administrator's screen only: every arrival read, no row without a key.
      const rows = inbox.locator('vmk-mapping [data-vmk-rows] tbody tr');
      expect(await rows.count()).toBe(messages.length);
      expect(await inbox.locator('vmk-mapping [data-vmk-rows] td.problem').count()).toBe(0);
      // axe again, with the overlay full: keys, rows and status texts.
      const { violations } = await new AxeBuilder({ page: inbox })
        .include('vmk-mapping')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        .analyze();
      expect(
        violations.filter((violation) => ['serious', 'critical'].includes(violation.impact ?? '')),
      ).toEqual([]);
    });

    it('on a case: the reply field and the send button, where the naive selector matches two of each', async () => {
      await inbox.goto(vast('/arende/V-301'));
      await expect.poll(() => portalMark(inbox), { timeout: 15_000 }).toBe('127-0-0-1');
      await openFromOptions(inbox);
      await inbox.locator('vmk-mapping select').selectOption('case');
      await expect
        .poll(() => inbox.evaluate(() => document.documentElement.getAttribute('data-vmk-page')), {
          timeout: 15_000,
        })
        .toBe('case');
      const reply = await pick(inbox, 'svarsfält', inbox.locator('main textarea').first());
      expect(reply).toEqual({ selector: 'textarea[name="svarstext"]', count: '1' });
      const send = await pick(
        inbox,
        'skicka',
        inbox.locator('main').getByRole('button', { name: 'Skicka', exact: true }),
      );
      expect(send).toEqual({ selector: 'button[type="submit"]', count: '1' });
      await expect
        .poll(() =>
          inbox.locator('vmk-mapping [data-vmk-keys] tr[data-key="sendButton"]').getAttribute('data-count'),
        )
        .toBe('1');
    });

    it('in the portal’s app, one address for the list and each message: each view known by what it shows', async () => {
      const app = await session.newPage();
      await app.setViewportSize(VIEWPORT);
      await app.goto(vast('/app'));
      await expect.poll(() => portalMark(app), { timeout: 15_000 }).toBe('127-0-0-1');
      expect(await pageMark(app)).toBeNull();
      await openFromOptions(app);
      const panel = app.locator('vmk-mapping');
      await panel.locator('[data-vmk-kind-by-content]').check();
      // A kind with nothing picked to know it by: the assistant says what to pick first, and changes nothing.
      await panel.locator('select').selectOption('settings');
      await expect.poll(() => panel.locator('[data-vmk-kind-missing]').textContent()).toContain('Välj först');
      expect(await pageMark(app)).toBeNull();
      // The list: known by its message rows (picked on the inbox), with the badges of the inbox.
      await panel.locator('select').selectOption('inbox');
      await expect.poll(() => pageMark(app), { timeout: 15_000 }).toBe('inbox');
      const dues = async () => (await badges(app)).map((badge) => badge.due).sort();
      const wantedDues = wantedBadges()
        .map((badge) => badge.due)
        .sort();
      await expect.poll(dues, { timeout: 15_000 }).toEqual(wantedDues);
      // A message, drawn in place at the same address: no inbox any more, and a case once IT says so.
      await app.locator('main a[href="#/arende/V-301"]').click();
      await expect.poll(() => pageMark(app), { timeout: 15_000 }).toBeNull();
      await panel.locator('select').selectOption('case');
      await expect.poll(() => pageMark(app), { timeout: 15_000 }).toBe('case');
      expect(app.url()).toBe(vast('/app#/arende/V-301'));
      // Back to the list: an inbox again, badges and all.
      await app.goBack();
      await expect.poll(() => pageMark(app), { timeout: 15_000 }).toBe('inbox');
      await expect.poll(dues, { timeout: 15_000 }).toEqual(wantedDues);
      await app.close();
    });

    it('exports JSON and .reg for Chrome and Edge, with no page text, names or numbers in them', async () => {
      const options = await session.newPage();
      await options.goto(session.extensionUrl('options.html#kartlaggning'));
      const text = (id: string) => options.locator(`[data-vmk-export="${id}"] textarea`).inputValue();
      exported = { json: await text('json'), chrome: await text('reg-chrome'), edge: await text('reg-edge') };
      // The diagnostics for support: the open portal tab's counts per key and its page kind, no page content.
      // (A tab reports its findings a moment after it changes: asked again until the case page's are in.)
      type Diagnostics = {
        extension: { version: string };
        pages: { portal: string; page: string; keys: { key: string; count: number }[] }[];
      };
      const diagnostics = async () => {
        await options.getByRole('button', { name: 'Kopiera diagnostiken' }).click();
        return JSON.parse(await options.locator('[data-vmk-diagnostics]').inputValue()) as Diagnostics;
      };
      await expect
        .poll(async () => (await diagnostics()).pages, { timeout: 15_000 })
        .toContainEqual(
          expect.objectContaining({
            portal: '127-0-0-1',
            page: 'case',
            keys: expect.arrayContaining([
              expect.objectContaining({ key: 'replyField', count: 1 }),
            ]) as unknown,
          }),
        );
      expect((await diagnostics()).extension.version).toMatch(/^\d+\.\d+\.\d+/);
      // Nor does the draft kept in this browser's storage.
      const stored = JSON.stringify(
        await options.evaluate(() =>
          (
            globalThis as unknown as {
              chrome: { storage: { local: { get(key: string): Promise<unknown> } } };
            }
          ).chrome.storage.local.get('mapping:draft'),
        ),
      ).toLowerCase();
      expect(stored).toContain('tr:has');
      expect(patientData.filter((text) => stored.includes(text.toLowerCase()))).toEqual([]);
      const support = (await options.locator('[data-vmk-diagnostics]').inputValue()).toLowerCase();
      expect(patientData.filter((text) => support.includes(text.toLowerCase()))).toEqual([]);
      await options.close();
      const all = `${exported.json}\n${exported.chrome}\n${exported.edge}`.toLowerCase();
      expect(patientData.length).toBeGreaterThan(20);
      const leaked = patientData
        .flatMap((text) => [text, ...text.split(/[\s,]+/).filter((word) => word.length >= 5)])
        .filter((text) => all.includes(text.toLowerCase()));
      expect(leaked).toEqual([]);
      expect(all).not.toMatch(/\d{8}-\d{4}/);
    });

    it('the .reg export is what the policy templates’ generator writes, and reads back as the JSON policy', async () => {
      const file = JSON.parse(exported.json) as {
        '3rdparty': { extensions: Record<string, Record<string, unknown>> };
      };
      const policy = file['3rdparty'].extensions[session.extensionId]!;
      expect(Object.keys(policy)).toEqual(['portals.custom']);
      const managedSchema = buildManagedSchema() as Parameters<typeof schemaViolations>[1];
      for (const browser of ['chrome', 'edge'] as const) {
        const reg = exported[browser];
        expect(reg.replace(/\n/g, '\r\n')).toBe(policyReg(browser, session.extensionId, policy));
        const key = keyAt(
          parseReg(reg.replace(/\n/g, '\r\n')),
          extensionPolicyKey(browser, session.extensionId),
        );
        expect(key).toBeDefined();
        const read = convertKey(key!, managedSchema);
        expect(read).toEqual(policy);
        expect(schemaViolations(read, managedSchema)).toEqual([]);
      }
      const profile = (
        JSON.parse(policy['portals.custom'] as string) as Record<
          string,
          { selectors: Record<string, string[]> }
        >
      )['127-0-0-1'];
      expect(Object.keys(profile?.selectors ?? {}).sort()).toEqual(
        ['messageArrival', 'messageLink', 'messageRow', 'messageStatus', 'replyField', 'sendButton'].sort(),
      );
    });

    it('written as a real policy file, the export makes a fresh browser show the same badges', async () => {
      const file = JSON.parse(exported.json) as { '3rdparty': { extensions: Record<string, unknown> } };
      await session.close();
      writePolicy(session.extensionId, file['3rdparty'].extensions[session.extensionId]);
      session = await startSession();
      const page = await session.newPage();
      await page.goto(vast('/inkorg'));
      messages = await getJson<VastMessage[]>(page, '/vast/api/inkorg');
      await expect.poll(() => portalMark(page), { timeout: 30_000 }).toBe('127-0-0-1');
      await expect
        .poll(async () => sorted(await badges(page)), { timeout: 15_000 })
        .toEqual(sorted(wantedBadges()));
      // No draft in this browser: the policy alone did it.
      const options = await session.newPage();
      await options.goto(session.extensionUrl('options.html#kartlaggning'));
      await expect.poll(() => options.locator('#kartlaggning').textContent()).toContain('Inget utkast.');
      await options.close();
      await page.close();
    });

    it('IT switches the assistant off by policy: no way into it in the popup or on the options page', async () => {
      const file = JSON.parse(exported.json) as {
        '3rdparty': { extensions: Record<string, Record<string, unknown>> };
      };
      writePolicy(session.extensionId, {
        ...file['3rdparty'].extensions[session.extensionId],
        'portals.mappingAssistant': false,
      });
      await reloadPolicies(session.browser.context);
      const options = await session.newPage();
      await options.goto(session.extensionUrl('options.html#kartlaggning'));
      await expect
        .poll(() => options.locator('#kartlaggning').textContent())
        .toContain('IT har stängt av kartläggningen');
      expect(await options.getByRole('button', { name: 'Öppna kartläggningen i fliken' }).count()).toBe(0);
      const popup = await session.newPage();
      await popup.goto(session.extensionUrl('popup.html'));
      await popup.locator('h1').waitFor();
      await popup.waitForTimeout(500);
      expect(await popup.locator('[data-vmk-open-mapping]').count()).toBe(0);
    });
  },
);
