/**
 * The name-badge look-out in Chromium on the labelled badge set (tests/fixtures/media/badge/LABELS.md): badges of
 * three sizes, five colours and three places, and lanyards, pens, logos and patterned shirts that are not badges.
 * The hard requirement: no badge claimed on a frame without one. An `unsure` answer counts as not right.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCameraHarness, type CameraHarness } from '../../scripts/analyze.ts';
import { startSession, type E2eSession } from './harness.ts';

const SET = resolve(import.meta.dirname, '..', 'fixtures', 'media', 'badge');
interface BadgeLabel {
  file: string;
  badge: 'yes' | 'no';
  what: string;
}
const LABELS = JSON.parse(readFileSync(join(SET, 'labels.json'), 'utf8')) as BadgeLabel[];

let session: E2eSession;
let harness: CameraHarness;
const answers = new Map<string, unknown>();

beforeAll(async () => {
  session = await startSession();
  harness = await openCameraHarness({ browser: session.browser, mode: 'image' });
  for (const label of LABELS)
    answers.set(label.file, (await harness.analyzeBytes(readFileSync(join(SET, label.file)))).badge);
});

afterAll(async () => {
  await harness?.close();
  await session?.close();
});

describe('the name badge on the labelled badge set', () => {
  it('has both kinds of frame', () => {
    expect(LABELS.filter((l) => l.badge === 'yes').length).toBeGreaterThanOrEqual(30);
    expect(LABELS.filter((l) => l.badge === 'no').length).toBeGreaterThanOrEqual(30);
  });

  it.each(LABELS.filter((l) => l.badge === 'no').map((l) => [l.file, l] as const))(
    '%s: no badge is claimed',
    (_file, label) => {
      expect(answers.get(label.file), label.what).not.toBe('seen');
    },
  );

  it('answers at least 90 % of the frames right, with full precision', () => {
    let right = 0;
    let truePositives = 0;
    let claimed = 0;
    const badges = LABELS.filter((l) => l.badge === 'yes').length;
    for (const label of LABELS) {
      const answer = answers.get(label.file);
      if (answer === 'seen') claimed++;
      if (answer === 'seen' && label.badge === 'yes') truePositives++;
      if ((answer === 'seen') === (label.badge === 'yes') && answer !== 'unsure') right++;
    }
    const share = right / LABELS.length;
    console.log(
      `badge: ${right}/${LABELS.length} right (${(share * 100).toFixed(1)} %), precision ${truePositives}/${claimed}, recall ${truePositives}/${badges}`,
    );
    expect(claimed).toBe(truePositives);
    expect(share).toBeGreaterThanOrEqual(0.9);
  });
});
