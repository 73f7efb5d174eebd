import { addSamplerStats, emptySamplerStats, type FrameSampler, type SamplerStats } from './sampler';

/**
 * The samplers' counters on this page (frames analysed, errors, synchronous main-thread time), finished and running,
 * for the benchmark (scripts/bench-call.ts) and the end-to-end tests. Read through `vmkCallOverlayStats()` in the
 * extension's isolated world (index.ts); the host page cannot see it. No picture, no verdict: counts and times only.
 */
const finished: SamplerStats = emptySamplerStats();
const running = new Set<FrameSampler>();

export function samplerStarted(sampler: FrameSampler): void {
  running.add(sampler);
}

export function samplerFinished(sampler: FrameSampler): void {
  if (!running.delete(sampler)) return;
  addSamplerStats(finished, sampler.stats);
}

export function overlayStats(): SamplerStats {
  const totals = emptySamplerStats();
  addSamplerStats(totals, finished);
  for (const sampler of running) addSamplerStats(totals, sampler.stats);
  return totals;
}
