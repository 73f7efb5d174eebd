/**
 * Runs tests as if the computer's clock said another moment: the test process, the replica servers it starts and
 * the Chromium it launches (every one of its processes) all see the same shifted clock, through libfaketime
 * (Debian's package `libfaketime`, which `scripts/setup-machine.sh` installs).
 *
 *   npm run test:clock -- 2026-12-24T16:59+01:00 [vitest arguments]   the whole suite (or what the arguments pick)
 *   npm run test:moments                                               the deadline and checklist end-to-end files
 *                                                                      at every moment of MOMENTS
 *   npm run test:moments -- fredag-1701 nyarsafton-2359                at the moments named
 *
 * The clock is shifted by a fixed offset from the real one (libfaketime's "+N" form), not frozen or started anew
 * per process: processes started later (Chromium's renderers, the service worker) then agree with the ones started
 * first, and the clock keeps running, so a run started at 16:59 crosses 17:00 as a real one would. Every test
 * session checks that the browser sees the moment (tests/e2e/harness.ts, VMK_CLOCK_AT).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The moments the deadline and checklist tests must pass at, Swedish local time with its offset: days off,
 * the end of the working day, the holidays around which working days are counted, both changes of summer time and
 * a change of year.
 */
export const MOMENTS: Record<string, string> = {
  sondag: '2026-12-13T11:00:00+01:00',
  'fredag-1659': '2026-12-11T16:59:00+01:00',
  'fredag-1701': '2026-12-11T17:01:00+01:00',
  julafton: '2026-12-24T10:00:00+01:00',
  'dagen-fore-kristi-himmelsfard': '2027-05-05T14:00:00+02:00',
  'natten-till-sommartid': '2027-03-28T01:58:00+01:00',
  'natten-till-vintertid': '2027-10-31T02:58:00+02:00',
  'nyarsafton-2359': '2026-12-31T23:59:00+01:00',
};

/** The files whose expectations depend most on the calendar. */
export const MOMENT_FILES = [
  'tests/e2e/deadlines.test.ts',
  'tests/e2e/deadlines-toolbar.test.ts',
  'tests/e2e/checklist.test.ts',
  // A portal's own deadline rule, set by policy (workingDays 3), on pages unlike the replicas.
  'tests/e2e/policy-portal.test.ts',
];

/** Debian puts the library under its multiarch folder (`/usr/lib/<arch>-linux-gnu/faketime/`). */
export function libfaketimePath(): string {
  const dirs = existsSync('/usr/lib')
    ? readdirSync('/usr/lib')
        .filter((name) => name.endsWith('-linux-gnu'))
        .map((name) => join('/usr/lib', name))
    : [];
  const found = [...dirs, '/usr/lib']
    .map((dir) => join(dir, 'faketime', 'libfaketime.so.1'))
    .find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    'libfaketime is missing: install it (Debian: `apt-get install -y libfaketime`, which `npm test` does as root).',
  );
}

/** libfaketime's offset of this process's clock, in seconds (0 when the clock is not shifted). */
function currentShiftSeconds(): number {
  const match = /^([+-]\d+)$/.exec(process.env.FAKETIME ?? '');
  return process.env.LD_PRELOAD?.includes('libfaketime') && match ? Number(match[1]) : 0;
}

/**
 * The environment for a browser whose clock differs from this process's by `seconds` (negative: behind), as on a
 * computer whose clock is wrong while the portal's is right.
 */
export function shiftedClockEnvironment(seconds: number): NodeJS.ProcessEnv {
  const total = currentShiftSeconds() + Math.round(seconds);
  const preload = process.env.LD_PRELOAD?.includes('libfaketime')
    ? process.env.LD_PRELOAD
    : [libfaketimePath(), process.env.LD_PRELOAD].filter(Boolean).join(':');
  return { LD_PRELOAD: preload, FAKETIME: `${total >= 0 ? '+' : ''}${total}` };
}

/** The environment that makes a process (and its children) see `moment` now, and the clock keep running. */
export function clockEnvironment(moment: Date): NodeJS.ProcessEnv {
  if (Number.isNaN(moment.getTime())) throw new Error('The moment is not a date.');
  const offsetSeconds = Math.round((moment.getTime() - Date.now()) / 1000);
  return {
    ...process.env,
    LD_PRELOAD: [libfaketimePath(), process.env.LD_PRELOAD].filter(Boolean).join(':'),
    FAKETIME: `${offsetSeconds >= 0 ? '+' : ''}${offsetSeconds}`,
    // The monotonic clock is shifted too (libfaketime's default): with only the wall clock shifted, Chromium's
    // timed waits spun and it took about a minute to start.
    VMK_CLOCK_AT: moment.toISOString(),
    VMK_SKIP_BUILD: '1',
  };
}

function build(): void {
  if (process.env.VMK_SKIP_BUILD === '1') return;
  const result = spawnSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function vitest(moment: Date, args: string[]): number {
  const bin = join(import.meta.dirname, '..', 'node_modules', 'vitest', 'vitest.mjs');
  const result = spawnSync(process.execPath, [bin, 'run', ...args], {
    stdio: 'inherit',
    env: clockEnvironment(moment),
  });
  return result.status ?? 1;
}

function runMoments(names: string[]): number {
  const unknown = names.filter((name) => !(name in MOMENTS));
  if (unknown.length > 0) {
    console.error(`Unknown moment ${unknown.join(', ')}; known: ${Object.keys(MOMENTS).join(', ')}.`);
    return 2;
  }
  const chosen = names.length > 0 ? names : Object.keys(MOMENTS);
  build();
  const failed: string[] = [];
  for (const name of chosen) {
    const at = MOMENTS[name]!;
    console.log(`\n# ${name}: the clock at ${at}`);
    if (vitest(new Date(at), ['--project', 'e2e', ...MOMENT_FILES]) !== 0) failed.push(name);
  }
  console.log(
    `\nclock moments: ${chosen.length - failed.length} passed, ${failed.length} failed` +
      (failed.length > 0 ? ` (${failed.join(', ')})` : ''),
  );
  return failed.length > 0 ? 1 : 0;
}

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (command === 'moments') return runMoments(rest);
  if (command === 'at' && rest[0]) {
    // A moment's name (`nyarsafton-2359`) or an ISO date-time; `new Date` would read a name as some year.
    const named = MOMENTS[rest[0]];
    const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(rest[0]);
    const moment = new Date(named ?? (iso ? rest[0] : Number.NaN));
    if (Number.isNaN(moment.getTime())) {
      console.error(
        `"${rest[0]}" is not a date; write it as 2026-12-24T16:59+01:00 or name a moment: ${Object.keys(MOMENTS).join(', ')}.`,
      );
      return 2;
    }
    build();
    return vitest(moment, rest.slice(1));
  }
  console.error('Usage: test-clock.ts at <ISO date-time with offset> [vitest arguments] | moments [names]');
  return 2;
}

if (import.meta.main) {
  try {
    process.exit(main(process.argv.slice(2)));
  } catch (error) {
    // A missing libfaketime is a failure, not a skip: a run that cannot change the clock proves nothing.
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
