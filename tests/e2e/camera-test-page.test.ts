/**
 * The pre-call camera test in Chromium, fed through the fake camera: a video made at test time from the labelled
 * pictures (a good portrait, then the same person in front of a window, then shifted to one side, looping).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type E2eSession } from './harness.ts';

/** The extension API, as the camera test page sees it (page.evaluate runs there). */
declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };

const MEDIA = resolve(import.meta.dirname, '..', 'fixtures', 'media', 'derived');
const PHASES = ['astronaut-wall-ok.jpg', 'astronaut-window-backlit.jpg', 'astronaut-wall-left.jpg'];
const SECONDS_PER_PHASE = 4;

/** A .y4m the fake camera loops: each picture for a few seconds, 5 frames a second, 640×480. */
function makeVideo(dir: string): string {
  const file = join(dir, 'camera.y4m');
  const inputs = PHASES.flatMap((name) => [
    '-loop',
    '1',
    '-t',
    String(SECONDS_PER_PHASE),
    '-i',
    join(MEDIA, name),
  ]);
  const streams = PHASES.map((_, i) => `[${i}:v]`).join('');
  execFileSync('ffmpeg', [
    ...['-loglevel', 'error', '-y', ...inputs],
    '-filter_complex',
    `${streams}concat=n=${PHASES.length}:v=1:a=0,fps=5,scale=640:480,format=yuv420p`,
    file,
  ]);
  return file;
}

const aspect = (page: Page, name: string) => page.locator(`[data-vmk-camera-aspect="${name}"]`);

async function waitForVerdict(page: Page, name: string, verdict: string, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    ([name, verdict]) =>
      document.querySelector(`[data-vmk-camera-aspect="${name}"]`)?.getAttribute('data-verdict') === verdict,
    [name, verdict] as const,
    { timeout },
  );
}

let dir: string;
let session: E2eSession;
let page: Page;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vmk-camera-'));
  const video = makeVideo(dir);
  session = await startSession({
    args: [
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
  });
  page = await session.newPage();
  await page.goto(session.extensionUrl('camera-test.html'));
});

afterAll(async () => {
  await session?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the pre-call camera test with a camera', () => {
  it('shows all four checks green for a good portrait', async () => {
    await page.waitForFunction(
      () => document.querySelector('[data-vmk-camera-allgood]') !== null,
      undefined,
      { timeout: 45_000 },
    );
    for (const name of ['framing', 'camera_height', 'lighting', 'background']) {
      expect(await aspect(page, name).getAttribute('data-severity')).toBe('ok');
    }
    expect(await page.locator('.vmk-camera-advice').count()).toBe(0);
  });

  it('keeps the latest verdicts for the checklist, with a time and no image', async () => {
    const stored = await page.evaluate(
      async () => (await chrome.storage.local.get('camera:lastVerdicts'))['camera:lastVerdicts'],
    );
    expect(Object.keys(stored as object).sort()).toEqual([
      'at',
      'background',
      'camera_height',
      'framing',
      'issues',
      'lighting',
    ]);
    expect(Math.abs(Date.now() - (stored as { at: number }).at)).toBeLessThan(60_000);
  });

  it('asks whether the name badge shows, beside a chest view, and keeps the answer (no image) for the checklist', async () => {
    // The portrait has no name badge: the camera does not claim one, so it asks.
    const yes = page.locator('[data-vmk-camera-badge-answer="yes"]');
    await yes.waitFor({ timeout: 30_000 });
    expect(await page.getByText('Syns din namnskylt med titel?').count()).toBe(1);
    expect(await page.locator('canvas.vmk-camera-badge__crop').count()).toBe(1);
    await yes.click();
    await page.locator('[data-vmk-camera-badge-answered="yes"]').waitFor();
    const stored = async () =>
      (await page.evaluate(
        async () => (await chrome.storage.local.get('camera:lastVerdicts'))['camera:lastVerdicts'],
      )) as Record<string, unknown>;
    await expect.poll(async () => (await stored()).badge, { timeout: 10_000 }).toBe('seen');
    const record = await stored();
    expect(record.badgeBy).toBe('clinician');
    // Words and a time only: nothing that could hold a picture.
    for (const value of Object.values(record)) {
      expect(['string', 'number'].includes(typeof value) || Array.isArray(value)).toBe(true);
      if (typeof value === 'string') expect(value.length).toBeLessThan(40);
    }
  });

  it('tells the clinician to avoid the window behind them when backlit', async () => {
    await waitForVerdict(page, 'lighting', 'backlit');
    expect(await aspect(page, 'lighting').getAttribute('data-severity')).toBe('problem');
    expect(await aspect(page, 'lighting').textContent()).toContain('Undvik fönster bakom dig');
  });

  it('tells the clinician to move to the middle when off-centre', async () => {
    await waitForVerdict(page, 'framing', 'off_center');
    expect(
      await aspect(page, 'framing').locator('[data-vmk-camera-issue="off_center"]').textContent(),
    ).toContain('ansiktet hamnar i mitten');
  });

  it('draws the face box and the person outline over the mirrored self-view', async () => {
    const view = await page.evaluate(() => {
      const mirror = document.querySelector('.vmk-selfview__mirror');
      const canvas = document.querySelector('.vmk-selfview canvas') as HTMLCanvasElement | null;
      const pixels = canvas?.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
      let drawn = 0;
      for (let i = 3; i < pixels.length; i += 4) if ((pixels[i] ?? 0) > 0) drawn++;
      return { transform: mirror ? getComputedStyle(mirror).transform : '', drawn, width: canvas?.width };
    });
    expect(view.transform).toBe('matrix(-1, 0, 0, 1, 0, 0)');
    expect(view.width).toBe(640);
    expect(view.drawn).toBeGreaterThan(2000);
  });

  it('lists the camera in the chooser', async () => {
    const options = await page.locator('[data-vmk-camera-chooser] option').allTextContents();
    expect(options.length).toBeGreaterThanOrEqual(1);
  });

  it('says so clearly when the camera disconnects', async () => {
    await page.evaluate(() => {
      const video = document.querySelector('video');
      const track = (video?.srcObject as MediaStream | null)?.getVideoTracks()[0];
      // What Chromium fires when a camera is unplugged.
      track?.dispatchEvent(new Event('ended'));
    });
    await expect
      .poll(() => page.locator('[data-vmk-camera-error]').getAttribute('data-vmk-camera-error'))
      .toBe('disconnected');
    expect(await page.locator('[data-vmk-camera-error]').textContent()).toContain('Kameran kopplades från');
  });

  it('sent nothing off the computer during the whole camera test', () => {
    // The recorder sees the analyzer worker's own loads (wasm and models from the extension) …
    expect(session.requests.some((r) => r.url.endsWith('/models/face_detection_short_range.tflite'))).toBe(
      true,
    );
    // … and no request to anywhere else (MediaPipe's usage telemetry is blocked by the extension's CSP).
    expect(session.outsideRequests()).toEqual([]);
  });
});
