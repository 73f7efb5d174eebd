import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DEADLINE_RULE,
  computeDue,
  deadlineStatus,
  dueByLabel,
  formatLabel,
  parseArrival,
  swedishHolidays,
  timeLeftLabel,
  isoFromDay,
  type DeadlineRule,
} from '../../../lib/deadlines';

/**
 * The same results whatever zone the computer is set to. This file runs itself again in child processes with
 * another TZ, each writing a fingerprint of many results, which must equal this process's own: New York (behind
 * UTC, with American clock-change dates) and Chatham (+12:45/+13:45: a quarter-hour offset, a day ahead of Sweden
 * most of the day, summer time in the southern hemisphere). Two children, since each costs a few seconds.
 */
const FINGERPRINT_FILE = process.env.VMK_DEADLINES_FINGERPRINT_FILE;
const OTHER_ZONES = ['America/New_York', 'Pacific/Chatham'];

function fingerprint() {
  const rules: DeadlineRule[] = [
    DEFAULT_DEADLINE_RULE,
    { ...DEFAULT_DEADLINE_RULE, dueAt: 'same-time' },
    { ...DEFAULT_DEADLINE_RULE, endOfDay: '24:00', workingDays: 3, closedDays: ['2026-05-15'] },
  ];
  const results: string[] = [];
  // Every 7 h 13 min through 2026 and the turn of the year: every hour of the day, both clock changes.
  for (
    let t = Date.parse('2025-12-20T00:00:00Z');
    t < Date.parse('2027-01-15T00:00:00Z');
    t += 433 * 60_000
  ) {
    const arrival = new Date(t);
    for (const rule of rules) {
      const due = computeDue(arrival, rule);
      const now = new Date(t + 29 * 3_600_000);
      const status = deadlineStatus(due, now, rule);
      results.push(
        `${due.at.toISOString()} ${status.level} ${formatLabel(timeLeftLabel(status, now), 'sv')} | ${formatLabel(dueByLabel(due, now), 'en')}`,
      );
    }
  }
  const now = new Date('2027-01-02T09:00:00+01:00');
  for (const text of [
    '30 dec',
    '25/11 14:32',
    'idag 09:14',
    'igår',
    'i förrgår',
    'mån 14:02',
    '2026-10-25 02:30',
    '14:32',
  ]) {
    const result = parseArrival(text, now);
    results.push(
      result.ok
        ? `${text} → ${result.arrival.toISOString()} ${result.precision}`
        : `${text} → ${result.reason}`,
    );
  }
  results.push([...swedishHolidays(2026), ...swedishHolidays(2027)].map(isoFromDay).join(','));
  return results;
}

function runChild(zone: string, file: string): Promise<void> {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  const vitest = join(root, 'node_modules/vitest/vitest.mjs');
  const self = relative(root, fileURLToPath(import.meta.url));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [vitest, 'run', '--project', 'unit', self], {
      cwd: root,
      env: { ...process.env, TZ: zone, VMK_DEADLINES_FINGERPRINT_FILE: file },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`TZ=${zone} run failed:\n${output}`)),
    );
  });
}

describe('time-zone independence', () => {
  it.runIf(FINGERPRINT_FILE)('(child) writes its fingerprint and the zone it really ran in', () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const januaryOffset = new Date('2026-01-15T12:00:00Z').getTimezoneOffset();
    writeFileSync(FINGERPRINT_FILE ?? '', JSON.stringify({ zone, januaryOffset, results: fingerprint() }));
  });

  it.skipIf(FINGERPRINT_FILE)(
    'gives the same due times, statuses, texts and parsed arrivals under TZ=America/New_York and Pacific/Chatham',
    async () => {
      const own = fingerprint();
      expect(own.length).toBeGreaterThan(3000);
      const folder = mkdtempSync(join(tmpdir(), 'deadlines-tz-'));
      const files = OTHER_ZONES.map((zone) => join(folder, `${zone.replace('/', '-')}.json`));
      await Promise.all(OTHER_ZONES.map((zone, index) => runChild(zone, files[index] ?? '')));
      const expectedOffsets = [300, -825]; // minutes behind UTC in January: the children really ran there
      OTHER_ZONES.forEach((zone, index) => {
        const child = JSON.parse(readFileSync(files[index] ?? '', 'utf8')) as {
          zone: string;
          januaryOffset: number;
          results: string[];
        };
        expect(child.zone).toBe(zone);
        expect(child.januaryOffset).toBe(expectedOffsets[index]);
        expect(child.results).toEqual(own);
      });
    },
    120_000,
  );
});
