/**
 * `npm start`: serves the replica portals and opens Chromium with the built extension on them. With a display it
 * opens a window to use by hand (Ctrl+C to stop); without one it runs headless, takes a screenshot of each portal
 * with the extension active, and says where they are.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension } from './chromium.ts';
import { DEFAULT_REPLICA_PORT, replicaOrigin, type ReplicaName } from '../tests/replicas/hosts.ts';
import { startReplicaServer } from '../tests/replicas/server.ts';

const DEMO_PAGES: { replica: ReplicaName; path: string; file: string }[] = [
  { replica: '1177', path: '/arenden', file: '1177-personalverktyget-arenden.png' },
  { replica: 'vardochhalsa', path: '/meddelanden', file: 'vard-och-halsa-meddelanden.png' },
  { replica: 'vardochhalsa', path: '/mote/m501', file: 'vard-och-halsa-videomote.png' },
  { replica: 'sob', path: '/moment/2041', file: 'stod-och-behandling-moment.png' },
];

const port = Number(process.env.VMK_REPLICA_PORT ?? DEFAULT_REPLICA_PORT);
const headless = process.env.VMK_HEADLESS === '1' || (process.platform === 'linux' && !process.env.DISPLAY);
const replicas = await startReplicaServer({ port });
/**
 * Without a display there is no camera either: Chromium's fake camera shows a test photograph (a well-framed
 * portrait from tests/fixtures/media) to the video room, turned into a video with ffmpeg when it is installed.
 */
function fakeCameraArgs(): string[] {
  const args = ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'];
  const photo = resolve(import.meta.dirname, '..', 'tests/fixtures/media/derived/astronaut-wall-ok.jpg');
  const video = join(mkdtempSync(join(tmpdir(), 'vmk-camera-')), 'portrait.y4m');
  try {
    execFileSync('ffmpeg', [
      '-loglevel',
      'error',
      '-y',
      '-loop',
      '1',
      '-i',
      photo,
      '-t',
      '2',
      '-r',
      '10',
      '-vf',
      'scale=640:480:force_original_aspect_ratio=decrease,pad=640:480:(ow-iw)/2:(oh-ih)/2,format=yuv420p',
      video,
    ]);
    return [...args, `--use-file-for-fake-video-capture=${video}`];
  } catch {
    console.warn("ffmpeg is missing: the video room shows Chromium's test pattern instead of a portrait.");
    return args;
  }
}

/**
 * The video room's screenshot shows the camera chip's verdict (green, or advice), not "Kamerakontrollen startar …":
 * waits for it, or says that it did not come.
 */
async function firstVerdict(page: Page): Promise<void> {
  const verdict = page.locator(
    'vmk-call-overlay .vmk-call-chip:is([data-vmk-call-overlay-state="ok"], [data-vmk-call-overlay-state="issues"])',
  );
  try {
    await verdict.waitFor({ state: 'visible', timeout: 30_000 });
  } catch {
    console.warn('The camera chip gave no verdict within 30 s: the screenshot shows it as it was.');
  }
}

const browser = await launchWithExtension({ headless, args: headless ? fakeCameraArgs() : [] });
const urls = DEMO_PAGES.map(({ replica, path }) => `${replicaOrigin(replica, replicas.port)}${path}`);

if (headless) {
  const folder = resolve(import.meta.dirname, '..', 'screenshots');
  mkdirSync(folder, { recursive: true });
  for (const [index, { file, path }] of DEMO_PAGES.entries()) {
    const page = await browser.context.newPage();
    await page.goto(urls[index]!);
    await page.locator('html[data-vmk-portal]').waitFor({ state: 'attached', timeout: 15_000 });
    if (path.startsWith('/mote/')) await firstVerdict(page);
    await page.waitForTimeout(4000); // let late content and the deadline badges settle
    await page.screenshot({ path: resolve(folder, file), fullPage: false });
    await page.close();
    console.log(`screenshot: ${resolve(folder, file)}`);
  }
  console.log(
    `No display: ran headless. Screenshots of each portal with the extension active are in ${folder}`,
  );
  await browser.close();
  await replicas.close();
} else {
  for (const url of urls) await (await browser.context.newPage()).goto(url);
  await (await browser.context.newPage()).goto(`chrome-extension://${browser.extensionId}/options.html`);
  console.log(
    `Replica portals:\n${urls.map((url) => `  ${url}`).join('\n')}\nClose the browser or press Ctrl+C to stop.`,
  );
  const stop = async () => {
    await browser.close();
    await replicas.close();
    process.exit(0);
  };
  browser.context.on('close', () => void stop());
  process.on('SIGINT', () => void stop());
}
