import { timed } from '../../timeline';

/**
 * Runs `work` and leaves its duration on the page's performance timeline as `vmk-deadlines:<name>` (the latest one
 * only), so DevTools and the benchmark (scripts/bench-inbox.ts) see what the check itself costs on the main thread.
 */
export function measure(name: string, work: () => void): void {
  timed(`vmk-deadlines:${name}`, work);
}
