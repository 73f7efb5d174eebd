/**
 * In-call overlay benchmark (part of `npm run bench`): what watching the camera during a call costs, in headless
 * Chromium with the built extension, the fake camera showing a good portrait, on the Vård och hälsa replica's video
 * room. The same call is measured with the overlay off and on (2 frames a second, the default) in turns: off, grab
 * alone, on, off, … for VMK_BENCH_ROUNDS rounds (default 5) of VMK_BENCH_SECONDS (default 20) per phase; each on
 * phase is compared with the off phases either side of it, and the median, mean, min and max over the rounds are
 * printed.
 * "Off" is the clinician's setting `checks.callOverlay.enabled = false` (the overlay and its analyzer frame go).
 * It runs twice, once per fake-camera feed (VMK_BENCH_FEEDS, default `noisy,moving`; each line says which): a
 * clinician sitting still, with a camera's pixel noise, and a clinician swaying all the time, the costliest case,
 * since the overlay reuses face boxes while the picture is still (lib/camera/analysis/scene.ts).
 *
 * The replica's remote video is drawn once (VMK_BENCH_REMOTE=moving redraws it 15 times a second, as the tests see it).
 *
 * Main-thread time on the host page per sampled frame (`call.main_thread_per_frame`):
 *   - page_main_thread_cpu_per_frame (the headline figure): CPU time of the page renderer's main thread (its
 *     schedstat, so other programs on this shared machine do not inflate it) with the overlay on, minus the off phases
 *     either side, per frame analysed. Everything the overlay makes that thread do: the grab, the transfer,
 *     decoding and checking the result, the chip. The page's own work is in both phases and is the noise.
 *   - page_task_per_frame: the same difference in the page's task time (CDP Performance.getMetrics TaskDuration);
 *     wall time, so it also counts time the thread waited for a core.
 *   - sampler_sync_wall_mean / max: the overlay's own synchronous work per frame, timed around it with
 *     performance.now() (wall time): createImageBitmap(video), the postMessage that transfers the bitmap, and
 *     handling the result (smoothing, chip update); not the decoding and zod check of the result message.
 *   - profiled_overlay_script_per_frame: one extra on phase under V8's sampling profiler: the page main thread's
 *     time with the extension's content script on the call stack (its JavaScript and the browser calls it makes),
 *     per frame. Direct, so not blurred by the page's own noise, but blind to garbage collection and to message
 *     plumbing outside any script; the difference above sees those.
 *   - long_tasks: tasks over 50 ms on the page (PerformanceObserver), per phase.
 * `call.grab_alone`: the main-thread CPU of the grab by itself (the sampler's own grabber: the frame's planes copied
 * and scaled down to the analysis size, run in the content script's world twice a second with the overlay off), per
 * grab, against the off phases.
 * Total CPU of monitoring as a share of one core: user + system CPU time (/proc/<pid>/stat) of every Chromium
 * process (browser, GPU, renderers, utilities), on minus off, over the phase's wall time. The analyzer's worker runs
 * in the extension's renderer process (`--extension-process`), also reported on its own.
 * Prints JSON lines. Targets: ≤ 2 ms main-thread per sampled frame, ≤ 5 % of one core at 2 frames a second.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { buildIfNeeded } from './analyze.ts';
import { inContentScript } from './content-script-world.ts';
import { DERIVED, fakeCameraVideo, type CameraMotion } from '../tests/e2e/fake-camera.ts';
import type { SamplerStats } from '../lib/checks/call-overlay/sampler.ts';
import { DEFAULT_EXTENSION_DIR, launchWithExtension } from './chromium.ts';
import { replicaOrigin } from '../tests/replicas/hosts.ts';
import { startReplicaServer } from '../tests/replicas/server.ts';

const SECONDS = Number(process.env.VMK_BENCH_SECONDS ?? 20);
const ROUNDS = Number(process.env.VMK_BENCH_ROUNDS ?? 5);
const WARM_UP_MS = 10_000;
const PICTURE = join(DERIVED, 'astronaut-wall-ok.jpg');
const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;

/** The fake camera's pictures, one Chromium launch each (VMK_BENCH_FEEDS, comma-separated; default both). */
const FEEDS = (process.env.VMK_BENCH_FEEDS ?? 'noisy,moving').split(',') as CameraMotion[];
/**
 * The patient's picture on the replica (VMK_BENCH_REMOTE): `still` (default), drawn once, or `moving`, a canvas
 * redrawn 15 times a second on the page's main thread. A real call's remote video is decoded and drawn off the main
 * thread; the replica's redrawing costs it 30–35 ms a second, drifting by several ms between phases, which is noise
 * ten times the size of what is measured here.
 */
const REMOTE = process.env.VMK_BENCH_REMOTE === 'moving' ? 'moving' : 'still';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return Number.isInteger(middle) ? (sorted[middle - 1]! + sorted[middle]!) / 2 : sorted[Math.floor(middle)]!;
};
const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

interface ProcessCpu {
  pid: number;
  kind: string;
  seconds: number;
}

/** Every descendant of this Node process (Chromium and its helpers), with its CPU time so far. */
function chromiumProcesses(): ProcessCpu[] {
  const parents = new Map<number, number>();
  const stats = new Map<number, string[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const text = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name is in parentheses and may hold spaces: fields start after the last ")".
      const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), Number(fields[1]));
      stats.set(Number(entry), fields);
    } catch {
      // the process ended meanwhile
    }
  }
  const mine = new Set([process.pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, parent] of parents) {
      if (!mine.has(pid) && mine.has(parent)) {
        mine.add(pid);
        grew = true;
      }
    }
  }
  mine.delete(process.pid);
  const result: ProcessCpu[] = [];
  for (const pid of mine) {
    const fields = stats.get(pid);
    if (!fields) continue;
    let kind = 'other';
    try {
      const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!command.includes('chrom')) continue;
      const type = /--type=([\w-]+)/.exec(command)?.[1] ?? 'browser';
      kind = type === 'renderer' && command.includes('--extension-process') ? 'extension-renderer' : type;
    } catch {
      continue;
    }
    // utime and stime are fields 14 and 15 of /proc/<pid>/stat (11 and 12 after the command name).
    const ticks = Number(fields[11]) + Number(fields[12]);
    result.push({ pid, kind, seconds: ticks / CLOCK_TICKS });
  }
  return result;
}

/**
 * CPU time (ns, from schedstat) of the main thread of each renderer that is not the extension's: the thread whose id
 * is the process id (Chromium names it CrRendererMain in traces; Linux shows the process name).
 */
function pageMainThreadNs(processes: ProcessCpu[]): number {
  let total = 0;
  for (const { pid, kind } of processes) {
    if (kind !== 'renderer') continue;
    try {
      total += Number(readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ')[0]);
    } catch {
      // the renderer ended meanwhile
    }
  }
  return total;
}

function cpuByKind(before: ProcessCpu[], after: ProcessCpu[]): Record<string, number> {
  const start = new Map(before.map((p) => [p.pid, p.seconds]));
  const byKind: Record<string, number> = {};
  for (const process of after) {
    const used = process.seconds - (start.get(process.pid) ?? 0);
    byKind[process.kind] = (byKind[process.kind] ?? 0) + used;
    byKind.total = (byKind.total ?? 0) + used;
  }
  return byKind;
}

type Stats = SamplerStats;

async function taskSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? NaN;
}

const longTasks = (page: Page) =>
  page.evaluate(() => (window as unknown as { vmkLongTasks: number }).vmkLongTasks);
const chipState = (page: Page) =>
  page.evaluate(
    () =>
      document
        .querySelector('vmk-call-overlay')
        ?.shadowRoot?.querySelector('.vmk-call-chip')
        ?.getAttribute('data-vmk-call-overlay-state') ?? null,
  );

async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Timed out waiting for ${what}.`);
}

declare const chrome: { storage: { local: { set(items: object): Promise<void> } } };

buildIfNeeded();

/** One launch of Chromium with the fake camera showing `feed` (tests/e2e/fake-camera.ts), measured in rounds. */
async function benchFeed(feed: CameraMotion): Promise<void> {
  const line = (name: string, data: Record<string, unknown>) =>
    console.log(JSON.stringify({ bench: `call.${name}`, feed, remote: REMOTE, ...data }));
  const workDir = mkdtempSync(join(tmpdir(), 'vmk-bench-call-'));
  const extensionDir = join(workDir, 'extension');
  cpSync(DEFAULT_EXTENSION_DIR, extensionDir, { recursive: true });
  const video = fakeCameraVideo(PICTURE, workDir, feed);
  const replicas = await startReplicaServer({ port: 0 });
  const browser = await launchWithExtension({
    extensionDir,
    args: [
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
  });
  const setOverlay = (enabled: boolean) =>
    browser.serviceWorker!.evaluate(
      (on) => chrome.storage.local.set({ settings: { checks: { callOverlay: { enabled: on } } } }),
      enabled,
    );

  try {
    await setOverlay(false);
    const page = await browser.context.newPage();
    await page.addInitScript(() => {
      const scope = window as unknown as { vmkLongTasks: number };
      scope.vmkLongTasks = 0;
      new PerformanceObserver((list) => (scope.vmkLongTasks += list.getEntries().length)).observe({
        type: 'longtask',
      });
    });
    await page.goto(`${replicaOrigin('vardochhalsa', replicas.port)}/mote/m501?remote=${REMOTE}`);
    await waitFor(
      () =>
        page.evaluate(
          () => (document.querySelector('video.vc-self-view') as HTMLVideoElement | null)?.readyState === 4,
        ),
      20_000,
      'the self-view to play',
    );
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    // The page's own start (compiling, first frames, late data) is not part of any phase.
    await new Promise((resolve) => setTimeout(resolve, WARM_UP_MS));

    async function phase(name: 'off' | 'on') {
      const cpuBefore = chromiumProcesses();
      const mainBefore = pageMainThreadNs(cpuBefore);
      const taskBefore = await taskSeconds(cdp);
      const longBefore = await longTasks(page);
      const statsBefore =
        name === 'on'
          ? ((await inContentScript(page, browser.extensionId, 'globalThis.vmkCallOverlayStats()')) as Stats)
          : null;
      const started = performance.now();
      await new Promise((resolve) => setTimeout(resolve, SECONDS * 1000));
      const wall = (performance.now() - started) / 1000;
      const cpuAfter = chromiumProcesses();
      const cpu = cpuByKind(cpuBefore, cpuAfter);
      const mainCpu = (pageMainThreadNs(cpuAfter) - mainBefore) / 1e9;
      const task = (await taskSeconds(cdp)) - taskBefore;
      const long = (await longTasks(page)) - longBefore;
      const statsAfter = statsBefore
        ? ((await inContentScript(page, browser.extensionId, 'globalThis.vmkCallOverlayStats()')) as Stats)
        : null;
      type Counter = Exclude<keyof Stats, 'steps'>;
      const delta = (key: Counter) => (statsAfter && statsBefore ? statsAfter[key] - statsBefore[key] : 0);
      const frames = delta('frames');
      const syncMs = delta('syncMs');
      const analyzer = {
        frames_sent_raw: delta('rawFrames'),
        analysis_wall_ms_mean: round(delta('analysisMs') / Math.max(1, frames)),
        segmenter_runs_share: round(delta('segmented') / Math.max(1, frames)),
        face_detector_runs_share: round(delta('facesDetected') / Math.max(1, frames)),
        steps_wall_ms_mean: Object.fromEntries(
          Object.entries(statsAfter?.steps ?? {}).map(([step, ms]) => [
            step,
            round((ms - (statsBefore?.steps[step as keyof Stats['steps']] ?? 0)) / Math.max(1, frames)),
          ]),
        ),
      };
      line(`phase.${name}`, {
        seconds: round(wall, 1),
        frames,
        frames_per_second: round(frames / wall),
        page_main_thread_cpu_ms_per_s: round((mainCpu * 1000) / wall),
        page_main_thread_task_ms_per_s: round((task * 1000) / wall),
        long_tasks: long,
        ...(name === 'on' ? { analyzer } : {}),
        analyzer_frames: await page.evaluate(
          () => document.querySelectorAll('iframe[data-vmk-camera-analyzer]').length,
        ),
        cpu_percent_of_one_core: Object.fromEntries(
          Object.entries(cpu).map(([kind, seconds]) => [kind, round((100 * seconds) / wall)]),
        ),
      });
      return {
        wall,
        cpu,
        mainCpu,
        task,
        frames,
        syncMs,
        maxSyncMs: statsAfter?.maxSyncMs ?? 0,
        long,
        analyzer,
      };
    }

    /**
     * The grab alone, with the overlay off: the sampler's own grabber (lib/checks/call-overlay/sampler.ts
     * createFrameGrabber: the frame's planes copied and scaled down to the analysis size), run in the content script's
     * world twice a second; what it grabs is dropped, not sent.
     */
    async function grabPhase() {
      const before = chromiumProcesses();
      const mainBefore = pageMainThreadNs(before);
      const started = performance.now();
      const grabs = (await inContentScript(
        page,
        browser.extensionId,
        `(async () => {
          const grab = globalThis.vmkCallOverlayGrabber();
          const video = document.querySelector('video.vc-self-view');
          const until = performance.now() + ${SECONDS * 1000};
          let count = 0;
          while (performance.now() < until) {
            const frame = await grab(video);
            if (!('kind' in frame)) frame.close();
            count += 1;
            await new Promise((resolve) => setTimeout(resolve, 500));
          }
          return count;
        })()`,
      )) as number;
      const wall = (performance.now() - started) / 1000;
      const mainCpu = (pageMainThreadNs(chromiumProcesses()) - mainBefore) / 1e9;
      return { wall, mainCpu, grabs };
    }

    /**
     * One more on phase, under the V8 sampling profiler of the page (not counted in the phases above: sampling costs
     * CPU itself). The page's main-thread time whose call stack holds the extension's content script, per frame: the
     * overlay's own JavaScript and what it calls (copyTo, postMessage, the result's handling), measured directly
     * instead of as a difference of two noisy phases. Not in it: garbage collection and the browser's own message
     * plumbing outside any script, which the difference above does catch.
     */
    async function profiledPhase() {
      await setOverlay(true);
      await waitFor(async () => (await chipState(page)) === 'ok', 45_000, 'the chip to turn green');
      const before = (await inContentScript(
        page,
        browser.extensionId,
        'globalThis.vmkCallOverlayStats()',
      )) as Stats;
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
      await new Promise((resolve) => setTimeout(resolve, SECONDS * 1000));
      const { profile } = await cdp.send('Profiler.stop');
      await cdp.send('Profiler.disable');
      const after = (await inContentScript(
        page,
        browser.extensionId,
        'globalThis.vmkCallOverlayStats()',
      )) as Stats;
      await setOverlay(false);
      const ours = `chrome-extension://${browser.extensionId}/`;
      const parent = new Map<number, number>();
      for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
      const byId = new Map(profile.nodes.map((node) => [node.id, node]));
      const memo = new Map<number, boolean>();
      const isOurs = (id: number): boolean => {
        const known = memo.get(id);
        if (known !== undefined) return known;
        const up = parent.get(id);
        const result =
          (byId.get(id)?.callFrame.url.startsWith(ours) ?? false) || (up !== undefined && isOurs(up));
        memo.set(id, result);
        return result;
      };
      const samples = profile.samples ?? [];
      const deltas = profile.timeDeltas ?? [];
      let oursUs = 0;
      /** Self time inside the overlay's stacks, by function, to show where the page's time goes. */
      const selfUs = new Map<string, number>();
      // Each sample stands for the time until the next one.
      for (let i = 0; i < samples.length - 1; i++) {
        const id = samples[i]!;
        if (!isOurs(id)) continue;
        const us = deltas[i + 1] ?? 0;
        oursUs += us;
        const frame = byId.get(id)?.callFrame;
        const where = frame?.url.startsWith(ours) ? `:${frame.lineNumber + 1}` : '';
        const name = `${frame?.functionName || '(anonymous)'}${where}`;
        selfUs.set(name, (selfUs.get(name) ?? 0) + us);
      }
      const frames = Math.max(1, after.frames - before.frames);
      const top = [...selfUs.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 12)
        .map(([name, us]) => `${name} ${round(us / 1000 / frames, 3)}`);
      return { frames: after.frames - before.frames, oursMs: oursUs / 1000, top };
    }

    type Phase = Awaited<ReturnType<typeof phase>>;
    const perSecond = (p: Phase, value: (p: Phase) => number) => value(p) / p.wall;
    /** The rate of `value` in the off phases either side of round `i` (per second). */
    const offRate = (i: number, value: (p: Phase) => number) =>
      (perSecond(offs[i]!, value) + perSecond(offs[i + 1]!, value)) / 2;

    // off, grab, on, off, grab, on, off: each on and grab phase lies between two off phases.
    const offs: Phase[] = [await phase('off')];
    const ons: Phase[] = [];
    const grabs: Awaited<ReturnType<typeof grabPhase>>[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      grabs.push(await grabPhase());
      await setOverlay(true);
      await waitFor(async () => (await chipState(page)) === 'ok', 45_000, 'the chip to turn green');
      await new Promise((resolve) => setTimeout(resolve, 2000));
      ons.push(await phase('on'));
      await setOverlay(false);
      await waitFor(async () => (await chipState(page)) === null, 10_000, 'the chip to go');
      await new Promise((resolve) => setTimeout(resolve, 2000));
      offs.push(await phase('off'));
    }
    const profiled = await profiledPhase();

    /** Over the rounds: the median (one disturbed round moves it least), the mean and the spread. */
    const summary = (values: number[], digits = 3) => ({
      median: round(median(values), digits),
      mean: round(values.reduce((sum, v) => sum + v, 0) / values.length, digits),
      min: round(Math.min(...values), digits),
      max: round(Math.max(...values), digits),
    });
    line('grab_alone', {
      unit: 'ms',
      page_main_thread_cpu_per_grab: summary(
        grabs.map(
          (g, i) => ((g.mainCpu / g.wall - offRate(i, (p) => p.mainCpu)) * 1000) / (g.grabs / g.wall),
        ),
      ),
      grabs: grabs.reduce((sum, g) => sum + g.grabs, 0),
    });
    const perFrame = (value: (p: Phase) => number) =>
      summary(
        ons.map((on, i) => ((perSecond(on, value) - offRate(i, value)) * 1000) / (on.frames / on.wall)),
      );
    const frames = ons.reduce((sum, on) => sum + on.frames, 0);
    line('main_thread_per_frame', {
      unit: 'ms',
      page_main_thread_cpu_per_frame: perFrame((p) => p.mainCpu),
      profiled_overlay_script_per_frame: round(profiled.oursMs / Math.max(1, profiled.frames), 3),
      profiled_frames: profiled.frames,
      profiled_top_self_ms_per_frame: profiled.top,
      page_task_per_frame: perFrame((p) => p.task),
      sampler_sync_wall_mean: round(ons.reduce((sum, on) => sum + on.syncMs, 0) / Math.max(1, frames), 3),
      sampler_sync_wall_max: round(Math.max(...ons.map((on) => on.maxSyncMs)), 3),
      frames,
      long_tasks_on: ons.reduce((sum, on) => sum + on.long, 0),
      long_tasks_off: offs.reduce((sum, off) => sum + off.long, 0),
      target_ms: 2,
    });
    const share = (kind: string) => {
      const value = (p: Phase) => p.cpu[kind] ?? 0;
      return summary(
        ons.map((on, i) => 100 * (perSecond(on, value) - offRate(i, value))),
        2,
      );
    };
    line('cpu_share_of_one_core', {
      unit: '%',
      frames_per_second: round(frames / ons.reduce((sum, on) => sum + on.wall, 0)),
      total: share('total'),
      extension_renderer: share('extension-renderer'),
      page_and_other_renderers: share('renderer'),
      gpu: share('gpu-process'),
      browser: share('browser'),
      target_percent: 5,
      method:
        '/proc utime+stime of all Chromium processes, overlay on minus the mean of the off phases either side',
    });
  } finally {
    await browser.close();
    await replicas.close();
    rmSync(workDir, { recursive: true, force: true });
  }
}

for (const feed of FEEDS) {
  await benchFeed(feed);
}
