/**
 * The extension's own UI never covers the portal's controls, on any layout (lib/placement/): the layout test page
 * (tests/replicas/layout/) with its controls in every corner and edge, at three window sizes, and calls that end
 * and are followed by the next one, in the layout page's room and in the Vård och hälsa replica's.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForChipState } from './call-overlay-support.ts';
import { getExtensionStorage, pageReminder, setExtensionStorage } from './checklist-support.ts';
import { startFakeCameraSession, type FakeCameraSession } from './fake-camera.ts';
import type { E2eSession } from './harness.ts';
import { arrangements, coverings, sampleCoverings, samples, waitForPlacement } from './placement-support.ts';

const WINDOWS = [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
  // A small laptop screen, once the browser's own bars are taken off.
  { width: 1280, height: 640 },
];

let call: FakeCameraSession;
let session: E2eSession;
let page: Page;
let extensionPage: Page;

async function seedReminders(kinds: readonly ('call' | 'reply')[]): Promise<void> {
  const at = Date.now();
  await setExtensionStorage(extensionPage, {
    'reminders:pending': kinds.map((kind) => ({ kind, portal: 'vardochhalsa', at })),
  });
}

beforeAll(async () => {
  call = await startFakeCameraSession('astronaut-wall-ok.jpg');
  session = call.session;
  extensionPage = await session.newPage();
  await extensionPage.goto(session.extensionUrl('popup.html'));
  page = await session.newPage();
}, 60_000);

afterAll(async () => {
  await call?.close();
});

describe('on a message page, whatever the layout', () => {
  it('puts the presence mark, both reminders and a notice clear of every control, at every window size', async () => {
    await seedReminders(['call', 'reply']);
    let checked = 0;
    for (const size of WINDOWS) {
      await page.setViewportSize(size);
      for (const arrangement of arrangements()) {
        await page.goto(session.url('layout', `/meddelanden/l1?${arrangement}`));
        // The positive signal first: both items placed whole (there is room beside the controls).
        await waitForPlacement(page, '.vmk-presence', ['full']);
        await page.locator('vmk-reminders [data-vmk-reminder="reply"]').waitFor();
        await waitForPlacement(page, '.vmk-page-reminders', ['full']);
        // A notice too: the signature button with no profile filled in says what is missing.
        await page.locator('vmk-signature-button button').click();
        await waitForPlacement(page, '.vmk-signature-notice', ['full', 'dot']);
        const found = await coverings(page);
        expect(found, `${size.width}×${size.height} ${arrangement}`).toEqual([]);
        checked += 1;
      }
    }
    expect(checked).toBe(WINDOWS.length * 8);
  });

  it('shrinks to dots between the controls when no spot fits the items whole', async () => {
    await page.setViewportSize(WINDOWS[2]!);
    await page.goto(session.url('layout', '/meddelanden/l1?crowd=1&send=bottom-right&cookie=bottom-left'));
    expect(await waitForPlacement(page, '.vmk-page-reminders', ['dot', 'none'])).toBe('dot');
    await waitForPlacement(page, '.vmk-presence', ['dot', 'none']);
    expect(await coverings(page)).toEqual([]);
  });

  it('moves away when the page puts a control under an item', async () => {
    await page.setViewportSize(WINDOWS[1]!);
    await page.goto(session.url('layout', '/meddelanden/l1?send=top-left'));
    await waitForPlacement(page, '.vmk-presence', ['full']);
    // The portal opens a panel of buttons right where the mark and the reminders are.
    await page.evaluate(() => {
      const panel = document.createElement('div');
      panel.setAttribute('role', 'toolbar');
      panel.className = 'vc-call-controls';
      panel.style.cssText = 'position:fixed;right:0;bottom:0;width:600px;height:300px;background:#ccd';
      panel.innerHTML = '<button type="button" style="width:100%;height:100%">Ny panel</button>';
      document.body.append(panel);
    });
    await expect.poll(() => coverings(page), { timeout: 10_000 }).toEqual([]);
  });
});

describe('calls: call, end, next call', () => {
  it('in the layout page room, nothing covers the call controls at any sampled frame', async () => {
    await seedReminders([]);
    await page.setViewportSize(WINDOWS[2]!);
    await page.goto(
      session.url('layout', '/mote/l1?call=bottom&end=bottom-right&send=top-right&cookie=left'),
    );
    await sampleCoverings(page);
    await waitForChipState(page, 'ok', 60_000);
    await page.getByRole('button', { name: 'Avsluta samtal' }).click();
    // The after-meeting reminder shows once the call has ended, placed clear of what is left.
    await pageReminder(page, 'call').waitFor({ timeout: 20_000 });
    await waitForPlacement(page, '.vmk-page-reminders', ['full', 'dot']);
    await page.getByRole('button', { name: 'Nästa samtal' }).click();
    // The next call: the reminder goes from the page, and stays in storage for the popup and the toolbar count.
    await pageReminder(page, 'call').waitFor({ state: 'detached', timeout: 20_000 });
    await waitForChipState(page, 'ok', 60_000);
    const pending = (await getExtensionStorage(extensionPage, 'reminders:pending')) as { kind: string }[];
    expect(pending.map((entry) => entry.kind)).toContain('call');
    const { found, sampled } = await samples(page);
    console.log(`placement: layout room, ${sampled} frames sampled`);
    expect(sampled).toBeGreaterThan(10);
    expect(found).toEqual([]);
  });

  it('in the Vård och hälsa room, nothing covers the call controls at any sampled frame', async () => {
    await seedReminders(['reply']);
    await page.setViewportSize(WINDOWS[2]!);
    await page.goto(session.url('vardochhalsa', '/kalender'));
    await page.evaluate(() => ((window as unknown as { vmkTestNoReload: boolean }).vmkTestNoReload = true));
    await sampleCoverings(page);
    await page.getByRole('button', { name: 'Ring' }).first().click();
    await page.waitForURL(/\/mote\/m\d+$/);
    await waitForChipState(page, 'ok', 60_000);
    await page.getByRole('button', { name: 'Avsluta samtal' }).click();
    await pageReminder(page, 'call').waitFor({ timeout: 20_000 });
    const first = await samples(page);
    // The next call, from the calendar again.
    await page.goto(session.url('vardochhalsa', '/kalender'));
    await sampleCoverings(page);
    await page.getByRole('button', { name: 'Ring' }).nth(1).click();
    await page.waitForURL(/\/mote\/m\d+$/);
    await waitForChipState(page, 'ok', 60_000);
    await expect.poll(() => pageReminder(page, 'call').count(), { timeout: 20_000 }).toBe(0);
    const second = await samples(page);
    console.log(`placement: Vård och hälsa room, ${first.sampled} + ${second.sampled} frames sampled`);
    expect(first.sampled + second.sampled).toBeGreaterThan(10);
    expect([...first.found, ...second.found]).toEqual([]);
  });
});
