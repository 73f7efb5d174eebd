/**
 * `npm start`: serves the replica portals and opens Chromium with the built extension on them. With a display it
 * opens a window to use by hand (Ctrl+C to stop); without one it runs headless, takes a screenshot of each portal
 * with the extension active, and says where they are.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from './chromium.ts';
import { DEFAULT_REPLICA_PORT, replicaOrigin, type ReplicaName } from '../tests/replicas/hosts.ts';
import { startReplicaServer } from '../tests/replicas/server.ts';

const DEMO_PAGES: { replica: ReplicaName; path: string; file: string }[] = [
  { replica: '1177', path: '/', file: '1177-personalverktyget.png' },
  { replica: 'vardochhalsa', path: '/', file: 'vard-och-halsa.png' },
  { replica: 'sob', path: '/', file: 'stod-och-behandling.png' },
];

const port = Number(process.env.VMK_REPLICA_PORT ?? DEFAULT_REPLICA_PORT);
const headless = process.env.VMK_HEADLESS === '1' || (process.platform === 'linux' && !process.env.DISPLAY);
const replicas = await startReplicaServer({ port });
// Chromium's fake camera stands in for a webcam in the video room when there is no display (and no camera).
const browser = await launchWithExtension({
  headless,
  args: headless ? ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'] : [],
});
const urls = DEMO_PAGES.map(({ replica, path }) => `${replicaOrigin(replica, replicas.port)}${path}`);

if (headless) {
  const folder = resolve(import.meta.dirname, '..', 'screenshots');
  mkdirSync(folder, { recursive: true });
  for (const [index, { file }] of DEMO_PAGES.entries()) {
    const page = await browser.context.newPage();
    await page.goto(urls[index]!);
    await page.locator('vmk-presence').waitFor({ state: 'attached', timeout: 15_000 });
    await page.waitForTimeout(1000); // let late content and the extension's marks settle
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
