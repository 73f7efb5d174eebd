import { ASPECTS, ISSUES, type Aspect, type Issue, type Judgement, type Verdicts } from './verdicts';

/** What the live view shows: per aspect the verdict that has held long enough, or null while still settling. */
export interface SmoothedJudgement {
  verdicts: { [A in Aspect]: Verdicts[A] | null };
  /** Issues that have held long enough, in the analyzer's order. */
  issues: Issue[];
  /** True once every aspect has a verdict. */
  settled: boolean;
}

interface Track<T> {
  shown: T | null;
  candidate: T;
  since: number;
}

/**
 * Verdicts that must hold longer before they show: a face turned away from the camera is only a camera beside the
 * screen when it stays turned for a few seconds (a glance at a second screen or at notes is not).
 */
export const SLOW_VERDICTS: Readonly<Partial<Record<Issue, number>>> = { beside: 4000 };

/**
 * Holds each aspect's verdict, and each issue's presence, until a change has lasted `holdMs` (about a second;
 * SLOW_VERDICTS longer), so that a verdict does not flicker with every frame. Time is passed in (ms, any monotonic
 * clock), so tests can use fake time. The first verdict also has to hold before it shows: a camera's first frames
 * are often dark.
 */
export class VerdictSmoother {
  private aspects = new Map<Aspect, Track<string>>();
  private issues = new Map<Issue, Track<boolean>>();

  constructor(
    readonly holdMs = 1000,
    private readonly slow: Readonly<Partial<Record<string, number>>> = SLOW_VERDICTS,
  ) {}

  /** `slowAs`: the verdict whose longer hold applies while `value` is the candidate, if any. */
  private step<T>(track: Track<T> | undefined, value: T, now: number, slowAs?: string): Track<T> {
    if (!track) return { shown: null, candidate: value, since: now };
    if (value !== track.candidate) return { shown: track.shown, candidate: value, since: now };
    const hold = Math.max(this.holdMs, (slowAs && this.slow[slowAs]) || 0);
    if (track.shown !== value && now - track.since >= hold) return { ...track, shown: value };
    return track;
  }

  update(judgement: Judgement, now: number): SmoothedJudgement {
    for (const aspect of ASPECTS) {
      const verdict = judgement[aspect] as string;
      const track = this.step(this.aspects.get(aspect), verdict, now, verdict);
      this.aspects.set(aspect, track);
    }
    const present = new Set(judgement.issues);
    for (const issue of ISSUES) {
      const track = this.step(
        this.issues.get(issue),
        present.has(issue),
        now,
        present.has(issue) ? issue : undefined,
      );
      this.issues.set(issue, track);
    }
    return this.current();
  }

  current(): SmoothedJudgement {
    const verdicts = Object.fromEntries(
      ASPECTS.map((aspect) => [aspect, this.aspects.get(aspect)?.shown ?? null]),
    );
    return {
      verdicts: verdicts as SmoothedJudgement['verdicts'],
      issues: ISSUES.filter((issue) => this.issues.get(issue)?.shown === true),
      settled: ASPECTS.every((aspect) => (this.aspects.get(aspect)?.shown ?? null) !== null),
    };
  }

  reset(): void {
    this.aspects.clear();
    this.issues.clear();
  }
}
