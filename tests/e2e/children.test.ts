/**
 * The children check in Chromium with the built extension, against the replica portals: the hint for a child under
 * 13 with protected identity, for 13–17 before and after Journalen's age limit, none for an adult, on the 1177 case
 * view, in Vård och hälsa's late-loading conversation and in a Stöd och behandling program (a React app); it stays
 * off the portal's controls and can be closed.
 * Then the proof that the number was read and not kept: every storage the extension has, and the console of every
 * context it runs code in, hold no form of any patient number the pages showed.
 */
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { inContentScript } from './checklist-support.ts';
import { startSession, type E2eSession } from './harness.ts';

let session: E2eSession;
/** Every console message of the browser: pages, frames, content scripts, extension pages and the service worker. */
const consoleLines: string[] = [];
/** Every patient number a page showed while the extension was on it. */
const shownNumbers = new Set<string>();

beforeAll(async () => {
  session = await startSession();
  session.browser.context.on('console', (message) => consoleLines.push(message.text()));
});
afterAll(async () => {
  await session?.close();
});

/** The patient field's number as the page shows it, remembered for the storage and console checks. */
async function shownNumber(page: Page, selector: string): Promise<string> {
  const text = (await page.locator(selector).innerText()).trim();
  expect(text).toMatch(/^\d{8}-\d{4}$/);
  shownNumbers.add(text);
  return text;
}

const hint = (page: Page) => page.locator('vmk-child-hint [data-vmk-child-hint]');

async function openCase(id: string): Promise<Page> {
  const page = await session.newPage();
  await page.goto(session.url('1177', `/arende/${id}`));
  await shownNumber(page, 'article.arende .personnummer');
  return page;
}

/** The field carries the check's mark once it has read it: a sign that the extension looked. */
async function readByExtension(page: Page, selector: string): Promise<string | null> {
  await expect
    .poll(() => page.locator(selector).getAttribute('data-vmk-children'), { timeout: 15_000 })
    .not.toBeNull();
  return page.locator(selector).getAttribute('data-vmk-children');
}

describe('the hint on the 1177 case view', () => {
  it('a 9-year-old with protected identity: under 13, and what that means for a guardian', async () => {
    const page = await openCase('104211');
    await hint(page).waitFor({ timeout: 15_000 });
    expect(await hint(page).getAttribute('data-vmk-child-hint')).toBe('under13');
    const text = await hint(page).innerText();
    expect(text).toContain('Patienten är under 13 år');
    expect(text).toContain('Barn och ungdomar har egna flöden i Vård och hälsa.');
    expect(text).toContain('kan inte logga in i Journalen (från 16 år) eller Läkemedelskollen (från 18 år)');
    expect(text).toContain(
      'Barnet har skyddad identitet: vårdnadshavare kan inte agera ombud eller utföra ärenden åt barnet.',
    );
    // The routines' links: the public pages the guideline names, by default.
    const links = await hint(page)
      .locator('a')
      .evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
    expect(links).toEqual([
      expect.stringContaining('Barn%20i%20V%c3%a5rd%20och%20h%c3%a4lsa.pdf'),
      expect.stringContaining('Rutin%20Inloggning%20och%20identifiering'),
      expect.stringContaining('/jvn/rutiner-och-styrande-dokument-barn-jvn/'),
    ]);
    await page.close();
  });

  it('sits off every control of the page, passes axe, and closes', async () => {
    const page = await openCase('104211');
    await hint(page).waitFor({ timeout: 15_000 });
    await expect.poll(() => hint(page).getAttribute('data-vmk-placement'), { timeout: 10_000 }).toBe('full');
    const overlaps = await page.evaluate(() => {
      const root = document
        .querySelector('vmk-child-hint')
        ?.shadowRoot?.querySelector('[data-vmk-child-hint]');
      if (!root) return ['no hint'];
      const box = root.getBoundingClientRect();
      return [...document.querySelectorAll('a, button, input, textarea, select')]
        .filter((control) => {
          const other = control.getBoundingClientRect();
          if (other.width === 0 || other.height === 0) return false;
          return !(
            other.right <= box.left ||
            other.left >= box.right ||
            other.bottom <= box.top ||
            other.top >= box.bottom
          );
        })
        .map((control) => control.outerHTML.slice(0, 80));
    });
    expect(overlaps).toEqual([]);
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .include('vmk-child-hint')
      .analyze();
    expect(violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    await hint(page).getByRole('button', { name: 'Stäng tipset om barn' }).click();
    await expect.poll(() => hint(page).count()).toBe(0);
    await page.close();
  });

  it('15 and 17: 13–17, with Journalen open only from 16; the general rule on protected identity', async () => {
    const fifteen = await openCase('104212');
    await hint(fifteen).waitFor({ timeout: 15_000 });
    expect(await hint(fifteen).getAttribute('data-vmk-child-hint')).toBe('13to17');
    const fifteenText = await hint(fifteen).innerText();
    expect(fifteenText).toContain('Patienten är 13–17 år');
    expect(fifteenText).toContain('kan inte logga in i Journalen (från 16 år)');
    expect(fifteenText).toContain(
      'Vårdnadshavare kan inte agera ombud för barnet om vårdnadshavaren eller barnet har skyddad identitet.',
    );
    await fifteen.close();

    const seventeen = await openCase('104210');
    await hint(seventeen).waitFor({ timeout: 15_000 });
    expect(await hint(seventeen).innerText()).toContain(
      'Patienten kan logga in i Journalen men inte i Läkemedelskollen (från 18 år).',
    );
    await seventeen.close();
  });

  it('an adult: read, and no hint', async () => {
    const page = await openCase('104213');
    expect(await readByExtension(page, 'article.arende .personnummer')).toBe('read');
    expect(await page.locator('vmk-child-hint').count()).toBe(0);
    await page.close();
  });
});

describe('the hint in Vård och hälsa', () => {
  it('appears when the conversation of an 11-year-old with protected identity has loaded', async () => {
    const page = await session.newPage();
    await page.goto(session.url('vardochhalsa', '/meddelanden/c3106'));
    await shownNumber(page, '.vc-conversation-header .vc-personal-number');
    await hint(page).waitFor({ timeout: 15_000 });
    expect(await hint(page).getAttribute('data-vmk-child-hint')).toBe('under13');
    expect(await hint(page).innerText()).toContain('Barnet har skyddad identitet');
    await page.close();
  });

  it('none for an adult, once the number has been read', async () => {
    const page = await session.newPage();
    await page.goto(session.url('vardochhalsa', '/meddelanden/c3108'));
    await shownNumber(page, '.vc-conversation-header .vc-personal-number');
    expect(await readByExtension(page, '.vc-conversation-header .vc-personal-number')).toBe('read');
    expect(await page.locator('vmk-child-hint').count()).toBe(0);
    await page.close();
  });
});

/** Every form a number may take when written down: as shown, 10 and 12 digits, `-`, `+`, space, and the birth date. */
function formsOf(shown: string): string[] {
  const twelve = shown.replace('-', '');
  const ten = twelve.slice(2);
  return [
    shown,
    twelve,
    ten,
    `${ten.slice(0, 6)}-${ten.slice(6)}`,
    `${ten.slice(0, 6)}+${ten.slice(6)}`,
    `${ten.slice(0, 6)} ${ten.slice(6)}`,
    twelve.slice(0, 8),
  ];
}

/** Every storage of the extension's origin, read from one of its pages, as text. */
async function extensionStorageDump(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const areas = {
      local: await chrome.storage.local.get(null),
      session: await chrome.storage.session.get(null),
      sync: await chrome.storage.sync.get(null),
    };
    const local = Object.fromEntries(Object.entries(localStorage));
    const session = Object.fromEntries(Object.entries(sessionStorage));
    const indexedDb: Record<string, unknown> = {};
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(info.name!);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const storeName of db.objectStoreNames) {
        const store = db.transaction(storeName, 'readonly').objectStore(storeName);
        const all = (request: IDBRequest) =>
          new Promise<unknown>((resolve, reject) => {
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          });
        indexedDb[`${info.name}/${storeName}`] = {
          keys: await all(store.getAllKeys()),
          values: await all(store.getAll()),
        };
      }
      db.close();
    }
    const caches: Record<string, string[]> = {};
    for (const name of await globalThis.caches.keys()) {
      const cache = await globalThis.caches.open(name);
      caches[name] = await Promise.all(
        (await cache.keys()).map(async (request) => {
          const response = await cache.match(request);
          return `${request.url} ${response ? await response.text() : ''}`;
        }),
      );
    }
    return JSON.stringify({ areas, local, session, indexedDb, caches });
  });
}

declare const chrome: {
  storage: Record<'local' | 'session' | 'sync', { get(keys: null): Promise<Record<string, unknown>> }>;
};

describe('the hint in Stöd och behandling', () => {
  it('a 16-year-old in a program: 13–17, Journalen open; an adult in another: none', async () => {
    const page = await session.newPage();
    await page.goto(session.url('sob', '/moment/2042'));
    await shownNumber(page, '.sob-moment-fakta .sob-personnummer');
    await hint(page).waitFor({ timeout: 15_000 });
    expect(await hint(page).getAttribute('data-vmk-child-hint')).toBe('13to17');
    expect(await hint(page).innerText()).toContain(
      'Patienten kan logga in i Journalen men inte i Läkemedelskollen (från 18 år).',
    );
    await page.goto(session.url('sob', '/moment/2041'));
    await shownNumber(page, '.sob-moment-fakta .sob-personnummer');
    expect(await readByExtension(page, '.sob-moment-fakta .sob-personnummer')).toBe('read');
    expect(await page.locator('vmk-child-hint').count()).toBe(0);
    await page.close();
  });
});

describe('the number is read, never kept', () => {
  it('no storage of the extension, and no console, holds any form of a number the pages showed', async () => {
    // The tests above showed eight patients' numbers (five children, one adult on each portal).
    expect(shownNumbers.size).toBeGreaterThanOrEqual(8);
    const popup = await session.newPage();
    await popup.goto(session.extensionUrl('popup.html'));
    // The reading is worth something only if the dump sees what the extension does store.
    const dump = await extensionStorageDump(popup);
    expect(dump).toContain('"areas":{"local":{');
    const digits = dump.replace(/\D/g, '');

    // The recorders must see each context the extension logs from: a probe from each.
    const portalPage = await openCase('104213');
    await inContentScript(portalPage, session.extensionId, `console.info('probe-content-script'), 'ok'`);
    // The portals' own storages too, which a content script could write to.
    const conversation = await session.newPage();
    await conversation.goto(session.url('vardochhalsa', '/meddelanden/c3106'));
    await hint(conversation).waitFor({ timeout: 15_000 });
    const portalDump = JSON.stringify(
      await Promise.all(
        [portalPage, conversation].map((page) =>
          page.evaluate(() => [{ ...localStorage }, { ...sessionStorage }]),
        ),
      ),
    );
    await popup.evaluate(() => console.info('probe-extension-page'));
    await session.browser.serviceWorker!.evaluate(() => console.info('probe-service-worker'));
    await expect
      .poll(() => consoleLines.filter((line) => line.startsWith('probe-')))
      .toEqual(['probe-content-script', 'probe-extension-page', 'probe-service-worker']);
    const logs = consoleLines.join('\n');

    for (const shown of shownNumbers) {
      for (const form of formsOf(shown)) {
        expect(dump, `storage holds ${form}`).not.toContain(form);
        expect(portalDump, `the portal's storage holds ${form}`).not.toContain(form);
        expect(logs, `a console line holds ${form}`).not.toContain(form);
      }
      // Also not as digits split by anything at all (a list of digits, a formatted string).
      expect(digits, `storage holds the digits of ${shown}`).not.toContain(shown.replace('-', '').slice(2));
    }
    await Promise.all([popup.close(), portalPage.close(), conversation.close()]);
  });
});
