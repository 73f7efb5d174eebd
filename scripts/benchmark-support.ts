/**
 * What the benchmark parts (scripts/bench-*.ts) share: the browser's first portal page, collecting the extension's
 * measures from a page's performance timeline, and the median and max they print.
 */
import type { BrowserContext } from 'playwright-core';
import { replicaOrigin } from '../tests/replicas/hosts.ts';

declare global {
  interface Window {
    __vmkMeasured?: Record<string, number[]>;
  }
}

/**
 * Runs in the page's main world before its scripts (`page.addInitScript(collectMeasured, names)`): the duration of
 * every measure named in `names`, as it is made, in `window.__vmkMeasured[name]`. The extension's measures are made
 * in the content script's isolated world and land on the page's timeline.
 */
export function collectMeasured(names: string[]): void {
  const measured: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  window.__vmkMeasured = measured;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) measured[entry.name]?.push(entry.duration);
  }).observe({ type: 'measure', buffered: true });
}

/** Median and max, rounded to `digits` decimals (NaN for none). */
export function medianAndMax(values: number[], digits = 3): { median: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const scale = 10 ** digits;
  const round = (value: number) => Math.round(value * scale) / scale;
  return { median: round(sorted[Math.floor(sorted.length / 2)] ?? NaN), max: round(sorted.at(-1) ?? NaN) };
}

/**
 * The first portal page of a fresh browser waits for the extension's start (its settings, its registration): opened
 * and closed once before anything is measured.
 */
export async function warmUpExtension(context: BrowserContext, replicaPort: number): Promise<void> {
  const warm = await context.newPage();
  await warm.goto(`${replicaOrigin('1177', replicaPort)}/`);
  await warm.waitForFunction(() => document.documentElement.hasAttribute('data-vmk-portal'), null, {
    timeout: 20_000,
  });
  await warm.close();
}
