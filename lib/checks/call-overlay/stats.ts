import type { FrameSampler, SamplerStats } from './sampler';

/**
 * The samplers' counters on this page (frames analysed, errors, synchronous main-thread time), finished and running,
 * for the benchmark (scripts/bench-call.ts) and the end-to-end tests. Read through `vmkCallOverlayStats()` in the
 * extension's isolated world (index.ts); the host page cannot see it. No picture, no verdict: counts and times only.
 */
const finished: SamplerStats = { frames: 0, errors: 0, syncMs: 0, maxSyncMs: 0 };
const running = new Set<FrameSampler>();

function add(totals: SamplerStats, stats: SamplerStats): void {
  totals.frames += stats.frames;
  totals.errors += stats.errors;
  totals.syncMs += stats.syncMs;
  totals.maxSyncMs = Math.max(totals.maxSyncMs, stats.maxSyncMs);
}

export function samplerStarted(sampler: FrameSampler): void {
  running.add(sampler);
}

export function samplerFinished(sampler: FrameSampler): void {
  if (!running.delete(sampler)) return;
  add(finished, sampler.stats);
}

export function overlayStats(): SamplerStats {
  const totals = { ...finished };
  for (const sampler of running) add(totals, sampler.stats);
  return totals;
}
