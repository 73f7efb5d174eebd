import type { ArrivalResult } from './parse-arrival';

/**
 * A machine-readable or dated arrival further ahead of the computer's clock than this is taken for a placeholder
 * or a typo ("2099-12-31"), not for a clock that is behind: learning from it would make every other badge on the
 * page red. Three years leaves room for a computer whose clock was set back a year or two.
 */
export const MAX_CLOCK_BEHIND_MS = 3 * 366 * 86_400_000;

/** What a badge may do with a reading: count from it, say "Kontrollera datum", or say "Kan inte läsa datum". */
export type ArrivalTrust = 'trusted' | 'untrusted' | 'unreadable';

/**
 * The portal's clock, as far as one page can tell. The portal's "now" is at least the latest arrival it shows
 * that names its year (machine-readable, or a full date): when that lies ahead of the computer's clock, the
 * computer's clock is behind by at least the difference, and the page counts from the portal's time.
 *
 * The difference is kept as an instant on the portal's clock and a reading of a monotonic clock taken then, not as
 * a number of milliseconds: when someone sets the computer's clock right, the page's estimate follows by itself.
 * (A monotonic clock may stand still while the computer sleeps; the estimate is then lower, still a lower bound.)
 */
export class PageClock {
  private anchor: { portalMs: number; monotonicMs: number } | undefined;
  private seenAbsolute = false;
  /** Changes whenever the estimate is raised: rows read under another version are read again. */
  version = 0;

  constructor(
    private readonly computerNow: () => Date = () => new Date(),
    private readonly monotonic: () => number = () => performance.now(),
  ) {}

  /** The portal's time now: the computer's, or later when the page has shown that its clock is behind. */
  now(): Date {
    return new Date(this.portalMs(this.computerNow().getTime()));
  }

  /** How far the computer's clock is behind the portal's, at least (0 when nothing shows it). */
  behindMs(): number {
    const computer = this.computerNow().getTime();
    return this.portalMs(computer) - computer;
  }

  private portalMs(computer: number): number {
    if (!this.anchor) return computer;
    return Math.max(computer, this.anchor.portalMs + (this.monotonic() - this.anchor.monotonicMs));
  }

  /** Whether the page has shown any arrival that names its year: only then does it know anything of the clock. */
  get informed(): boolean {
    return this.seenAbsolute;
  }

  /**
   * Judges one reading (made with `now()`) and learns from it. An arrival that names its year and lies ahead
   * raises the estimate and is trusted; one read against the clock ("26 nov", "idag 23:00") and still ahead has no
   * such time on the page to explain it, and is read but not trusted.
   */
  judge(read: ArrivalResult): ArrivalTrust {
    if (!read.ok) return 'unreadable';
    if (!read.absolute) return read.ahead ? 'untrusted' : 'trusted';
    const arrival = read.arrival.getTime();
    if (read.ahead && arrival - this.computerNow().getTime() > MAX_CLOCK_BEHIND_MS) return 'untrusted';
    this.seenAbsolute = true;
    if (read.ahead && arrival > this.now().getTime()) {
      this.anchor = { portalMs: arrival, monotonicMs: this.monotonic() };
      this.version += 1;
    }
    return 'trusted';
  }
}
