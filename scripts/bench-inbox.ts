/**
 * Inbox benchmark (part of `npm run bench`): the deadlines check on the replica portals' inboxes of 2 000 messages,
 * in headless Chromium with the built extension. What is timed is the check's own main-thread work, as the check
 * leaves it on the page's performance timeline (lib/checks/deadlines/index.ts, through lib/timeline.ts:
 * `vmk-deadlines:scan`, `update`, `idle`, `report`, `tick`), collected by a PerformanceObserver in the page:
 *   - first_annotation: the task that draws the badges on screen (1177: the first scan; the single-page apps: the
 *     update that receives the list), including finding every row's parts,
 *   - whole_list: all the check's drawing work until every open message has its badge (the first task plus the
 *     idle-time slices that do the rows further down), its slice count and longest slice,
 *   - report: telling the background about every row (addresses, serializing), in tasks of their own,
 *   - one_row_changed: the update that handles one message changing status, or one new message arriving,
 *   - minute_tick: refreshing every badge's time left (1177 only: it waits for the clock).
 * The browser's own style and layout work for the added badges runs outside the check's tasks: page_main_thread_1177
 * gives Chromium's counters for the whole page load (all tasks, script, style and layout) with the check switched
 * on and off. Prints JSON lines; median (and max) over VMK_BENCH_ROUNDS page loads (default 5).
 */
import { request as httpRequest } from 'node:http';
import type { CDPSession, Page } from 'playwright-core';
import { buildIfNeeded } from './analyze.ts';
import { launchWithExtension } from './chromium.ts';
import { replicaOrigin, type ReplicaName } from '../tests/replicas/hosts.ts';
import { startReplicaServer } from '../tests/replicas/server.ts';
import { medianAndMax, warmUpExtension } from './benchmark-support.ts';

const ROUNDS = Number(process.env.VMK_BENCH_ROUNDS ?? 5);
const ROWS = 2000;
const BADGE = 'vmk-deadline';

interface Measure {
  name: string;
  start: number;
  duration: number;
}

declare global {
  interface Window {
    __vmkMeasures?: Measure[];
  }
}
/** The extension API, in the extension's own page. */
declare const chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };

/** Runs in the page's main world before its scripts: collects the check's measures as they are made. */
function collectMeasures(): void {
  window.__vmkMeasures = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name.startsWith('vmk-deadlines:'))
        window.__vmkMeasures!.push({ name: entry.name, start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'measure', buffered: true });
}

const summary = (values: number[]) => medianAndMax(values, 2);

const measures = (page: Page) => page.evaluate(() => window.__vmkMeasures ?? []);
const badgeCount = (page: Page) => page.evaluate((tag) => document.querySelectorAll(tag).length, BADGE);

/** Waits until the number of badges has not changed for `quietMs`, and returns it. */
async function settledBadges(page: Page, quietMs = 1500, timeoutMs = 30_000): Promise<number> {
  const start = Date.now();
  let last = -1;
  let since = Date.now();
  while (Date.now() - start < timeoutMs) {
    const count = await badgeCount(page);
    if (count !== last) {
      last = count;
      since = Date.now();
    } else if (count > 0 && Date.now() - since >= quietMs) {
      return count;
    }
    await page.waitForTimeout(200);
  }
  throw new Error(`badges did not settle (last count ${last})`);
}

/** Open messages in the page, by the portal's own status words (what should get a badge). */
function openRows(
  page: Page,
  rowSelector: string,
  statusSelector: string,
  openWord: string,
): Promise<number> {
  return page.evaluate(
    ([row, status, word]) =>
      [...document.querySelectorAll(row!)].filter((element) =>
        new RegExp(`(^|[^\\p{L}])${word}($|[^\\p{L}])`, 'u').test(
          (element.querySelector(status!)?.textContent ?? '').toLowerCase(),
        ),
      ).length,
    [rowSelector, statusSelector, openWord],
  );
}

/** The check's measures recorded after `since` (performance.now() in the page) with one of these names. */
async function measuresSince(page: Page, since: number, names: string[]): Promise<Measure[]> {
  const all = await measures(page);
  return all.filter((m) => m.start >= since && names.some((name) => m.name === `vmk-deadlines:${name}`));
}

const total = (list: Measure[]) => list.reduce((sum, m) => sum + m.duration, 0);

interface PortalCase {
  name: ReplicaName;
  path: string;
  row: string;
  status: string;
  open: string;
  /** Changes one message, the way the portal would, and returns what changed. */
  change: (page: Page, origin: string) => Promise<string>;
}

/** A test endpoint of a replica, from Node: to 127.0.0.1 with the replica's host name (tests/replicas/README.md). */
function post(origin: string, path: string, body: unknown): Promise<void> {
  const { host } = new URL(origin);
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        host: '127.0.0.1',
        port: server.port,
        path,
        method: 'POST',
        headers: { host, 'content-type': 'application/json' },
      },
      (response) => {
        response.resume();
        response.on('end', () =>
          (response.statusCode ?? 500) < 400
            ? resolve()
            : reject(new Error(`POST ${path} → ${response.statusCode}`)),
        );
      },
    );
    request.on('error', reject);
    request.end(JSON.stringify(body));
  });
}

const CASES: PortalCase[] = [
  {
    name: '1177',
    path: `/arenden?rows=${ROWS}`,
    row: 'tr.arenderad',
    status: '.status',
    open: 'obesvarat',
    // Server-rendered: the list changes in place only through a script; this one answers the first open row.
    change: async (page) => {
      await page.evaluate(() => {
        const status = [...document.querySelectorAll('tr.arenderad .status')].find(
          (element) => element.textContent === 'Obesvarat',
        );
        status!.textContent = 'Besvarat';
      });
      return 'status of one row';
    },
  },
  {
    name: 'vardochhalsa',
    path: `/meddelanden?rows=${ROWS}`,
    row: 'li.vc-conversation-item',
    status: '.vc-status-badge',
    open: 'obesvarad',
    change: async (_page, origin) => {
      await post(origin, '/api/test/new-message', {});
      return 'a new message arrives (live update)';
    },
  },
  {
    name: 'sob',
    path: `/moment/2041?rows=${ROWS}`,
    row: 'li.sob-meddelande--in',
    status: '.sob-status',
    open: 'obesvarat',
    change: async (page, origin) => {
      // The replica's app takes the data version on its first poll (3 s) and reloads when it changes later.
      await page.waitForTimeout(3500);
      await post(origin, '/api/test/new-message', { momentId: '2041' });
      return 'a new message arrives (live update)';
    },
  },
];

/** The page's main-thread totals so far (Chromium's own counters, from navigation on), in ms. */
async function mainThread(
  session: CDPSession,
): Promise<{ task: number; script: number; styleLayout: number }> {
  const { metrics } = await session.send('Performance.getMetrics');
  const get = (name: string) => (metrics.find((metric) => metric.name === name)?.value ?? 0) * 1000;
  return {
    task: get('TaskDuration'),
    script: get('ScriptDuration'),
    styleLayout: get('RecalcStyleDuration') + get('LayoutDuration'),
  };
}

const line = (name: string, data: Record<string, unknown>) =>
  console.log(JSON.stringify({ bench: `inbox.${name}`, ...data }));

buildIfNeeded();
const server = await startReplicaServer({ port: 0, latencyMs: { min: 50, max: 50 } });
const browser = await launchWithExtension();
try {
  await warmUpExtension(browser.context, server.port);

  // The whole page's main thread with and without the check (the clinician's own switch), on 1177: what the
  // badges cost the browser beyond the check's own script, i.e. style and layout of the added elements.
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  const setCheck = (enabled: boolean) =>
    options.evaluate(
      (on) => chrome.storage.local.set({ settings: { checks: { deadlines: { enabled: on } } } }),
      enabled,
    );
  const totals: Record<'on' | 'off', { task: number[]; script: number[]; styleLayout: number[] }> = {
    on: { task: [], script: [], styleLayout: [] },
    off: { task: [], script: [], styleLayout: [] },
  };
  const origin1177 = replicaOrigin('1177', server.port);
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const state of ['on', 'off'] as const) {
      await setCheck(state === 'on');
      const page = await browser.context.newPage();
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      await page.goto(`${origin1177}/arenden?rows=${ROWS}`);
      if (state === 'on') await settledBadges(page);
      else await page.waitForTimeout(3000);
      await page.waitForTimeout(1000);
      const metrics = await mainThread(cdp);
      totals[state].task.push(metrics.task);
      totals[state].script.push(metrics.script);
      totals[state].styleLayout.push(metrics.styleLayout);
      await page.close();
    }
  }
  await setCheck(true);
  await options.close();
  const median = (values: number[]) => summary(values).median;
  line('page_main_thread_1177', {
    rows: ROWS,
    unit: 'ms',
    with_check: {
      task: median(totals.on.task),
      script: median(totals.on.script),
      style_layout: median(totals.on.styleLayout),
    },
    without_check: {
      task: median(totals.off.task),
      script: median(totals.off.script),
      style_layout: median(totals.off.styleLayout),
    },
    runs: ROUNDS,
  });

  for (const portal of CASES) {
    const origin = replicaOrigin(portal.name, server.port);
    const first: number[] = [];
    const whole: number[] = [];
    const longest: number[] = [];
    const slices: number[] = [];
    const report: number[] = [];
    const changed: number[] = [];
    let badges = 0;
    let open = 0;
    let what = '';
    for (let round = 0; round < ROUNDS; round += 1) {
      await post(origin, '/api/test/reset', {});
      const page = await browser.context.newPage();
      await page.addInitScript(collectMeasures);
      await page.goto(`${origin}${portal.path}`);
      badges = await settledBadges(page);
      open = await openRows(page, portal.row, portal.status, portal.open);
      const drawing = await measuresSince(page, 0, ['scan', 'update', 'idle']);
      first.push(Math.max(...drawing.filter((m) => !m.name.endsWith(':idle')).map((m) => m.duration)));
      whole.push(total(drawing));
      longest.push(Math.max(...drawing.map((m) => m.duration)));
      slices.push(drawing.length);
      report.push(total(await measuresSince(page, 0, ['report'])));

      const before = await page.evaluate(() => performance.now());
      what = await portal.change(page, origin);
      // The change shows as one badge more or less (the single-page apps poll for news every 2–3 s).
      await page.waitForFunction(
        ([tag, count]) => document.querySelectorAll(tag!).length !== count,
        [BADGE, badges] as const,
        {
          timeout: 15_000,
          polling: 100,
        },
      );
      await settledBadges(page, 1000, 15_000);
      // The update that handled the change (the single-page apps also re-render on their own timers meanwhile).
      changed.push(Math.max(0, ...(await measuresSince(page, before, ['update'])).map((m) => m.duration)));

      if (round === 0 && portal.name === '1177') {
        const tick = await page.waitForFunction(
          () => window.__vmkMeasures?.find((m) => m.name === 'vmk-deadlines:tick')?.duration,
          null,
          { timeout: 65_000, polling: 500 },
        );
        line('minute_tick', {
          portal: portal.name,
          badges: await badgeCount(page),
          unit: 'ms',
          ms: Math.round(((await tick.jsonValue()) ?? NaN) * 100) / 100,
        });
      }
      await page.close();
    }
    const runs = first.length;
    line('first_annotation', { portal: portal.name, rows: ROWS, unit: 'ms', ...summary(first), runs });
    line('whole_list', {
      portal: portal.name,
      rows: ROWS,
      open,
      badges,
      unit: 'ms',
      ...summary(whole),
      tasks: summary(slices).median,
      longest_task_ms: summary(longest),
      runs,
    });
    line('report', { portal: portal.name, unit: 'ms', ...summary(report), runs });
    line('one_row_changed', { portal: portal.name, change: what, unit: 'ms', ...summary(changed), runs });
  }
} finally {
  await browser.close();
  await server.close();
}
