/** How long one idle-time slice may run: well within a frame, so scrolling stays smooth. */
export const SLICE_MS = 8;

export type IdleHandle = { cancel(): void };

/** Runs `run` when the page is idle (within a second even when it never is), with the time left in that period. */
export function whenIdle(run: (timeLeft: () => number) => void): IdleHandle {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(
      // A page that never idles still gets its slices, of the usual length, once the timeout is up.
      (deadline) => run(() => (deadline.didTimeout ? SLICE_MS : deadline.timeRemaining())),
      { timeout: 1000 },
    );
    return { cancel: () => cancelIdleCallback(id) };
  }
  const id = setTimeout(() => run(() => SLICE_MS), 16);
  return { cancel: () => clearTimeout(id) };
}

/**
 * Work queued for idle time, done in slices of at most SLICE_MS: the rows of a long list that are not on screen.
 * `work` takes items with `next()` and asks `until()` after each whether the slice is over.
 */
export class Later<T> {
  private items: T[] = [];
  private index = 0;
  private handle: IdleHandle | undefined;
  private stopped = false;

  constructor(
    private readonly work: (until: () => boolean) => void,
    private readonly wrap: (slice: () => void) => void = (slice) => slice(),
  ) {}

  add(items: readonly T[]): void {
    if (this.stopped || items.length === 0) return;
    this.items = [...this.items.slice(this.index), ...items];
    this.index = 0;
    this.schedule();
  }

  next(): T | undefined {
    return this.index < this.items.length ? this.items[this.index++] : undefined;
  }

  get pending(): number {
    return this.items.length - this.index;
  }

  /** The items still waiting, in order. */
  waiting(): T[] {
    return this.items.slice(this.index);
  }

  stop(): void {
    this.stopped = true;
    this.handle?.cancel();
    this.items = [];
    this.index = 0;
  }

  private schedule(): void {
    if (this.handle || this.stopped) return;
    this.handle = whenIdle((timeLeft) => {
      this.handle = undefined;
      const start = performance.now();
      const budget = Math.min(SLICE_MS, Math.max(1, timeLeft()));
      this.wrap(() => this.work(() => performance.now() - start >= budget));
      if (this.pending > 0) this.schedule();
      else this.items = [];
    });
  }
}
