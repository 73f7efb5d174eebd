/**
 * The signature's browser-level triggers, end to end: the keyboard shortcut (manifest `commands`) and the native
 * context menu. Both are browser UI that Playwright's key presses (CDP) never reach, so this file runs Chromium
 * headed inside its own Xvfb display and sends real X key events with xdotool: Alt+Shift+S for the shortcut;
 * Shift+F10 opens the context menu on the focused field, and Up, Up, Return picks the extension's item (it sits
 * right above "Inspect", the menu's last item, which the first Up selects).
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { requirement } from './requirements.ts';
import { startSession, type E2eSession } from './harness.ts';
import { removePolicy } from './policy.ts';
import {
  EDITORS,
  PROFILE,
  caretAtEnd,
  compact,
  notice,
  noPolicyInEffect,
  setUserSettings,
} from './signature-editors.ts';

const missing = ['Xvfb', 'xdotool'].filter((tool) => spawnSync('which', [tool]).status !== 0);
const X_EVENTS = requirement(
  missing.length === 0,
  `${missing.join(' and ')} not installed (Debian: apt-get install xvfb xdotool)`,
);

let xvfb: ChildProcess | undefined;
let display = '';
let session: E2eSession;
let worker: Worker;

async function startXvfb(): Promise<void> {
  const free = Array.from({ length: 60 }, (_, i) => 140 + i).find(
    (n) => !existsSync(`/tmp/.X11-unix/X${n}`) && !existsSync(`/tmp/.X${n}-lock`),
  );
  if (free === undefined) throw new Error('no free X display number');
  display = `:${free}`;
  xvfb = spawn('Xvfb', [display, '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  for (let i = 0; i < 100 && !existsSync(`/tmp/.X11-unix/X${free}`); i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (!existsSync(`/tmp/.X11-unix/X${free}`)) throw new Error(`Xvfb did not start on ${display}`);
}

function xdotool(...args: string[]): string {
  return execFileSync('xdotool', args, { env: { ...process.env, DISPLAY: display } }).toString();
}

/** Real X key events, to the browser window (there is no window manager to give it focus). */
async function pressKeys(page: Page, ...keys: string[]): Promise<void> {
  await page.bringToFront();
  const windows = xdotool('search', '--onlyvisible', '--class', 'chromium').trim().split('\n');
  xdotool('windowfocus', '--sync', windows.at(-1)!);
  xdotool('key', '--clearmodifiers', '--delay', '150', ...keys);
}

/** The context-menu item exists once the background has made it (the worker's start reads the settings first). */
async function menuItemReady(): Promise<boolean> {
  return worker.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const menus = (
          globalThis as unknown as {
            chrome: {
              contextMenus: { update(id: string, change: object, done: () => void): void };
              runtime: { lastError?: unknown };
            };
          }
        ).chrome;
        menus.contextMenus.update('vmk-signature-insert', {}, () => resolve(!menus.runtime.lastError));
      }),
  );
}

describe.skipIf(X_EVENTS.skip)(
  X_EVENTS.name('signature by keyboard shortcut and context menu (headed, Xvfb)'),
  () => {
    beforeAll(async () => {
      removePolicy();
      await startXvfb();
      process.env.DISPLAY = display;
      session = await startSession({ headless: false });
      worker = session.browser.serviceWorker!;
      for (let i = 0; i < 60 && !(await menuItemReady()); i++)
        await new Promise((resolve) => setTimeout(resolve, 250));
    });
    afterAll(async () => {
      await session?.close();
      xvfb?.kill();
    });
    beforeEach(async () => {
      await noPolicyInEffect(worker);
      await setUserSettings(worker, { profile: PROFILE });
    });

    async function openAndType(editor: (typeof EDITORS)[number], typed: string): Promise<Page> {
      const page = await session.newPage();
      await editor.open(page, session);
      await page.locator('vmk-signature-button').first().waitFor({ timeout: 10_000 });
      await page.locator(editor.field).click();
      await page.keyboard.type(typed);
      return page;
    }

    const signedText = async (editor: (typeof EDITORS)[number], page: Page) =>
      compact(await editor.text(page));

    it('the shortcut is registered as Alt+Shift+S', async () => {
      const commands = await worker.evaluate(() =>
        (
          globalThis as unknown as {
            chrome: { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } };
          }
        ).chrome.commands.getAll(),
      );
      const shortcut = commands.find((command) => command.name === 'insert-signature')?.shortcut ?? '';
      // Chromium names Shift in the browser's language (Skift in Swedish).
      expect(shortcut.replace('Skift', 'Shift')).toBe('Alt+Shift+S');
    });

    describe.each(EDITORS)('on $replica ($kind)', (editor) => {
      it('Alt+Shift+S signs the focused reply; one undo removes it; pressing again adds nothing', async () => {
        const typed = 'Hej! Tiden är bokad.';
        const page = await openAndType(editor, typed);
        await pressKeys(page, 'alt+shift+s');
        await expect.poll(() => signedText(editor, page)).toBe(compact(`${typed}${editor.signature}`));
        expect(await caretAtEnd(page, editor.field)).toBe(true);

        await pressKeys(page, 'alt+shift+s');
        // Once the extension has said why it does nothing, the reply must still hold one signature.
        await expect
          .poll(() => notice(page).locator('.vmk-signature-notice__text').textContent())
          .toBe('Svaret har redan din signatur.');
        expect(await signedText(editor, page)).toBe(compact(`${typed}${editor.signature}`));

        await page.keyboard.press('Control+z');
        expect((await editor.text(page)).trimEnd()).toBe(typed);
        await page.close();
      });

      it('the context menu’s “Infoga signatur” on the reply field signs it, and the portal sends it signed', async () => {
        const typed = 'Hej! Provsvaret är normalt.';
        const page = await openAndType(editor, typed);
        await pressKeys(page, 'shift+F10');
        await page.waitForTimeout(700);
        await pressKeys(page, 'Up', 'Up', 'Return');
        await expect.poll(() => signedText(editor, page)).toBe(compact(`${typed}${editor.signature}`));

        await editor.send(page);
        expect(compact(await editor.lastSent(page))).toBe(compact(`${typed}${editor.signature}`));
        await page.close();
      });
    });
  },
);
