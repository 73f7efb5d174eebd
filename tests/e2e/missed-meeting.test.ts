/**
 * "Patienten kom inte": the missed-meeting path of the after-meeting reminder, in Chromium with the built extension.
 * From the popup's checklist, and from the reminder in a portal page; the routine for a missed digital meeting
 * (Elvis-rutinen Distanskontakter) with its link, IT's link by policy, and back to the ordinary steps.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPopup, pageReminder } from './checklist-support.ts';
import { startSession, type E2eSession } from './harness.ts';
import { POLICY, reloadPolicies, removePolicy, writePolicy } from './policy.ts';

const ELVIS_ROUTINES = 'https://insidan.vgregion.se/stod-och-tjanster/system-a-o/elvis/rutiner-och-lathundar';

let session: E2eSession;

beforeAll(async () => {
  removePolicy();
  session = await startSession();
});
afterAll(async () => {
  removePolicy();
  await session?.close();
});

const closeAll = (...pages: Page[]) => Promise.all(pages.map((page) => page.close()));

describe('the patient did not come', () => {
  afterEach(async () => {
    // No reminder is left for the next test.
    const popup = await openPopup(session);
    const done = popup.locator('[data-vmk-reminder] .vmk-reminder__done');
    // One at a time, each gone before the next click: a card on its way out is no longer there to be clicked.
    for (let left = await done.count(); left > 0; left = await done.count()) {
      await done.first().click();
      await expect.poll(() => done.count()).toBeLessThan(left);
    }
    await popup.close();
  });

  it('from the popup’s checklist: the list closes and the reminder shows the routine for a missed meeting', async () => {
    const popup = await openPopup(session);
    await popup.locator('#item-private-room').check();
    await popup.locator('[data-vmk-section="checklist"] [data-vmk-action="patient-missed"]').click();
    const card = popup.locator('[data-vmk-reminder="call"]');
    await card.waitFor();
    expect(await card.getAttribute('data-vmk-missed')).toBe('true');
    expect(await card.locator('h2').innerText()).toBe('Patienten kom inte: uteblivet digitalt vårdmöte');
    expect(await card.locator('li').allInnerTexts()).toEqual([
      'Handlägg det uteblivna vårdmötet enligt Elvis-rutinen Distanskontakter och registrera det i Elvis. ' +
        'Elvis-rutinen Distanskontakter',
    ]);
    expect(
      await card.getByRole('link', { name: 'Elvis-rutinen Distanskontakter' }).getAttribute('href'),
    ).toBe(ELVIS_ROUTINES);
    expect(await popup.locator('[data-vmk-status]').innerText()).toContain('Patienten kom inte');
    // The meeting's list was closed: a fresh one.
    expect(await popup.locator('#item-private-room').isChecked()).toBe(false);
    await popup.close();
  });

  it('from the reminder in a portal page, folded: it opens on the routine, and the popup shows the same', async () => {
    const popup = await openPopup(session);
    await popup.locator('[data-vmk-action="meeting-ended"]').click();
    await popup.locator('[data-vmk-reminder="call"]').waitFor();
    expect(await popup.locator('[data-vmk-reminder="call"] li').allInnerTexts()).toHaveLength(2);

    const portal = await session.newPage();
    await portal.goto(session.url('1177', '/arenden'));
    const card = pageReminder(portal, 'call');
    await expect.poll(() => card.count(), { timeout: 10_000 }).toBe(1);
    const missed = card.getByRole('button', { name: 'Patienten kom inte' });
    expect(await missed.getAttribute('aria-pressed')).toBe('false');
    await missed.click();
    await expect.poll(() => card.getAttribute('data-vmk-missed')).toBe('true');
    expect(await missed.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => card.locator('li').first().isVisible()).toBe(true);
    expect(await card.locator('li').first().innerText()).toContain('Elvis-rutinen Distanskontakter');
    await expect
      .poll(() => popup.locator('[data-vmk-reminder="call"]').getAttribute('data-vmk-missed'))
      .toBe('true');

    // The patient came after all: back to the ordinary steps, everywhere.
    await missed.click();
    await expect.poll(() => card.getAttribute('data-vmk-missed')).toBeNull();
    await expect
      .poll(() => popup.locator('[data-vmk-reminder="call"] h2').innerText())
      .toBe('Efter videomötet: dokumentera och registrera');
    await closeAll(portal, popup);
  });
});

describe.skipIf(POLICY.skip)(POLICY.name('the missed-meeting step by policy'), () => {
  afterEach(async () => {
    removePolicy();
    await reloadPolicies(session.browser.context);
  });

  it('takes IT’s wording and link', async () => {
    writePolicy(session.extensionId, {
      'checks.checklist.reminders.missedMeeting.text': 'Registrera uteblivet besök enligt enhetens lathund.',
      'checks.checklist.reminders.missedMeeting.url': 'https://intra.example.se/elvis/utebliven',
    });
    await reloadPolicies(session.browser.context);
    const popup = await openPopup(session);
    await popup.locator('[data-vmk-section="checklist"] [data-vmk-action="patient-missed"]').click();
    const card = popup.locator('[data-vmk-reminder="call"]');
    await card.waitFor();
    await expect
      .poll(() => card.locator('li').allInnerTexts())
      .toEqual(['Registrera uteblivet besök enligt enhetens lathund. Elvis-rutinen Distanskontakter']);
    expect(
      await card.getByRole('link', { name: 'Elvis-rutinen Distanskontakter' }).getAttribute('href'),
    ).toBe('https://intra.example.se/elvis/utebliven');
    await card.getByRole('button', { name: 'Klart' }).click();
    await popup.close();
  });
});
