/**
 * Runs `work` and leaves its duration on the page's performance timeline as `entry` (the latest one only), so
 * DevTools and `npm run bench` see what the extension's own synchronous work costs on the page's main thread.
 * Measures made in the content script's isolated world land on the same timeline as the page's.
 */
export function timed<T>(entry: string, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    try {
      performance.clearMeasures(entry);
      performance.measure(entry, { start, end: performance.now() });
    } catch {
      // no User Timing here (an old test environment): the work is done all the same
    }
  }
}
