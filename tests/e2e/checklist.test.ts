import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { formatDate } from '../replicas/time.ts';
import { callMessages, listenForCallMessages } from './call-overlay-support.ts';
import type { E2eSession } from './harness.ts';
import { startFakeCameraSession, type FakeCameraSession } from './fake-camera.ts';
import { POLICY, reloadPolicies, removePolicy, writePolicy } from './policy.ts';
import {
  badgeText,
  getExtensionStorage,
  itemState,
  openPopup,
  pageReminder,
  setExtensionStorage,
} from './checklist-support.ts';

/**
 * The checklist popup, its policy, and the reminders after a meeting and a reply, in Chromium with the built
 * extension against the replica portals. The fake camera shows a labelled test picture (a person in front of a full
 * bookshelf: framing, light and camera height fine, background cluttered), made into a video at test time; the
 * video room uses the same camera.
 */
let call: FakeCameraSession;
let session: E2eSession;

beforeAll(async () => {
  removePolicy();
  call = await startFakeCameraSession('astronaut-shelf-cluttered.jpg');
  session = call.session;
  await listenForCallMessages(session);
});
afterAll(async () => {
  removePolicy();
  await call?.close();
});

/** When the popup's current checklist began (a closed meeting starts a new one). */
async function checklistStartedAt(popup: Page): Promise<number> {
  return (
    ((await getExtensionStorage(popup, 'checklist:state')) as { startedAt?: number } | undefined)
      ?.startedAt ?? 0
  );
}

/** The in-call overlay has told the background that a call began (so it will tell it when the call ends). */
async function waitForCallStarted(startedBefore: number): Promise<void> {
  await expect.poll(callsStarted, { timeout: 30_000 }).toBeGreaterThan(startedBefore);
}

/** How many calls the background has been told of so far. */
async function callsStarted(): Promise<number> {
  return (await callMessages(session)).filter((type) => type === 'call:started').length;
}

/**
 * The text a card shows once it shows `expected`: a card that grows is placed anew, clear of the portal's controls,
 * and hidden until then (between two frames, but a test can read in between), so one reading is taken whole.
 */
async function textOnceShown(card: Locator, expected: string): Promise<string> {
  let text = '';
  await expect.poll(async () => (text = await card.innerText())).toContain(expected);
  return text;
}

async function closeAll(...pages: Page[]) {
  await Promise.all(pages.map((page) => page.close().catch(() => undefined)));
}

describe('the checklist in the popup', () => {
  it('pre-fills the camera items from a camera test run on the fake camera, and says why for the others', async () => {
    const popup = await openPopup(session);
    await expect
      .poll(async () => (await itemState(popup, 'camera-framing'))?.note)
      .toContain('Inget kameratest ännu');
    const [cameraTest] = await Promise.all([
      session.browser.context.waitForEvent('page'),
      popup.locator('[data-vmk-action="camera-test"]').click(),
    ]);
    await cameraTest.waitForURL(session.extensionUrl('camera-test.html'));
    // The camera test keeps its latest verdicts for the checklist once it has judged the picture…
    await expect
      .poll(() => getExtensionStorage(cameraTest, 'camera:lastVerdicts'), { timeout: 60_000, interval: 1000 })
      .toMatchObject({ framing: 'ok', lighting: 'ok', background: 'cluttered' });
    await closeAll(cameraTest);

    // …and the open checklist takes them up at once.
    await expect.poll(async () => (await itemState(popup, 'camera-framing'))?.auto).toBe('ok');
    for (const id of ['camera-framing', 'lighting', 'nobody-in-view']) {
      const item = await itemState(popup, id);
      expect(item, id).toMatchObject({ ticked: true, auto: 'ok' });
      expect(item?.note, id).toMatch(/Förifyllt av datorn: Kameratestet kl\. \d\d:\d\d: bra\./);
    }
    const background = await itemState(popup, 'background');
    expect(background).toMatchObject({ ticked: false, auto: 'problem' });
    expect(background?.note).toContain('bakgrunden är inte neutral och välstädad');
    // Camera height is an estimate: ok pre-ticks it, "could not tell" leaves it to the clinician.
    expect(['ok', 'unknown']).toContain((await itemState(popup, 'eye-contact'))?.auto);

    // Chromium is not Chrome or Edge; the fake devices have no headset, and their names are hidden anyway.
    expect(await itemState(popup, 'browser')).toMatchObject({ ticked: false, auto: 'unknown' });
    expect((await itemState(popup, 'browser'))?.note).toContain('Chromium');
    expect(await itemState(popup, 'computer-camera')).toMatchObject({ ticked: true, auto: 'ok' });
    const headset = await itemState(popup, 'headset');
    expect(headset).toMatchObject({ ticked: false, auto: 'unknown' });
    expect(headset?.note).toMatch(/mikrofonen|headset/i);

    // The groups of the guideline, in its order.
    expect(await popup.locator('[data-vmk-group] legend').allInnerTexts()).toEqual([
      'Teknik',
      'Omgivning',
      'Klädsel och namnskylt',
      'Distansarbete',
      'Patientens identitet',
    ]);
    await closeAll(popup);
  }, 120_000);

  it('is ticked from the keyboard, shows progress, keeps the ticks, and starts afresh for a new meeting', async () => {
    const startedOn = formatDate(new Date());
    const popup = await openPopup(session);
    const progress = popup.locator('[data-vmk-progress]');
    await expect.poll(() => progress.getAttribute('data-vmk-progress')).toMatch(/^\d+\/\d+$/);
    const before = (await progress.getAttribute('data-vmk-progress'))!;

    await popup.locator('#item-private-room').focus();
    await popup.keyboard.press('Space');
    await popup.keyboard.press('Tab');
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('item-door-sign');
    await popup.keyboard.press('Space');
    const [done, total] = before.split('/').map(Number);
    await expect.poll(() => progress.getAttribute('data-vmk-progress')).toBe(`${done! + 2}/${total}`);

    // Remote work adds its items only when the meeting is remote work.
    expect(await popup.locator('[data-vmk-item="remote-approved"]').count()).toBe(0);
    await popup.locator('#checklist-remote').check();
    expect(await popup.locator('[data-vmk-item="remote-approved"]').count()).toBe(1);
    await expect.poll(() => progress.getAttribute('data-vmk-progress')).toBe(`${done! + 2}/${total! + 2}`);

    // Reopening the popup keeps the answers. The default policy starts a new list each day: in a run that crosses
    // Stockholm midnight while this test runs, the list may be the new day's, and either answer is right.
    await popup.reload();
    await expect
      .poll(async () => ({
        ticked: (await itemState(popup, 'door-sign'))?.ticked,
        sameDay: formatDate(new Date()) === startedOn,
      }))
      .toSatisfy(({ ticked, sameDay }) => ticked === true || !sameDay);

    await popup.locator('[data-vmk-action="new-checklist"]').click();
    await expect.poll(async () => (await itemState(popup, 'door-sign'))?.ticked).toBe(false);
    expect(await popup.locator('#checklist-remote').isChecked()).toBe(false);
    await expect.poll(() => popup.locator('[data-vmk-status]').innerText()).toContain('ny checklista');
    // The finished list was counted, locally.
    await popup.locator('[data-vmk-counts] summary').click();
    await expect
      .poll(() => popup.locator('[data-vmk-counts-lists]').innerText())
      .toMatch(/1 checklistor använda/);
    // Items left unticked most often, first in checklist order on a tie: the browser (Chromium is not Chrome/Edge).
    expect(await popup.locator('[data-vmk-counts-often] li').count()).toBe(3);
    expect(await popup.locator('[data-vmk-count-item="browser"]').innerText()).toMatch(
      /webbläsare.*\(1 gånger\)/,
    );
    await closeAll(popup);
  });

  it('prints the door sign with the unit’s name from the profile', async () => {
    const popup = await openPopup(session);
    await setExtensionStorage(popup, {
      settings: { profile: { unit: 'Hudmottagningen', hospital: 'SÄS Borås' } },
    });
    const [sign] = await Promise.all([
      session.browser.context.waitForEvent('page'),
      popup.locator('[data-vmk-item="door-sign"] button').click(),
    ]);
    await sign.waitForLoadState();
    expect(sign.url()).toContain('/door-sign.html');
    await expect.poll(() => sign.locator('[data-vmk-door-sign-unit]').innerText()).toBe('Hudmottagningen');
    expect(await sign.locator('h1').innerText()).toBe('Här pågår videomöte – var god stör ej');
    await setExtensionStorage(popup, { settings: {} });
    await closeAll(sign, popup);
  });
});

describe('reminders after a meeting and after a reply', () => {
  afterEach(async () => {
    // Every test starts with no reminder waiting.
    const popup = await openPopup(session);
    await setExtensionStorage(popup, { 'reminders:pending': [] });
    await closeAll(popup);
  });

  it('appears in the portal page after a replica video call ends, and is dismissed from the keyboard', async () => {
    const started = await callsStarted();
    const room = await session.newPage();
    await room.goto(session.url('vardochhalsa', '/mote/m501'));
    await room.getByRole('button', { name: 'Avsluta samtal' }).waitFor();
    await expect.poll(() => room.locator('vmk-reminders').count(), { timeout: 10_000 }).toBe(1);
    // Ended as the clinician ends it: the in-call overlay sees the call go and tells the background.
    await waitForCallStarted(started);
    await room.getByRole('button', { name: 'Avsluta samtal' }).click();

    const card = pageReminder(room, 'call');
    await expect.poll(() => card.count(), { timeout: 10_000 }).toBe(1);
    // Folded in the page (it must not cover the portal's own controls) until the clinician opens the steps.
    expect(await card.innerText()).not.toContain('Elvis');
    await card.getByRole('button', { name: 'Visa stegen' }).click();
    const text = await textOnceShown(card, 'Besöksmallen');
    expect(text).toContain('”Digitalt vårdmöte”');
    expect(text).toContain('Elvis');
    expect(text).toContain('MedControl PRO');
    expect(text).not.toContain('1177:s personalverktyg');
    // The toolbar badge counts it too.
    await expect.poll(() => badgeText(session), { timeout: 10_000 }).toBe('1');

    // Focused once the card shows (a card being placed anew is hidden for a frame, and takes no focus then).
    const done = card.getByRole('button', { name: 'Klart' });
    await expect
      .poll(async () => {
        await done.focus();
        return done.evaluate((button) => button.matches(':focus'));
      })
      .toBe(true);
    await room.keyboard.press('Enter');
    await expect.poll(() => card.count()).toBe(0);
    await closeAll(room);
  });

  it('appears in the popup after “Mötet är slut”, takes the focus, and closes the meeting’s checklist', async () => {
    const popup = await openPopup(session);
    await popup.locator('#item-name-badge').check();
    await popup.locator('[data-vmk-action="meeting-ended"]').click();
    const card = popup.locator('[data-vmk-reminder="call"]');
    await card.waitFor();
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('vmk-reminder-call');
    expect(await itemState(popup, 'name-badge')).toMatchObject({ ticked: false });
    // An open portal tab shows the same reminder, and "Klart" in the popup clears both.
    const portal = await session.newPage();
    await portal.goto(session.url('vardochhalsa', '/kalender'));
    await expect.poll(() => pageReminder(portal, 'call').count(), { timeout: 10_000 }).toBe(1);
    await card.getByRole('button', { name: 'Klart' }).click();
    await expect.poll(() => pageReminder(portal, 'call').count()).toBe(0);
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('checklist-heading');
    await closeAll(portal, popup);
  });

  it('appears after a written reply is sent on 1177, also across the form’s page load', async () => {
    const page = await session.newPage();
    await page.goto(session.url('1177', '/arenden?visa=obesvarade'));
    await page.locator('table a, .arende-lista a').first().click();
    const field = page.locator('#svarstext');
    await field.waitFor();
    await field.fill('Hej! Provsvaret är normalt.');
    // The portal's own send: the signature check (its button beside the field shows it is active) tells the
    // background that a reply went out.
    await page.locator('[data-vmk-signature-button]').waitFor({ state: 'attached', timeout: 15_000 });
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Skicka' }).click()]);
    const card = pageReminder(page, 'reply');
    await expect.poll(() => card.count(), { timeout: 10_000 }).toBe(1);
    await card.getByRole('button', { name: 'Visa stegen' }).click();
    const text = await textOnceShown(card, 'Anteckningar');
    expect(text).toContain('1177:s personalverktyg är inte ett journalsystem');
    expect(text).toContain('Elvis');
    await closeAll(page);
  });
});

describe.skipIf(POLICY.skip)(POLICY.name('IT’s policy from a real policy file'), () => {
  afterEach(async () => {
    removePolicy();
    await reloadPolicies(session.browser.context);
  });

  it('adds, removes, rewords, requires and links items, and words the reminder', async () => {
    writePolicy(session.extensionId, {
      profile: { unit: 'Barn- och ungdomsmedicin' },
      checks: {
        checklist: {
          items: {
            add: [
              { id: 'tolk', group: 'patientIdentity', text: 'Tolk är bokad vid behov', required: true },
              { id: 'trasig', group: 'ingen-grupp', text: 'Fel grupp' },
            ],
            remove: ['wired-network', 'guardian-child', 'finns-inte'],
            reword: { 'name-badge': 'SÄS-bricka med yrkestitel synlig' },
            required: ['door-sign'],
            links: [
              {
                item: 'remote-approved',
                url: 'https://intra.example.se/distans',
                text: 'Distansarbete inom VGR',
              },
            ],
          },
          routines: [{ text: 'Enhetens rutin för videobesök', url: 'https://intra.example.se/video' }],
          reminders: {
            callSteps: [
              { text: 'Besöksmallen, Besökstyp Digitalt vårdmöte', url: 'https://intra.example.se/melior' },
            ],
            deviation: { url: 'https://medcontrol.example.se/ny' },
          },
        },
      },
    });
    await reloadPolicies(session.browser.context);
    const popup = await openPopup(session);
    await expect.poll(async () => (await itemState(popup, 'tolk'))?.required, { timeout: 20_000 }).toBe(true);
    expect((await itemState(popup, 'tolk'))?.text).toBe('Tolk är bokad vid behov (obligatorisk)');
    expect(await itemState(popup, 'wired-network')).toBeUndefined();
    expect(await itemState(popup, 'guardian-child')).toBeUndefined();
    expect(await itemState(popup, 'trasig')).toBeUndefined();
    expect((await itemState(popup, 'name-badge'))?.text).toBe('SÄS-bricka med yrkestitel synlig');
    expect(await itemState(popup, 'door-sign')).toMatchObject({ required: true });
    expect(await popup.locator('[data-vmk-progress] label').innerText()).toMatch(/obligatoriska: 0 av 2/);
    await popup.locator('#checklist-remote').check();
    expect(await popup.locator('[data-vmk-item="remote-approved"] a').getAttribute('href')).toBe(
      'https://intra.example.se/distans',
    );
    expect(await popup.getByRole('link', { name: 'Enhetens rutin för videobesök' }).count()).toBe(1);

    // The door sign takes the unit from the policy.
    const [sign] = await Promise.all([
      session.browser.context.waitForEvent('page'),
      popup.locator('[data-vmk-item="door-sign"] button').click(),
    ]);
    await expect
      .poll(() => sign.locator('[data-vmk-door-sign-unit]').innerText())
      .toBe('Barn- och ungdomsmedicin');

    // The reminder carries IT's steps and the deviation link.
    await popup.locator('[data-vmk-action="meeting-ended"]').click();
    const card = popup.locator('[data-vmk-reminder="call"]');
    await card.waitFor();
    expect(await card.locator('li').allInnerTexts()).toEqual([
      'Besöksmallen, Besökstyp Digitalt vårdmöte Läs mer',
    ]);
    expect(
      await card.getByRole('link', { name: 'Rapportera avvikelse i MedControl PRO' }).getAttribute('href'),
    ).toBe('https://medcontrol.example.se/ny');
    await card.getByRole('button', { name: 'Klart' }).click();

    // The options page lists the entry that could not be used…
    const options = await session.newPage();
    await options.goto(session.extensionUrl('options.html'));
    await expect
      .poll(() => options.locator('[data-vmk-problem="checks.checklist.items.add.1"]').count())
      .toBe(1);
    // …and the one that names no item.
    expect(
      await options.locator('[data-vmk-checklist-problem="items.remove:finns-inte"]').innerText(),
    ).toContain('ingen punkt har detta id');
    await closeAll(sign, options, popup);
  });

  it('switches the reminder after meetings off, locked for the clinician', async () => {
    writePolicy(session.extensionId, { checks: { checklist: { reminders: { afterCall: false } } } });
    await reloadPolicies(session.browser.context);
    const popup = await openPopup(session);
    await popup.locator('[data-vmk-reminder-switches] summary').click();
    await expect
      .poll(() => popup.locator('#reminder-afterCall').isDisabled(), { timeout: 20_000 })
      .toBe(true);
    expect(await popup.locator('#reminder-afterCall').isChecked()).toBe(false);
    expect(await popup.locator('#reminder-afterReply').isDisabled()).toBe(false);

    const started = await callsStarted();
    const room = await session.newPage();
    await room.goto(session.url('vardochhalsa', '/mote/m502'));
    await waitForCallStarted(started);
    const listBefore = await checklistStartedAt(popup);
    await room.getByRole('button', { name: 'Avsluta samtal' }).click();
    // The background has handled the end of the call once it has closed the meeting's checklist (a new list
    // starts); it decides on the reminder in the same step, so only then does its absence mean anything.
    await expect.poll(() => checklistStartedAt(popup), { timeout: 15_000 }).toBeGreaterThan(listBefore);
    expect((await getExtensionStorage(popup, 'reminders:pending')) ?? []).toEqual([]);
    expect(await pageReminder(room, 'call').count()).toBe(0);
    await closeAll(room, popup);
  });
});

describe('privacy', () => {
  it('sent no request off the computer during the whole run', () => {
    expect(session.outsideRequests()).toEqual([]);
  });
});
