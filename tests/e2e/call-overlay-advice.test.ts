/**
 * The in-call overlay's advice for pictures that break the guideline, each in its own Chromium run with its own
 * fake-camera file (the fake camera's file is fixed per browser): a clinician off to one side, in front of a window,
 * and with somebody else in view. The room is opened by address.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { copyOfBuiltExtension } from './checklist-support.ts';
import { chip, waitForChipState } from './call-overlay-support.ts';
import { startFakeCameraSession, type FakeCameraSession } from './fake-camera.ts';

const CASES = [
  {
    picture: 'astronaut-wall-left.jpg',
    issue: 'off_center',
    tone: 'advice',
    words: 'ansiktet hamnar i mitten',
  },
  {
    picture: 'astronaut-window-backlit.jpg',
    issue: 'backlit',
    tone: 'problem',
    words: 'Undvik fönster bakom dig',
  },
  {
    picture: 'two-people.jpg',
    issue: 'multiple_people',
    tone: 'problem',
    words: 'Ingen annan ska kunna se mötet',
  },
] as const;

const extension = copyOfBuiltExtension();
let call: FakeCameraSession | undefined;
afterAll(() => extension.remove());
afterEach(async () => {
  await call?.close();
  call = undefined;
});

describe('advice in the call for a picture that needs it', () => {
  it.each(CASES)('$picture: the chip leads with $issue', async ({ picture, issue, tone, words }) => {
    call = await startFakeCameraSession(picture, extension.dir);
    const room = await call.session.newPage();
    await room.goto(call.session.url('vardochhalsa', '/mote/m501'));
    await waitForChipState(room, 'issues', 45_000);
    // The most important issue leads; it has held for a second, so it stays.
    await expect
      .poll(() => chip(room).getAttribute('data-vmk-call-overlay-issue'), { timeout: 10_000 })
      .toBe(issue);
    expect(await chip(room).getAttribute('data-vmk-call-overlay-tone')).toBe(tone);
    await chip(room).locator('[data-vmk-call-overlay-action="details"]').click();
    const advice = chip(room).locator(`[data-vmk-call-overlay-advice="${issue}"]`);
    expect(await advice.innerText()).toContain(words);
    expect(call.session.outsideRequests()).toEqual([]);
  });
});
