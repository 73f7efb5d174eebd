/**
 * Signature blocks in written replies, end to end: the built extension in Chromium on the three replica editors
 * (1177's plain textarea in a multi-page form, Vård och hälsa's contenteditable editor, Stöd och behandling's
 * React-controlled textarea). The keyboard shortcut and the native context menu need real X input events:
 * signature-keys.test.ts.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { startSession, type E2eSession } from './harness.ts';
import { POLICY, reloadPolicies, removePolicy, writePolicy } from './policy.ts';
import {
  EDITORS,
  FULL_SIGNATURE,
  PROFILE,
  caretAtEnd,
  compact,
  notice,
  noPolicyInEffect,
  setUserSettings,
  storedSettings,
} from './signature-editors.ts';

let session: E2eSession;
let worker: Worker;
const dialogs: string[] = [];

/** Whether each reply the background was told of went out signed, in order (recorded in the service worker). */
function repliesSent(): Promise<boolean[]> {
  return worker.evaluate(() => (globalThis as unknown as { vmkTestReplies: boolean[] }).vmkTestReplies);
}

beforeAll(async () => {
  removePolicy();
  session = await startSession();
  worker = session.browser.serviceWorker!;
  await worker.evaluate(() => {
    const scope = globalThis as unknown as {
      vmkTestReplies: boolean[];
      chrome: { runtime: { onMessage: { addListener(listener: (message: unknown) => undefined): void } } };
    };
    scope.vmkTestReplies = [];
    scope.chrome.runtime.onMessage.addListener((message) => {
      const sent = message as { type?: string; signed?: boolean };
      if (sent?.type === 'reply:sent') scope.vmkTestReplies.push(sent.signed === true);
      return undefined;
    });
  });
  session.browser.context.on('page', (page) =>
    page.on('dialog', (dialog) => void dialogs.push(dialog.message())),
  );
});
afterAll(async () => {
  removePolicy();
  await session?.close();
});
beforeEach(async () => {
  await noPolicyInEffect(worker);
  await setUserSettings(worker, { profile: PROFILE });
});

const noticeText = (page: Page) => notice(page).locator('.vmk-signature-notice__text').textContent();

async function openEditor(editor: (typeof EDITORS)[number]): Promise<Page> {
  const page = await session.newPage();
  await editor.open(page, session);
  await page.locator(`vmk-signature-button`).first().waitFor({ timeout: 10_000 });
  return page;
}

describe.each(EDITORS)('signature on $replica ($kind)', (editor) => {
  const typed = 'Hej! Jag har förnyat receptet.';

  it('the button types the signature in as a person would: the portal sees it, one undo removes it, never twice', async () => {
    const page = await openEditor(editor);
    const field = page.locator(editor.field);
    await field.click();
    await page.keyboard.type(typed);
    const stateBefore = await editor.portalState(page);

    const button = page.getByRole('button', { name: 'Infoga signatur i svaret' });
    expect(await button.count()).toBe(1);
    if (editor.replica === '1177') {
      // Keyboard: the button comes right after the field in tab order.
      await field.focus();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe(
        'vmk-signature-button',
      );
      await page.keyboard.press('Enter');
    } else {
      await button.click();
    }

    // Said once the field was read back (after the editor closed the typing into its own undo step).
    await expect.poll(() => noticeText(page)).toBe('Signaturen är inlagd sist i svaret.');
    const signed = await editor.text(page);
    if (editor.replica === 'vardochhalsa') {
      expect(compact(signed)).toBe(compact(`${typed}${editor.signature}`));
      expect(signed.startsWith(`${typed}\n`)).toBe(true);
    } else {
      expect(signed).toBe(`${typed}\n\n${editor.signature}`);
    }
    // The portal's own state followed the input events (1177's counter, Vård och hälsa's send button, React's
    // state behind SoB's counter).
    if (editor.replica !== 'vardochhalsa') {
      expect(await editor.portalState(page)).not.toBe(stateBefore);
      expect(await editor.portalState(page)).toContain(String(signed.length));
    }
    expect(await caretAtEnd(page, editor.field)).toBe(true);
    // The name's markup is text: no element was made from it.
    expect(await field.locator('img').count()).toBe(0);

    await page.keyboard.press('Control+z');
    expect((await editor.text(page)).trimEnd()).toBe(typed);
    await page.keyboard.press('Control+Shift+z');
    expect(compact(await editor.text(page))).toBe(compact(signed));

    // A second request says why it does nothing, and (once it has said so) has left the reply alone.
    await button.click();
    await expect.poll(() => noticeText(page)).toBe('Svaret har redan din signatur.');
    expect(await editor.text(page)).toBe(signed);
    await page.close();
  });

  it('the portal’s own send delivers the signed text, markup in the name as characters', async () => {
    const page = await openEditor(editor);
    const field = page.locator(editor.field);
    await field.click();
    await page.keyboard.type(typed);
    await page.getByRole('button', { name: 'Infoga signatur i svaret' }).click();
    await expect.poll(() => noticeText(page)).toBe('Signaturen är inlagd sist i svaret.');
    if (editor.replica === 'vardochhalsa') {
      expect(await editor.portalState(page)).toBe('send enabled');
    }
    const sentBefore = await repliesSent();
    await editor.send(page);
    const sent = await editor.lastSent(page);
    expect(compact(sent)).toBe(compact(`${typed}${editor.signature}`));
    if (editor.replica !== 'vardochhalsa') expect(sent).toBe(`${typed}\n\n${editor.signature}`);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    // The extension saw the send and judged the reply signed (it tells the background so): then no warning.
    await expect.poll(() => repliesSent()).toEqual([...sentBefore, true]);
    expect(await page.locator('vmk-signature-notice [role="alert"]').count()).toBe(0);
    await page.close();
  });

  it('warns when a reply goes out unsigned, and the reply still goes', async () => {
    const page = await openEditor(editor);
    await page.locator(editor.field).click();
    await page.keyboard.type(typed);
    await editor.send(page);
    expect((await editor.lastSent(page)).trim()).toBe(typed);
    const warning = notice(page);
    await expect.poll(() => warning.getAttribute('role'), { timeout: 10_000 }).toBe('alert');
    expect(await warning.locator('.vmk-signature-notice__text').textContent()).toBe(
      'Svaret skickades utan din signatur.',
    );
    await page.close();
  });

  it('with onUnsignedSend "insert", signs the reply before the portal’s send takes it', async () => {
    await setUserSettings(worker, { profile: PROFILE, checks: { signature: { onUnsignedSend: 'insert' } } });
    const page = await openEditor(editor);
    await page.locator(editor.field).click();
    await page.keyboard.type(typed);
    await editor.send(page);
    expect(compact(await editor.lastSent(page))).toBe(compact(`${typed}${editor.signature}`));
    await page.close();
  });
});

describe('a signature that cannot be complete', () => {
  it('is not inserted; the clinician is told what is missing', async () => {
    await setUserSettings(worker, { profile: { ...PROFILE, title: '', phone: '' } });
    const page = await openEditor(EDITORS[2]!);
    await page.locator(EDITORS[2]!.field).click();
    await page.keyboard.type('Hej!');
    await page.getByRole('button', { name: 'Infoga signatur i svaret' }).click();
    const shown = notice(page);
    await expect.poll(() => shown.getAttribute('role')).toBe('alert');
    expect(await shown.locator('li').allTextContents()).toEqual(['Titel', 'Telefon']);
    expect(await EDITORS[2]!.text(page)).toBe('Hej!');
    await page.close();
  });
});

describe('1177’s own signature setting', () => {
  it('is offered the full signature on the personal settings page, undoably, and saved by the portal’s form', async () => {
    const page = await session.newPage();
    await page.goto(session.url('1177', '/installningar'));
    const field = page.locator('textarea#signatur');
    const original = await field.inputValue();
    const fill = page.getByRole('button', {
      name: 'Fyll i signaturfältet med din fullständiga signatur från Vårdmöteskollen',
    });
    await fill.click();
    expect(await field.inputValue()).toBe(FULL_SIGNATURE);
    await page.keyboard.press('Control+z');
    expect(await field.inputValue()).toBe(original);
    await fill.click();
    await Promise.all([
      page.waitForURL(/sparat=1/),
      page.locator('form.installningar-formular button[type=submit]').click(),
    ]);
    expect(await page.locator('textarea#signatur').inputValue()).toBe(FULL_SIGNATURE);
    await page.close();
  });
});

describe('the options page', () => {
  it('previews each portal’s signature and lists what is missing', async () => {
    await setUserSettings(worker, { profile: { ...PROFILE, phone: '' } });
    const options = await session.newPage();
    await options.goto(session.extensionUrl('options.html'));
    const preview = options.locator('[data-vmk-signature-preview="vardochhalsa"]');
    await preview.waitFor();
    expect(await preview.locator('pre').textContent()).toBe(
      FULL_SIGNATURE.replace('Telefon 033-000 00 00 (mån–fre 8–10)\n', ''),
    );
    expect(await preview.locator('[data-vmk-signature-missing] li').allTextContents()).toEqual(['Telefon']);
    // 1177 adds name and title itself: its preview has neither.
    const preview1177 = await options.locator('[data-vmk-signature-preview="1177"] pre').textContent();
    expect(preview1177).not.toContain(PROFILE.title);
    // The template is edited and saved as text; the preview follows the draft at once.
    await options.locator('#signature-template-sob').fill('{name}\n{unit}');
    expect(await options.locator('[data-vmk-signature-preview="sob"] pre').textContent()).toBe(
      `${PROFILE.name}\n${PROFILE.unit}`,
    );
    await options.getByRole('button', { name: 'Spara' }).last().click();
    await expect
      .poll(() =>
        storedSettings(worker).then(
          (stored) =>
            (stored as { checks?: { signature?: { templates?: { sob?: string } } } })?.checks?.signature
              ?.templates?.sob,
        ),
      )
      .toBe('{name}\n{unit}');
    await options.close();
  });
});

describe.skipIf(POLICY.skip)(POLICY.name('IT’s policy'), () => {
  it('sets a portal’s template and the unsigned-send mode, locked on the options page and used on the portal', async () => {
    writePolicy(session.extensionId, {
      profile: { hospital: 'Södra Älvsborgs Sjukhus' },
      checks: {
        signature: { templates: { sob: '{name}, {title}\n{unit}, {hospital}' }, onUnsignedSend: 'insert' },
      },
    });
    try {
      await reloadPolicies(session.browser.context);
      const options = await session.newPage();
      await options.goto(session.extensionUrl('options.html'));
      const template = options.locator('#signature-template-sob');
      await expect.poll(() => template.isDisabled(), { timeout: 20_000, interval: 500 }).toBe(true);
      expect(await options.locator('#signature-unsigned-insert').isChecked()).toBe(true);
      expect(await options.locator('#signature-unsigned-insert').isDisabled()).toBe(true);
      expect(await options.locator('#signature-template-default').isDisabled()).toBe(false);
      await options.close();

      const sob = EDITORS[2]!;
      const page = await openEditor(sob);
      await page.locator(sob.field).click();
      await page.keyboard.type('Hej!');
      await sob.send(page);
      expect(await sob.lastSent(page)).toBe(
        `Hej!\n\n${PROFILE.name}, ${PROFILE.title}\n${PROFILE.unit}, Södra Älvsborgs Sjukhus`,
      );
      await page.close();
    } finally {
      removePolicy();
    }
  });
});

describe('privacy', () => {
  it('sent no request off the computer', () => {
    expect(session.outsideRequests()).toEqual([]);
  });
});
