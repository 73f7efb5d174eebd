/**
 * Runs `work` and leaves its duration on the page's performance timeline as `vmk-deadlines:<name>` (the latest one
 * only), so DevTools and the benchmark (scripts/bench-inbox.ts) see what the check itself costs on the main thread.
 */
export function measure(name: string, work: () => void): void {
  const start = performance.now();
  try {
    work();
  } finally {
    const entry = `vmk-deadlines:${name}`;
    try {
      performance.clearMeasures(entry);
      performance.measure(entry, { start, end: performance.now() });
    } catch {
      // no User Timing here (an old test environment): the work is done all the same
    }
  }
}
