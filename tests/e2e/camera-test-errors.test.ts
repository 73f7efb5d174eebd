/**
 * The pre-call camera test when there is no picture: no camera at all, or the camera not allowed. Each needs a
 * browser started its own way (Chromium checks for a device before it asks for permission).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startSession, type E2eSession } from './harness.ts';

let session: E2eSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function errorShown(
  args: string[],
): Promise<{ kind: string | null; text: string | null; outside: unknown[] }> {
  session = await startSession({ args });
  const page = await session.newPage();
  await page.goto(session.extensionUrl('camera-test.html'));
  const error = page.locator('[data-vmk-camera-error]');
  await error.waitFor({ timeout: 15_000 });
  return {
    kind: await error.getAttribute('data-vmk-camera-error'),
    text: await error.textContent(),
    outside: session.outsideRequests(),
  };
}

describe('the pre-call camera test without a picture', () => {
  it('says that no camera was found when the computer has none', async () => {
    const shown = await errorShown(['--use-fake-ui-for-media-stream']);
    expect(shown.kind).toBe('NotFoundError');
    expect(shown.text).toContain('Ingen kamera hittades');
    expect(shown.outside).toEqual([]);
  });

  it('says how to allow the camera when permission is denied', async () => {
    const shown = await errorShown(['--use-fake-device-for-media-stream', '--deny-permission-prompts']);
    expect(shown.kind).toBe('NotAllowedError');
    expect(shown.text).toContain('Tillåt kameran');
  });
});
