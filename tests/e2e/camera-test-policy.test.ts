/**
 * IT's camera thresholds on the camera test page, in a browser just started with the policy file already in place:
 * on a profile never used, Chromium delivers the policy a few seconds after it starts, and the page opens before
 * that. The models load meanwhile, but no frame is judged by the built-in limits: a good portrait is judged by IT's
 * from the first verdict on.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DERIVED, fakeCameraVideo } from './fake-camera.ts';
import { startSession, type E2eSession } from './harness.ts';
import { POLICY, removePolicy, writePolicy } from './policy.ts';

/** Fixed by the manifest's key (wxt.config.ts), so that a policy file can name it before the browser starts. */
const EXTENSION_ID = 'glondehmneckecaccigllhcbhcfnffbh';

/** Faces must fill nine tenths of the picture's height: the good portrait is "too far" by IT's limit. */
const STRICT = { 'checks.camera.thresholds.framing.minFaceHeight': 0.9 };

let dir: string;
let session: E2eSession;
let page: Page;

describe.skipIf(POLICY.skip)(POLICY.name('IT’s camera thresholds on a browser’s first start'), () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vmk-camera-policy-'));
    writePolicy(EXTENSION_ID, STRICT);
    session = await startSession({
      args: [
        '--use-fake-device-for-media-stream',
        '--use-fake-ui-for-media-stream',
        `--use-file-for-fake-video-capture=${fakeCameraVideo(join(DERIVED, 'astronaut-wall-ok.jpg'), dir)}`,
      ],
    });
    page = await session.newPage();
    // Every verdict the framing check shows, in order, from the page's first moment.
    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.defineProperty(window, 'vmkFramingVerdicts', { value: seen });
      new MutationObserver(() => {
        const verdict = document
          .querySelector('[data-vmk-camera-aspect="framing"]')
          ?.getAttribute('data-verdict');
        if (verdict && verdict !== 'pending' && seen.at(-1) !== verdict) seen.push(verdict);
      }).observe(document, { subtree: true, attributes: true, childList: true });
    });
    await page.goto(session.extensionUrl('camera-test.html'));
  });
  afterAll(async () => {
    removePolicy();
    await session?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('judges a good portrait by IT’s limit from the first verdict, never by the built-in one', async () => {
    expect(session.extensionId).toBe(EXTENSION_ID);
    const verdicts = () =>
      page.evaluate(() => [...(window as unknown as { vmkFramingVerdicts: string[] }).vmkFramingVerdicts]);
    await expect.poll(verdicts, { timeout: 45_000 }).not.toEqual([]);
    // Held for a few seconds more: the limit stays IT's.
    await page.waitForTimeout(3000);
    expect(await verdicts()).toEqual(['too_far']);
  });
});
