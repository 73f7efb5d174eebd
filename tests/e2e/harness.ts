/**
 * One end-to-end session: the replica portals on a free port, Chromium with the built extension, and a record of
 * every request that pages, frames and workers make, to prove that nothing leaves the computer.
 */
import { recordOffscreenDocument, type OffscreenRecorder } from './offscreen-recorder.ts';
import type { Page, Request } from 'playwright-core';
import { launchWithExtension, type LaunchedBrowser, type LaunchOptions } from '../../scripts/chromium.ts';
import { replicaOrigin, type ReplicaName } from '../replicas/hosts.ts';
import { startReplicaServer } from '../replicas/server.ts';
import { shiftedClockEnvironment } from '../../scripts/test-clock.ts';

export interface E2eSession {
  browser: LaunchedBrowser;
  extensionId: string;
  port: number;
  url(replica: ReplicaName, path?: string): string;
  extensionUrl(path: string): string;
  /** Every request seen so far (URL and where it came from). */
  requests: { url: string; from: string }[];
  /** Requests to anything but this computer. */
  outsideRequests(): { url: string; from: string }[];
  /** The offscreen analyzer, which Playwright does not see: its requests are in `requests` too. */
  offscreen: OffscreenRecorder | null;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

const LOCAL_HOST = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|.+\.localhost)$/;

export function leavesComputer(url: string): boolean {
  const parsed = new URL(url);
  if (!['http:', 'https:', 'ws:', 'wss:', 'ftp:'].includes(parsed.protocol)) return false;
  return !LOCAL_HOST.test(parsed.hostname);
}

function origin(request: Request): string {
  try {
    return request.frame().url() || 'frame';
  } catch {
    return request.serviceWorker()?.url() ?? 'worker';
  }
}

/**
 * Under `npm run test:clock` / `test:moments` (scripts/test-clock.ts) the whole run must see the chosen moment:
 * this process and its replica servers, and every process of the browser. A run whose browser kept the real clock
 * would pass while proving nothing, so it stops here instead.
 */
async function checkClock(browser: LaunchedBrowser, browserShiftSeconds: number): Promise<void> {
  const at = process.env.VMK_CLOCK_AT;
  if ((!at && browserShiftSeconds === 0) || !browser.serviceWorker) return;
  const here = Date.now();
  const inBrowser = (await browser.serviceWorker.evaluate(() => Date.now())) - browserShiftSeconds * 1000;
  // The clock runs on from the chosen moment: a run lasts minutes, never hours.
  const chosen = at ? Date.parse(at) : here;
  const near = (time: number) => time >= chosen - 60_000 && time <= chosen + 3 * 3_600_000;
  if (!near(here) || Math.abs(inBrowser - here) > 60_000) {
    throw new Error(
      `The clock should be near ${at ?? 'now'} here and ${browserShiftSeconds} s off that in the browser: ` +
        `the tests see ${new Date(here).toISOString()}, the browser ${new Date(inBrowser).toISOString()} (unshifted).`,
    );
  }
}

export interface SessionOptions extends LaunchOptions {
  /** The browser's clock this many seconds off the tests' and the replicas' (negative: behind). */
  browserClockShiftSeconds?: number;
  /**
   * The moment the session starts at, for the browser and the replicas alike (both clocks run on from it), so
   * that a test can state its expectations as dates written out by hand. The test process keeps its own clock.
   */
  clockAt?: Date;
}

export async function startSession(options: SessionOptions = {}): Promise<E2eSession> {
  const clockAtShift = options.clockAt ? Math.round((options.clockAt.getTime() - Date.now()) / 1000) : 0;
  const replicas = await startReplicaServer({
    port: 0,
    now: () => new Date(Date.now() + clockAtShift * 1000),
  });
  const shift = clockAtShift + (options.browserClockShiftSeconds ?? 0);
  const browser = await launchWithExtension(
    shift === 0 ? options : { ...options, env: { ...options.env, ...shiftedClockEnvironment(shift) } },
  );
  await checkClock(browser, shift);
  const requests: { url: string; from: string }[] = [];
  browser.context.on('request', (request) => requests.push({ url: request.url(), from: origin(request) }));
  const offscreen = browser.extensionId
    ? await recordOffscreenDocument(browser.context, browser.extensionId, requests)
    : null;
  return {
    browser,
    extensionId: browser.extensionId,
    port: replicas.port,
    url: (replica, path = '/') => `${replicaOrigin(replica, replicas.port)}${path}`,
    extensionUrl: (path) => `chrome-extension://${browser.extensionId}/${path.replace(/^\//, '')}`,
    requests,
    outsideRequests: () => requests.filter((request) => leavesComputer(request.url)),
    offscreen,
    newPage: () => browser.context.newPage(),
    async close() {
      await browser.close();
      await replicas.close();
    },
  };
}
