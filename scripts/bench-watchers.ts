/**
 * Watchers benchmark (part of `npm run bench`): what the two watchers that run on every portal page cost on the
 * main thread, in headless Chromium with the built extension against the replica portals:
 *   - `findings` (lib/diagnostics/watch.ts): the page's findings for the popup and the options page, read at most
 *     every 3 s while the page changes; each reading is recorded as `vmk-findings:read`;
 *   - `page_kind` (lib/checks/page-kind.ts): the page's kind, looked at most once a second while the page changes;
 *     each look is recorded as `vmk-page-kind:look`.
 * Both record only their synchronous work: the camera list they await on video pages is made in the browser
 * process, off the page's main thread. The measures are made in the content script's isolated world and land on the
 * page's performance timeline, where a PerformanceObserver in the page collects them.
 * Pages, each for the first 10 s after its load: the 1177 inbox of 2 000 messages (server-rendered, no live
 * updates), the Vård och hälsa inbox of 2 000 messages (a single-page app with late data and live updates), and the
 * Vård och hälsa video room with the fake camera showing a good portrait (the in-call overlay running, as in a call).
 * Prints JSON lines, one per page and watcher: looks, their total and the longest, median (and max) over
 * VMK_BENCH_ROUNDS page loads (default 5), with the machine's load average before and after. VMK_BENCH_PAGES
 * (comma-separated, e.g. `inbox_1177`) measures only those pages.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildIfNeeded } from './analyze.ts';
import { collectMeasured, medianAndMax as summary, warmUpExtension } from './benchmark-support.ts';
import { launchWithExtension } from './chromium.ts';
import { DERIVED, fakeCameraVideo } from '../tests/e2e/fake-camera.ts';
import { replicaOrigin, type ReplicaName } from '../tests/replicas/hosts.ts';
import { startReplicaServer } from '../tests/replicas/server.ts';

const ROUNDS = Number(process.env.VMK_BENCH_ROUNDS ?? 5);
const SECONDS = 10;

const WATCHERS = { findings: 'vmk-findings:read', page_kind: 'vmk-page-kind:look' } as const;
type Watcher = keyof typeof WATCHERS;

const load = () => loadavg().map((value) => Math.round(value * 100) / 100);

interface PageCase {
  name: string;
  replica: ReplicaName;
  path: string;
  /** Before the 10 s start, once the page has loaded (the video room's self-view playing). */
  ready?: (page: Page) => Promise<void>;
}

const CASES: PageCase[] = [
  { name: 'inbox_1177', replica: '1177', path: '/arenden?rows=2000' },
  { name: 'inbox_vardochhalsa', replica: 'vardochhalsa', path: '/meddelanden?rows=2000' },
  {
    name: 'video_vardochhalsa',
    replica: 'vardochhalsa',
    // The patient's picture drawn once, as in scripts/bench-call.ts: the replica's redrawing is no DOM change.
    path: '/mote/m501?remote=still',
    ready: (page) =>
      page
        .waitForFunction(
          () => (document.querySelector('video.vc-self-view') as HTMLVideoElement | null)?.readyState === 4,
          null,
          { timeout: 20_000 },
        )
        .then(() => undefined),
  },
];

const only = process.env.VMK_BENCH_PAGES?.split(',');
const pages = CASES.filter((pageCase) => !only || only.includes(pageCase.name));
if (pages.length === 0)
  throw new Error(`VMK_BENCH_PAGES names no page of ${CASES.map((c) => c.name).join(', ')}.`);

buildIfNeeded();
const workDir = mkdtempSync(join(tmpdir(), 'vmk-bench-watchers-'));
const video = fakeCameraVideo(join(DERIVED, 'astronaut-wall-ok.jpg'), workDir, 'noisy');
const server = await startReplicaServer({ port: 0, latencyMs: { min: 50, max: 50 } });
const browser = await launchWithExtension({
  args: [
    '--use-fake-device-for-media-stream',
    '--use-fake-ui-for-media-stream',
    `--use-file-for-fake-video-capture=${video}`,
  ],
});
try {
  await warmUpExtension(browser.context, server.port);
  for (const pageCase of pages) {
    const loadBefore = load();
    const rounds: Record<Watcher, { looks: number[]; total: number[]; longest: number[] }> = {
      findings: { looks: [], total: [], longest: [] },
      page_kind: { looks: [], total: [], longest: [] },
    };
    for (let round = 0; round < ROUNDS; round += 1) {
      const page = await browser.context.newPage();
      await page.addInitScript(collectMeasured, Object.values(WATCHERS));
      await page.goto(`${replicaOrigin(pageCase.replica, server.port)}${pageCase.path}`);
      await pageCase.ready?.(page);
      await page.waitForTimeout(SECONDS * 1000);
      const looks = await page.evaluate(() => window.__vmkMeasured ?? {});
      for (const watcher of Object.keys(WATCHERS) as Watcher[]) {
        const durations = looks[WATCHERS[watcher]] ?? [];
        rounds[watcher].looks.push(durations.length);
        rounds[watcher].total.push(durations.reduce((sum, duration) => sum + duration, 0));
        rounds[watcher].longest.push(Math.max(0, ...durations));
      }
      await page.close();
    }
    const loadAfter = load();
    for (const watcher of Object.keys(WATCHERS) as Watcher[]) {
      console.log(
        JSON.stringify({
          bench: `watchers.${pageCase.name}.${watcher}`,
          unit: 'ms',
          seconds: SECONDS,
          looks: summary(rounds[watcher].looks),
          total: summary(rounds[watcher].total),
          longest: summary(rounds[watcher].longest),
          runs: ROUNDS,
          load_average: { before: loadBefore, after: loadAfter },
        }),
      );
    }
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(workDir, { recursive: true, force: true });
}
