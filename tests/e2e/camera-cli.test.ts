/** `npm run analyze`: the same analyzer from the command line, one JSON line per picture. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const MEDIA = join(ROOT, 'tests', 'fixtures', 'media');
const dir = mkdtempSync(join(tmpdir(), 'vmk-analyze-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function analyze(args: string[]) {
  // The end-to-end setup has built the extension once; the CLI must not build again while others edit the tree.
  return spawnSync(process.execPath, [join(ROOT, 'scripts', 'analyze.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, VMK_SKIP_BUILD: '1' },
    timeout: 120_000,
  });
}

describe('npm run analyze', () => {
  it('prints one JSON line per picture of a folder, and an error line for a file that is not a picture', () => {
    copyFileSync(join(MEDIA, 'derived', 'astronaut-wall-ok.jpg'), join(dir, 'a-good.jpg'));
    copyFileSync(join(MEDIA, 'derived', 'two-people.jpg'), join(dir, 'b-two.jpg'));
    writeFileSync(join(dir, 'c-notes.txt'), 'not a picture');
    const run = analyze([dir, join(MEDIA, 'derived', 'astronaut-window-backlit.jpg')]);
    expect(run.status).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => String(line.file).split('/').pop())).toEqual([
      'a-good.jpg',
      'b-two.jpg',
      'c-notes.txt',
      'astronaut-window-backlit.jpg',
    ]);
    const [good, two, notes, backlit] = lines;
    expect(Object.keys(good ?? {})).toEqual([
      'file',
      'framing',
      'lighting',
      'background',
      'camera_height',
      'badge',
      'issues',
      'faces',
      'metrics',
      'ms',
    ]);
    expect(good).toMatchObject({
      framing: 'ok',
      lighting: 'ok',
      background: 'ok',
      camera_height: 'ok',
      issues: [],
      faces: 1,
    });
    expect(typeof good?.ms).toBe('number');
    expect((good?.metrics as Record<string, unknown>).faceHeight).toBeGreaterThan(0.15);
    // No name badge on the astronaut's suit; with two people the badge is not judged.
    expect(good?.badge).toBe('not_seen');
    expect(two).toMatchObject({ framing: 'multiple_people', faces: 2, badge: 'unsure' });
    expect(two?.issues).toContain('multiple_people');
    expect(notes?.error).toMatch(/decode/i);
    expect(backlit).toMatchObject({ lighting: 'backlit' });
  });

  it('explains its usage and fails without arguments', () => {
    const run = analyze([]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Usage: npm run analyze');
  });
});
