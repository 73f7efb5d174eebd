/**
 * A video call without a camera picture: the browser was not allowed the camera (the same path as no camera, a busy
 * one, or an audio-only call). The portal says so itself; the overlay stays quiet, but the call still starts and
 * ends for the rest of the extension, so the after-meeting reminder comes as after any call.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeText, pageReminder, setExtensionStorage } from './checklist-support.ts';
import { callMessages, listenForCallMessages } from './call-overlay-support.ts';
import { startSession, type E2eSession } from './harness.ts';

let session: E2eSession;
let room: Page;

beforeAll(async () => {
  session = await startSession({ args: ['--use-fake-device-for-media-stream', '--deny-permission-prompts'] });
  await listenForCallMessages(session);
  const extensionPage = await session.newPage();
  await extensionPage.goto(session.extensionUrl('options.html'));
  await setExtensionStorage(extensionPage, { 'reminders:pending': [] });
  await extensionPage.close();
  room = await session.newPage();
  await room.goto(session.url('vardochhalsa', '/mote/m501'));
});

afterAll(async () => {
  await session?.close();
});

describe('a video call without a camera picture', () => {
  it('leaves the portal’s own message about the camera alone and shows no chip', async () => {
    await expect
      .poll(() => room.locator('.vc-media-error').innerText(), { timeout: 15_000 })
      .toContain('inte fått använda kameran');
    // The overlay has looked at the room and found no camera picture once it starts the call without one.
    await expect.poll(() => callMessages(session), { timeout: 15_000 }).toEqual(['call:started']);
    expect(await room.locator('vmk-call-overlay').count()).toBe(0);
    expect(await room.locator('iframe[data-vmk-camera-analyzer]').count()).toBe(0);
  });

  it('still tells the background that the call started, once', async () => {
    await expect.poll(() => callMessages(session)).toEqual(['call:started']);
  });

  it('ends the call with "Avsluta samtal", and the after-meeting reminder appears', async () => {
    await room.getByRole('button', { name: 'Avsluta samtal' }).click();
    await expect.poll(() => room.locator('.vc-flash').innerText()).toContain('Samtalet har avslutats');
    await expect.poll(() => callMessages(session)).toEqual(['call:started', 'call:ended']);
    await expect.poll(() => pageReminder(room, 'call').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => badgeText(session), { timeout: 10_000 }).toBe('1');
    expect(session.outsideRequests()).toEqual([]);
  });
});
