/**
 * The three replica reply editors, as the signature's end-to-end tests drive them: where the field is, how to read
 * what the portal's own state holds, how to send with the portal's own button, and what arrived.
 */
import type { Page, Worker } from 'playwright-core';
import type { E2eSession } from './harness.ts';

export const PROFILE = {
  // Markup in a name must arrive as these characters, never as an element.
  name: 'Eva <img src=x onerror=alert(1)> Exempeldotter',
  title: 'Distriktssköterska',
  unit: 'Vårdcentralen Exempelby',
  hospital: 'Södra Älvsborgs Sjukhus',
  phone: '033-000 00 00',
  phoneHours: 'mån–fre 8–10',
  email: 'eva.exempeldotter@exempel.invalid',
};

/** The signature each portal gets from PROFILE with the default templates. */
const CONTACT = [
  'Vårdcentralen Exempelby, Södra Älvsborgs Sjukhus',
  'Telefon 033-000 00 00 (mån–fre 8–10)',
  'E-post eva.exempeldotter@exempel.invalid',
];
export const FULL_SIGNATURE = ['Med vänlig hälsning', PROFILE.name, PROFILE.title, ...CONTACT].join('\n');
export const SIGNATURE_1177 = CONTACT.join('\n');

/** Text compared the way the extension does: editors lay out line breaks differently. */
export function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

export interface ReplicaEditor {
  replica: '1177' | 'vardochhalsa' | 'sob';
  kind: string;
  field: string;
  signature: string;
  open(page: Page, session: E2eSession): Promise<void>;
  /** The reply's text as the editor holds it. */
  text(page: Page): Promise<string>;
  /** Evidence that the portal's own state saw the change (its counter, its send button). */
  portalState(page: Page): Promise<string>;
  send(page: Page): Promise<void>;
  /** The text of the newest reply the portal shows as sent. */
  lastSent(page: Page): Promise<string>;
}

export const EDITORS: readonly ReplicaEditor[] = [
  {
    replica: '1177',
    kind: 'plain textarea, multi-page form',
    field: 'form.svarsformular textarea[name="svar"]',
    signature: SIGNATURE_1177,
    async open(page, session) {
      await page.goto(session.url('1177', '/arenden?visa=obesvarade'));
      await page.locator('a.arende-lank').first().click();
      await page.locator(this.field).waitFor();
    },
    text: (page) => page.locator('#svarstext').inputValue(),
    portalState: async (page) => (await page.locator('#svar-raknare').textContent()) ?? '',
    async send(page) {
      await Promise.all([
        page.waitForURL(/skickat=1/),
        page.locator('form.svarsformular button[type=submit]').click(),
      ]);
    },
    lastSent: async (page) =>
      (await page.locator('.arende-meddelande--personal .arende-meddelande-text').last().textContent()) ?? '',
  },
  {
    replica: 'vardochhalsa',
    kind: 'contenteditable rich-text editor, single-page app',
    field: 'div.vc-editor[contenteditable="true"]',
    signature: FULL_SIGNATURE,
    async open(page, session) {
      await page.goto(session.url('vardochhalsa', '/meddelanden/c3108'));
      await page.locator(this.field).waitFor();
    },
    text: (page) => page.locator('div.vc-editor').evaluate((editor) => (editor as HTMLElement).innerText),
    portalState: async (page) =>
      (await page.locator('button.vc-send-button').isEnabled()) ? 'send enabled' : 'send disabled',
    async send(page) {
      const before = await page.locator('.vc-message--staff').count();
      await page.locator('button.vc-send-button').click();
      await page.locator('.vc-message--staff').nth(before).waitFor();
    },
    lastSent: async (page) =>
      (await page.locator('.vc-message--staff .vc-message-body').last().textContent()) ?? '',
  },
  {
    replica: 'sob',
    kind: 'React-controlled textarea',
    field: 'textarea.sob-svarsfalt',
    signature: FULL_SIGNATURE,
    async open(page, session) {
      await page.goto(session.url('sob', '/'));
      await page.locator('a.sob-moment-lank').first().click();
      await page.locator(this.field).waitFor();
    },
    text: (page) => page.locator('textarea.sob-svarsfalt').inputValue(),
    portalState: async (page) =>
      ((await page.locator('.sob-raknare').textContent()) ?? '').split(' · ')[0] ?? '',
    async send(page) {
      const before = await page.locator('li.sob-meddelande--ut').count();
      await page.locator('form.sob-svarsformular button[type=submit]').click();
      await page.locator('li.sob-meddelande--ut').nth(before).waitFor();
    },
    lastSent: async (page) =>
      (await page.locator('li.sob-meddelande--ut .sob-meddelande-text').last().textContent()) ?? '',
  },
];

/** The extension APIs these tests call inside the service worker (types only; the code runs there). */
export interface WorkerGlobal {
  chrome: {
    storage: {
      local: {
        get(key: string): Promise<Record<string, unknown>>;
        set(items: Record<string, unknown>): Promise<void>;
      };
    };
  };
}

/**
 * Waits (up to a minute) until no managed policy reaches the extension. Policy files are machine-wide, and another
 * end-to-end run on the same machine may have one in place for a moment; these tests expect the clinician's own
 * settings to be in effect.
 */
export async function noPolicyInEffect(worker: Worker): Promise<void> {
  for (let i = 0; i < 120; i++) {
    const managed = await worker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { storage: { managed: { get(key: null): Promise<object> } } } }
      ).chrome.storage.managed.get(null),
    );
    if (Object.keys(managed).length === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** The clinician's own settings, as the options page would store them. Checks restart on the change. */
export async function setUserSettings(worker: Worker, settings: Record<string, unknown>): Promise<void> {
  await worker.evaluate(
    (value) => (globalThis as unknown as WorkerGlobal).chrome.storage.local.set({ settings: value }),
    settings,
  );
}

/** The clinician's stored settings. */
export function storedSettings(worker: Worker): Promise<unknown> {
  return worker.evaluate(async () => {
    const stored = await (globalThis as unknown as WorkerGlobal).chrome.storage.local.get('settings');
    return stored.settings;
  });
}

/** The caret is collapsed at the very end of the field (textarea or contenteditable). */
export function caretAtEnd(page: Page, field: string): Promise<boolean> {
  return page.locator(field).evaluate((element) => {
    if (element instanceof HTMLTextAreaElement) {
      return element.selectionStart === element.value.length && element.selectionEnd === element.value.length;
    }
    const selection = getSelection();
    if (!selection || !selection.isCollapsed || !selection.focusNode) return false;
    if (!element.contains(selection.focusNode)) return false;
    const rest = document.createRange();
    rest.setStart(selection.focusNode, selection.focusOffset);
    rest.setEnd(element, element.childNodes.length);
    return rest.toString() === '';
  });
}

export const notice = (page: Page) => page.locator('vmk-signature-notice .vmk-signature-notice');
