/**
 * The signature in the reply editors web portals are built with, end to end: the built extension in Chromium on
 * the editor test pages (tests/replicas/editors/: Lexical, TipTap/ProseMirror, Quill 2, CKEditor 5, Slate, Draft.js,
 * TinyMCE in its iframe, a React-controlled and a plain textarea, a made-up web component with its field in a shadow
 * root, and a made-up field that refuses). For each, what
 * the editor's own model holds is read (never the DOM), the page's own send is used, and undo is the editor's own.
 * One browser session for all pages.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FrameLocator, Locator, Page, Worker } from 'playwright-core';
import { ensureEditorsBuild } from '../replicas/editors/build.ts';
import { EDITOR_PAGES, editorPagePath, type EditorPageName } from '../replicas/editors/pages.ts';
import { startSession, type E2eSession } from './harness.ts';
import { removePolicy } from './policy.ts';
import {
  FULL_SIGNATURE,
  PROFILE,
  compact,
  notice,
  noPolicyInEffect,
  setUserSettings,
} from './signature-editors.ts';

let session: E2eSession;
let worker: Worker;

beforeAll(async () => {
  removePolicy();
  // The pages are bundled on first use; here, so that no page load waits for it.
  await ensureEditorsBuild();
  session = await startSession();
  worker = session.browser.serviceWorker!;
});
afterAll(async () => {
  await session?.close();
});
beforeEach(async () => {
  await noPolicyInEffect(worker);
  await setUserSettings(worker, { profile: PROFILE });
});

const TYPED = 'Hej! Jag har förnyat receptet.';
const ACCEPTING = (Object.keys(EDITOR_PAGES) as EditorPageName[]).filter((name) => name !== 'filtrerat');

interface EditorPage {
  page: Page;
  /** Where the clinician types: the field itself, in the iframe for TinyMCE. */
  field: Locator;
  /** The frame the field lives in (the page's, or the editor's iframe). */
  frame: Page | FrameLocator;
  model(): Promise<string>;
  /** Clicks the page's send and waits for a reply to be listed (not when the send is to be held). */
  send(expectSent?: boolean): Promise<void>;
  sent(): Promise<string[]>;
}

async function openPage(name: EditorPageName): Promise<EditorPage> {
  const page = await session.newPage();
  await page.goto(session.url(EDITOR_PAGES[name], editorPagePath(name)));
  await page.waitForFunction(() => window.editorPage !== undefined, undefined, { timeout: 20_000 });
  const frame = name === 'tinymce' ? page.frameLocator('.tox-tinymce iframe') : page;
  const field =
    name === 'tinymce'
      ? frame.locator('body[contenteditable="true"]')
      : name === 'shadow'
        ? page.locator('svar-falt textarea')
        : page.locator('.vc-composer [contenteditable="true"], textarea.sob-svarsfalt').first();
  await page.locator('vmk-signature-button').first().waitFor({ timeout: 10_000 });
  return {
    page,
    field,
    frame,
    model: () => page.evaluate(() => window.editorPage!.model()),
    async send(expectSent = true) {
      const sentBefore = await page.locator('.skickat-svar').count();
      await page.locator('.vc-send-button, form.sob-svarsformular button[type="submit"]').first().click();
      if (expectSent) await page.locator('.skickat-svar').nth(sentBefore).waitFor({ timeout: 10_000 });
    },
    sent: () => page.locator('.skickat-svar').allTextContents(),
  };
}

async function typeReply(editor: EditorPage): Promise<void> {
  await editor.field.click();
  await editor.page.keyboard.type(TYPED);
  await expect.poll(() => editor.model()).toBe(TYPED);
}

const noticeText = (page: Page) => notice(page).locator('.vmk-signature-notice__text').textContent();

/** The caret is collapsed at the end of the field's text (nothing but whitespace after it). */
function caretAtEnd(field: Locator): Promise<boolean> {
  return field.evaluate((element) => {
    if (element instanceof HTMLTextAreaElement) return element.selectionStart === element.value.length;
    const selection = element.ownerDocument.getSelection();
    if (!selection?.isCollapsed || !selection.focusNode || !element.contains(selection.focusNode))
      return false;
    const rest = element.ownerDocument.createRange();
    rest.setStart(selection.focusNode, selection.focusOffset);
    rest.setEnd(element, element.childNodes.length);
    return rest.toString().trim() === '';
  });
}

describe.each(ACCEPTING)('the signature in %s', (name) => {
  it('goes into the editor’s own model once, after the reply; one undo takes exactly it; the page’s send takes it', async () => {
    const editor = await openPage(name);
    await typeReply(editor);
    const button = editor.page.getByRole('button', { name: 'Infoga signatur i svaret' });
    await button.click();
    // Said only after the field was read back.
    await expect.poll(() => noticeText(editor.page)).toBe('Signaturen är inlagd sist i svaret.');
    const signed = await editor.model();
    expect(compact(signed)).toBe(compact(TYPED + FULL_SIGNATURE));
    expect(signed.startsWith(`${TYPED}\n`)).toBe(true);
    // The name's markup is characters, never an element.
    expect(await editor.field.locator('img').count()).toBe(0);
    expect(await caretAtEnd(editor.field)).toBe(true);

    // The editor's own undo: exactly the signature goes, the clinician's text stays.
    await editor.page.keyboard.press('Control+z');
    await expect.poll(async () => (await editor.model()).trimEnd()).toBe(TYPED);

    // In again, then a second press adds nothing and says why.
    await button.click();
    await expect.poll(() => editor.model()).toBe(signed);
    await button.click();
    await expect.poll(() => noticeText(editor.page)).toBe('Svaret har redan din signatur.');
    expect(await editor.model()).toBe(signed);

    await editor.send();
    expect((await editor.sent()).map(compact)).toEqual([compact(TYPED + FULL_SIGNATURE)]);
    await editor.page.close();
  });

  it('with onUnsignedSend "insert", is in the reply the page’s send takes', async () => {
    await setUserSettings(worker, { profile: PROFILE, checks: { signature: { onUnsignedSend: 'insert' } } });
    const editor = await openPage(name);
    await typeReply(editor);
    await editor.send();
    await expect
      .poll(async () => (await editor.sent()).map(compact))
      .toEqual([compact(TYPED + FULL_SIGNATURE)]);
    expect(await noticeText(editor.page)).toBe('Signaturen lades till innan svaret skickades.');
    await editor.page.close();
  });
});

describe('a field that refuses the signature (made up: blocks pasting, redraws from its own model)', () => {
  it('is reported as refused, the clinician’s text intact, and the signature can be copied', async () => {
    const editor = await openPage('filtrerat');
    await session.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(editor.page.url()).origin,
    });
    await typeReply(editor);
    await editor.page.getByRole('button', { name: 'Infoga signatur i svaret' }).click();
    await expect
      .poll(() => noticeText(editor.page))
      .toBe(
        'Signaturen gick inte att lägga in i det här svarsfältet. Ditt svar är oförändrat. ' +
          'Kopiera signaturen och klistra in den själv, eller skriv den.',
      );
    expect(await notice(editor.page).getAttribute('role')).toBe('alert');
    expect(await editor.model()).toBe(TYPED);
    expect(await editor.field.textContent()).toBe(TYPED);

    await notice(editor.page).getByRole('button', { name: 'Kopiera signaturen' }).click();
    await expect.poll(() => notice(editor.page).getByRole('button', { name: 'Kopierad' }).count()).toBe(1);
    expect(await editor.page.evaluate(() => navigator.clipboard.readText())).toBe(FULL_SIGNATURE);
    await editor.page.close();
  });

  it('with onUnsignedSend "insert", holds the send and says so; sending again sends the reply as it is', async () => {
    await setUserSettings(worker, { profile: PROFILE, checks: { signature: { onUnsignedSend: 'insert' } } });
    const editor = await openPage('filtrerat');
    await typeReply(editor);
    await editor.send(false);
    await expect
      .poll(() => noticeText(editor.page))
      .toBe(
        'Svaret skickades inte: signaturen gick inte att lägga in. Ditt svar är oförändrat. ' +
          'Kopiera signaturen och klistra in den, eller skicka utan den.',
      );
    expect(await editor.sent()).toEqual([]);
    expect(await editor.model()).toBe(TYPED);

    await editor.send();
    await expect.poll(() => editor.sent()).toEqual([TYPED]);
    await expect.poll(() => noticeText(editor.page)).toBe('Svaret skickades utan din signatur.');
    await editor.page.close();
  });
});
