/**
 * Time to the first camera verdict (part of `npm run bench`), in headless Chromium with the built extension and the
 * fake camera showing a good portrait (640 × 480, 5 frames a second), on the Vård och hälsa replica's video room
 * (opened by address, `?remote=still`) and on the extension's camera test page:
 *   - `cold_browser`: a browser just started, on a profile used once before (as a clinician's is), whose first page
 *     is the video room: the self-view's first frame to the chip's first verdict (green or advice);
 *   - `cold_browser_fresh_profile`: the same on a profile never used: the extension then waits for Chromium's
 *     first delivery of the managed policy (about 2.5 s after the start) before any check starts;
 *   - `warm_browser_new_tab`: a browser that has had a call already (in a tab that was closed); each run opens the
 *     video room in a new tab;
 *   - `camera_test_cold` / `camera_test_warm`: the camera test page (in a just-started browser on a profile used
 *     once before, and in one that has had a call): the camera permission resolving (`getUserMedia`) to the first
 *     verdict on every check; `camera_test_cold_fresh_profile`: a just-started browser on a profile never used,
 *     whose policy comes a few seconds after the start (the test judges by the thresholds in effect, so it waits).
 * And `startup.cold` / `startup.warm`: the analyzer's own start-up by step (the wasm, each model, the warm-up run),
 * as its worker reports it, for the first analyzer in a just-started browser and for the next one.
 * Each run also gives the first frame's delay after the page started loading, and the full verdict where the first
 * one was an early one (`data-vmk-call-overlay-early`). Times come from the page's own clock
 * (performance.now(), read every 20 ms in the page's main world), so the Node process's scheduling does not count.
 * Median and worst over VMK_BENCH_RUNS runs (default 5); `/proc/loadavg` is printed with every line, since the
 * machine is shared.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { buildIfNeeded } from './analyze.ts';
import { launchWithExtension, type LaunchedBrowser } from './chromium.ts';
import { DERIVED, fakeCameraVideo } from '../tests/e2e/fake-camera.ts';
import { replicaOrigin } from '../tests/replicas/hosts.ts';
import { startReplicaServer } from '../tests/replicas/server.ts';

const RUNS = Number(process.env.VMK_BENCH_RUNS ?? 5);
const TIMEOUT_MS = 60_000;
const ROOMS = ['m501', 'm502', 'm503'];

/**
 * Runs in every page's main world before its own scripts: notes when the camera permission resolved, when a camera
 * video showed its first frame, and each state the chip or the camera test's check list went through.
 */
const PROBE = `(() => {
  const probe = { gum: null, firstFrame: null, states: [] };
  Object.defineProperty(window, '__vmkFirstVerdict', { value: probe });
  const media = navigator.mediaDevices;
  if (media && media.getUserMedia) {
    const original = media.getUserMedia.bind(media);
    media.getUserMedia = (constraints) => original(constraints).then((stream) => {
      if (probe.gum === null && stream.getVideoTracks().length > 0) probe.gum = performance.now();
      return stream;
    });
  }
  const isCamera = (video) => video.matches('.vc-self-view, .vmk-selfview video');
  document.addEventListener('loadeddata', (event) => {
    const video = event.target;
    if (probe.firstFrame === null && video instanceof HTMLVideoElement && isCamera(video)) {
      probe.firstFrame = performance.now();
    }
  }, true);
  const current = () => {
    const chip = document.querySelector('vmk-call-overlay')?.shadowRoot?.querySelector('.vmk-call-chip');
    if (chip) {
      const state = chip.getAttribute('data-vmk-call-overlay-state');
      return chip.hasAttribute('data-vmk-call-overlay-early') ? state + ':early' : state;
    }
    const checks = [...document.querySelectorAll('[data-vmk-camera-aspect]')];
    if (checks.length === 0) return null;
    return checks.every((check) => check.getAttribute('data-verdict') !== 'pending') ? 'verdict' : 'pending';
  };
  setInterval(() => {
    const state = current();
    if (state !== null && probe.states.at(-1)?.state !== state) probe.states.push({ state, at: performance.now() });
  }, 20);
})();`;

interface Probe {
  gum: number | null;
  firstFrame: number | null;
  states: { state: string; at: number }[];
}

interface Run {
  /** From the start (the first frame, or the permission) to the first verdict, ms. */
  firstMs: number;
  /** To the full verdict (the same as firstMs unless the first was an early one), ms. */
  fullMs: number;
  /** The start's delay after the page began to load, ms. */
  startMs: number;
  states: string;
}

const VERDICT = /^(ok|issues|verdict)(:early)?$/;
const FULL = /^(ok|issues|verdict)$/;

/** Opens `url` in a new tab and waits for the full verdict; times from `from` (the first frame or the permission). */
async function measure(context: BrowserContext, url: string, from: 'firstFrame' | 'gum'): Promise<Run> {
  const page: Page = await context.newPage();
  try {
    await page.goto(url);
    const until = Date.now() + TIMEOUT_MS;
    for (;;) {
      const probe = (await page.evaluate('window.__vmkFirstVerdict')) as Probe;
      const first = probe.states.find((entry) => VERDICT.test(entry.state));
      const full = probe.states.find((entry) => FULL.test(entry.state));
      const start = probe[from];
      if (first && full && start !== null) {
        return {
          firstMs: Math.round(first.at - start),
          fullMs: Math.round(full.at - start),
          startMs: Math.round(start),
          states: probe.states.map((entry) => `${entry.state}@${Math.round(entry.at - start)}`).join(' '),
        };
      }
      if (Date.now() > until) {
        throw new Error(`No verdict on ${url} within ${TIMEOUT_MS} ms: ${JSON.stringify(probe)}`);
      }
      await page.waitForTimeout(200);
    }
  } finally {
    await page.close();
  }
}

const loadavg = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return Number.isInteger(middle) ? (sorted[middle - 1]! + sorted[middle]!) / 2 : sorted[Math.floor(middle)]!;
};

function report(name: string, runs: Run[], loads: string[]): void {
  const first = runs.map((run) => run.firstMs);
  const full = runs.map((run) => run.fullMs);
  console.log(
    JSON.stringify({
      bench: `first-verdict.${name}`,
      unit: 'ms',
      runs: runs.length,
      first_median: median(first),
      first_worst: Math.max(...first),
      full_median: median(full),
      full_worst: Math.max(...full),
      start_after_load_median: median(runs.map((run) => run.startMs)),
      first: first,
      loadavg: loads,
    }),
  );
  if (process.env.VMK_BENCH_VERBOSE === '1') for (const run of runs) console.log(`  ${run.states}`);
}

buildIfNeeded();
const media = mkdtempSync(join(tmpdir(), 'vmk-first-verdict-'));
const video = fakeCameraVideo(join(DERIVED, 'astronaut-wall-ok.jpg'), media, 'noisy');
const replicas = await startReplicaServer({ port: 0 });
const room = (index: number) =>
  `${replicaOrigin('vardochhalsa', replicas.port)}/mote/${ROOMS[index % ROOMS.length]}?remote=still`;

async function launch(profileDir?: string): Promise<LaunchedBrowser> {
  const browser = await launchWithExtension({
    profileDir,
    args: [
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
  });
  await browser.context.addInitScript(PROBE);
  return browser;
}

/** Opens the analyzer frame page on its own, starts an analyzer in video mode and returns its start-up by step. */
async function analyzerStartup(browser: LaunchedBrowser): Promise<Record<string, number>> {
  const page = await browser.context.newPage();
  try {
    await page.goto(`chrome-extension://${browser.extensionId}/analyzer-frame.html`);
    return await page.evaluate(async () => {
      const started = performance.now();
      const channel = new MessageChannel();
      window.postMessage({ type: 'analyzer:connect' }, location.origin, [channel.port2]);
      const ready = await new Promise<{ startupMs: number; startupSteps?: Record<string, number> }>(
        (resolve, reject) => {
          channel.port1.onmessage = (event: MessageEvent) => {
            const data = event.data as { type: string; startupMs: number; message?: string };
            if (data.type === 'analyzer:ready') resolve(data);
            if (data.type === 'analyzer:error') reject(new Error(data.message));
          };
          channel.port1.postMessage({ type: 'analyzer:init', mode: 'video' });
        },
      );
      return { total: performance.now() - started, startup: ready.startupMs, ...ready.startupSteps };
    });
  } finally {
    await page.close();
  }
}

function reportSteps(name: string, runs: Record<string, number>[], loads: string[]): void {
  const steps = Object.keys(runs[0] ?? {});
  const medians = Object.fromEntries(
    steps.map((step) => [step, Math.round(median(runs.map((run) => run[step] ?? 0)))]),
  );
  console.log(
    JSON.stringify({
      bench: `first-verdict.startup.${name}`,
      unit: 'ms',
      runs: runs.length,
      ...medians,
      loadavg: loads,
    }),
  );
}

/**
 * Memory (proportional set size, /proc/<pid>/smaps_rollup, MB) of this run's extension processes (the renderer the
 * service worker, the extension's frames and the offscreen analyzer share), summed: before the browser's first
 * call and once every call and test tab is closed, the difference is what an idle warm analyzer keeps.
 */
function extensionMemoryMb(): number {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // the process ended meanwhile
    }
  }
  const mine = new Set([process.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, parent] of parents) {
      if (!mine.has(pid) && mine.has(parent)) {
        mine.add(pid);
        grew = true;
      }
    }
  }
  let kb = 0;
  for (const pid of mine) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--extension-process')) continue;
      kb += Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
    } catch {
      // gone, or not readable
    }
  }
  return Math.round(kb / 1024);
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 2000));

/**
 * A profile the browser has run on once (an inbox page open until the policy was delivered and kept, as on a
 * clinician's computer), then a new start on it for `work`.
 */
async function onProfileUsedOnce(work: (browser: LaunchedBrowser) => Promise<void>): Promise<void> {
  const profile = mkdtempSync(join(tmpdir(), 'vmk-first-verdict-profile-'));
  try {
    const once = await launch(profile);
    const page = await once.context.newPage();
    await page.goto(`${replicaOrigin('vardochhalsa', replicas.port)}/meddelanden`);
    // Chromium delivers the first policy about 2.5 s after it starts; the extension keeps it then.
    await page.waitForTimeout(4000);
    await once.close();
    const browser = await launch(profile);
    try {
      await work(browser);
    } finally {
      await browser.close();
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

try {
  const parts: Record<string, { runs: Run[]; loads: string[] }> = {
    cold_browser: { runs: [], loads: [] },
    cold_browser_fresh_profile: { runs: [], loads: [] },
    camera_test_cold: { runs: [], loads: [] },
    camera_test_cold_fresh_profile: { runs: [], loads: [] },
    warm_browser_new_tab: { runs: [], loads: [] },
    camera_test_warm: { runs: [], loads: [] },
  };
  const note = (part: keyof typeof parts, run: Run) => {
    parts[part]!.runs.push(run);
    parts[part]!.loads.push(loadavg());
  };
  for (let run = 0; run < RUNS; run++) {
    const fresh = await launch();
    try {
      note('cold_browser_fresh_profile', await measure(fresh.context, room(run), 'firstFrame'));
    } finally {
      await fresh.close();
    }
    await onProfileUsedOnce(async (browser) =>
      note('cold_browser', await measure(browser.context, room(run), 'firstFrame')),
    );
    await onProfileUsedOnce(async (browser) => {
      const url = `chrome-extension://${browser.extensionId}/camera-test.html`;
      note('camera_test_cold', await measure(browser.context, url, 'gum'));
    });
    const other = await launch();
    try {
      const url = `chrome-extension://${other.extensionId}/camera-test.html`;
      note('camera_test_cold_fresh_profile', await measure(other.context, url, 'gum'));
    } finally {
      await other.close();
    }
  }
  const startups = {
    cold: [] as Record<string, number>[],
    warm: [] as Record<string, number>[],
    loads: [] as string[],
  };
  for (let run = 0; run < RUNS; run++) {
    const browser = await launch();
    try {
      startups.cold.push(await analyzerStartup(browser));
      startups.warm.push(await analyzerStartup(browser));
      startups.loads.push(loadavg());
    } finally {
      await browser.close();
    }
  }
  reportSteps('cold', startups.cold, startups.loads);
  reportSteps('warm', startups.warm, startups.loads);
  const browser = await launch();
  try {
    await settle();
    const memoryBefore = extensionMemoryMb();
    await measure(browser.context, room(0), 'firstFrame'); // the browser's first call
    for (let run = 0; run < RUNS; run++) {
      await settle();
      note('warm_browser_new_tab', await measure(browser.context, room(run + 1), 'firstFrame'));
    }
    for (let run = 0; run < RUNS; run++) {
      await settle();
      const url = `chrome-extension://${browser.extensionId}/camera-test.html`;
      note('camera_test_warm', await measure(browser.context, url, 'gum'));
    }
    await settle();
    const memoryIdle = extensionMemoryMb();
    console.log(
      JSON.stringify({
        bench: 'first-verdict.idle_warm_analyzer_memory',
        unit: 'MB (PSS of the extension processes)',
        before_first_call: memoryBefore,
        idle_after_calls: memoryIdle,
        warm_analyzer: memoryIdle - memoryBefore,
        loadavg: loadavg(),
      }),
    );
  } finally {
    await browser.close();
  }
  for (const [name, { runs, loads }] of Object.entries(parts)) report(name, runs, loads);
} finally {
  await replicas.close();
  rmSync(media, { recursive: true, force: true });
}
