// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageRule } from '@/lib/checks/deadlines/page-rule';
import { parseAnswerTime, readShownProgram } from '@/lib/checks/deadlines/program';
import { deadlinesSettingsSchema } from '@/lib/deadlines';
import { inspectPage } from '@/lib/mapping/inspect';
import { portalSob } from '@/lib/portals/sob/index';
import { findPortal } from '@/lib/portals/resolve';
import { resolveSettings } from '@/lib/settings/effective';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';

const FIXTURES = resolve(import.meta.dirname, '..', '..', 'fixtures', 'portals');
const load = (folder: string, file: string) =>
  new DOMParser().parseFromString(readFileSync(resolve(FIXTURES, folder, file), 'utf8'), 'text/html');
const page = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('the SoB program of a moment, read through the portal layer', () => {
  it('moment.html: its name and its answer time', () => {
    expect(readShownProgram(portalSob, load('sob', 'moment.html'))).toEqual({
      name: 'Internetbaserad KBT vid sömnbesvär',
      answerWorkingDays: 2,
    });
  });

  it('matches exactly one heading on the moment page and none on any other fixture', () => {
    const count = (doc: Document) => doc.querySelectorAll(portalSob.selectors.programName!.join(', ')).length;
    expect(count(load('sob', 'moment.html'))).toBe(1);
    for (const [folder, file] of [
      ['sob', 'moments.html'],
      ['1177', 'inbox.html'],
      ['1177', 'case.html'],
      ['vardochhalsa', 'inbox.html'],
      ['vardochhalsa', 'conversation.html'],
      ['annan-sajt', 'index.html'],
    ] as const) {
      expect(count(load(folder, file)), `${folder}/${file}`).toBe(0);
      expect(readShownProgram(portalSob, load(folder, file))).toEqual({
        name: undefined,
        answerWorkingDays: undefined,
      });
    }
  });
});

describe('an answer time as a page states it', () => {
  it('reads working days, in the words a page may use', () => {
    expect(parseAnswerTime('Svarstid: 2 vardagar')).toBe(2);
    expect(parseAnswerTime('Svarstid: 5 vardagar')).toBe(5);
    expect(parseAnswerTime('Svarstid: 1 vardag')).toBe(1);
    expect(parseAnswerTime('  svarstid:\u00a010  vardagar ')).toBe(10);
    expect(parseAnswerTime('Vi svarar inom 3 arbetsdagar')).toBe(3);
    expect(parseAnswerTime('4 vardagar')).toBe(4);
  });

  it('gives nothing for calendar days, numbers in words, 0 or other text', () => {
    expect(parseAnswerTime('Svarstid: 0 vardagar')).toBeUndefined();
    expect(parseAnswerTime('Svarstid: två vardagar')).toBeUndefined();
    expect(parseAnswerTime('Svarstid: 2 dagar')).toBeUndefined();
    expect(parseAnswerTime('Svarstid: 12vardagarna2')).toBeUndefined();
    expect(parseAnswerTime('')).toBeUndefined();
  });
});

describe('program name and answer time from markup the extension has never seen, set by policy alone', () => {
  const unfamiliar = page(`
    <main data-view="behandling">
      <div role="heading" aria-level="1" data-field="programtitel"> Stegvis   mot oro </div>
      <dl><dt>Svarstid</dt><dd data-field="svarstid">Vi svarar inom 4 arbetsdagar</dd></dl>
    </main>`);

  it('SoB with its selectors replaced: the stated answer time, and IT’s rule for the program by its name', () => {
    const policy = {
      'portals.sob.selectors.programName': ['[data-field="programtitel"]'],
      'portals.sob.selectors.answerTime': ['[data-field="svarstid"]'],
    };
    const { settings } = resolveSettings(policy, {});
    const portal = findPortal('https://personal.sob.1177.se/moment/x1', settings)!;
    expect(readShownProgram(portal, unfamiliar)).toEqual({ name: 'Stegvis mot oro', answerWorkingDays: 4 });
    expect(pageRule(settings.checks.deadlines, portal, unfamiliar)).toMatchObject({
      rule: { workingDays: 4 },
      workingDaysFrom: 'shown-answer-time',
    });
    const withProgram = resolveSettings(
      {
        ...policy,
        'checks.deadlines.services.sob.programs': JSON.stringify({ 'stegvis mot oro': { workingDays: 1 } }),
      },
      {},
    ).settings;
    expect(pageRule(withProgram.checks.deadlines, portal, unfamiliar)).toMatchObject({
      rule: { workingDays: 1 },
      workingDaysFrom: 'policy-program',
    });
    // The built-in selectors find nothing there: the programs' default applies, and says so.
    expect(pageRule(deadlinesSettingsSchema.parse({}), 'sob', unfamiliar)).toMatchObject({
      workingDaysFrom: 'settings',
    });
  });

  it('a portal defined by policy: the answer time its page states beats its own rule', () => {
    const { settings } = resolveSettings(
      {
        'portals.custom': JSON.stringify({
          terapi: {
            name: 'Terapiportalen',
            urlPatterns: ['https://terapi.example/*'],
            selectors: { answerTime: ['[data-field="svarstid"]'] },
            deadlineRule: { workingDays: 6 },
          },
        }),
      },
      {},
    );
    const portal = findPortal('https://terapi.example/behandling/1', settings)!;
    expect(pageRule(settings.checks.deadlines, portal, unfamiliar)).toMatchObject({
      rule: { workingDays: 4 },
      workingDaysFrom: 'shown-answer-time',
    });
    expect(pageRule(settings.checks.deadlines, portal, page('<main></main>'))).toMatchObject({
      rule: { workingDays: 6 },
      workingDaysFrom: 'settings',
    });
  });
});

describe('the mapping assistant on a stated answer time', () => {
  const report = (html: string) => {
    const doc = page(html);
    return inspectPage(portalSob, 'case', DEFAULT_SETTINGS, { root: doc }).keys.find(
      (entry) => entry.key === 'answerTime',
    );
  };

  it('flags one that is there but cannot be read, so IT knows the common rule applies', () => {
    expect(
      report('<header class="sob-moment-huvud"><p class="sob-svarstid">Svarstid: snart</p></header>'),
    ).toMatchObject({ count: 1, problem: 'unreadable', unreadable: 1 });
    expect(
      report('<header class="sob-moment-huvud"><p class="sob-svarstid">Svarstid: 3 vardagar</p></header>')
        ?.problem,
    ).toBeUndefined();
  });
});
