/**
 * Helpers for the checklist's end-to-end tests: reading the popup, talking to the extension's storage from one of
 * its pages, and sending a message from the extension's content-script world in a portal page (the way the in-call
 * overlay and the signature check do), through the DevTools protocol.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DEFAULT_EXTENSION_DIR } from '../../scripts/chromium.ts';
import { inContentScript } from '../../scripts/content-script-world.ts';
import type { E2eSession } from './harness.ts';

/** The extension API as seen from an extension page or a content script (evaluated in the browser). */
declare const chrome: {
  action: { getBadgeText(details: object): Promise<string> };
  storage: {
    local: {
      set(items: Record<string, unknown>): Promise<void>;
      get(key: string): Promise<Record<string, unknown>>;
    };
  };
};

/** Runs `chrome.storage.local.set` from an extension page (the popup opened as a tab). */
export async function setExtensionStorage(page: Page, items: Record<string, unknown>): Promise<void> {
  await page.evaluate((values) => chrome.storage.local.set(values), items);
}

/** The same from the service worker: as the background itself writes, with no extension page open. */
export async function setStorageFromWorker(
  session: E2eSession,
  items: Record<string, unknown>,
): Promise<void> {
  await session.browser.serviceWorker!.evaluate((values) => chrome.storage.local.set(values), items);
}

export async function getExtensionStorage(page: Page, key: string): Promise<unknown> {
  return page.evaluate(async (name) => (await chrome.storage.local.get(name))[name], key);
}

export { inContentScript };

/** Sends a typed content→background message from the content script in `page`. */
export function sendFromContentScript(session: E2eSession, page: Page, message: Record<string, unknown>) {
  return inContentScript(
    page,
    session.extensionId,
    `chrome.runtime.sendMessage(${JSON.stringify(message)}).then(() => 'sent')`,
  );
}

/** The text of the toolbar badge, read in the service worker. */
export function badgeText(session: E2eSession): Promise<string> {
  return session.browser.serviceWorker!.evaluate(() => chrome.action.getBadgeText({}));
}

/**
 * The toolbar badge beside the reminders it counts, read together in the service worker: a wait for the badge that
 * fails shows what the reminders were at the time.
 */
export function badgeAndReminders(session: E2eSession): Promise<{ badge: string; reminders: unknown }> {
  return session.browser.serviceWorker!.evaluate(async () => ({
    badge: await chrome.action.getBadgeText({}),
    reminders: (await chrome.storage.local.get('reminders:pending'))['reminders:pending'],
  }));
}

export async function openPopup(session: E2eSession): Promise<Page> {
  const page = await session.newPage();
  await page.goto(session.extensionUrl('popup.html'));
  await page.locator('[data-vmk-section="checklist"] [data-vmk-item]').first().waitFor();
  return page;
}

/** An item of the checklist in the popup: its checkbox state, the computer's verdict and the note under it. */
export async function itemState(page: Page, id: string) {
  const row = page.locator(`[data-vmk-item="${id}"]`);
  if ((await row.count()) === 0) return undefined;
  const note = row.locator('.vmk-item__note');
  return {
    ticked: await row.locator('input[type="checkbox"]').isChecked(),
    auto: await row.getAttribute('data-vmk-auto'),
    required: (await row.getAttribute('data-vmk-required')) === 'true',
    text: (await row.locator('label').innerText()).trim(),
    // Items without auto judgement, link or sign have no note: do not wait for one.
    note: (await note.count()) > 0 ? (await note.innerText()).trim() : '',
  };
}

/** The in-page reminder cards inside the extension's shadow root. */
export function pageReminder(page: Page, kind: 'call' | 'reply') {
  return page.locator(`vmk-reminders [data-vmk-reminder="${kind}"]`);
}

/**
 * A private copy of the built extension for one test file: the browser reads extension files lazily (a popup's
 * scripts when it opens), and a rebuild of `.output/` during the run must not change what is under test.
 */
export function copyOfBuiltExtension(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'vmk-extension-'));
  cpSync(DEFAULT_EXTENSION_DIR, dir, { recursive: true });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
