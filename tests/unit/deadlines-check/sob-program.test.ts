// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSobProgram, SOB_PROGRAM_NAME_SELECTORS } from '@/lib/portals/sob/program';

const FIXTURES = resolve(import.meta.dirname, '..', '..', 'fixtures', 'portals');
const load = (folder: string, file: string) =>
  new DOMParser().parseFromString(readFileSync(resolve(FIXTURES, folder, file), 'utf8'), 'text/html');

describe('the SoB program of a moment, read through the portal layer', () => {
  it('moment.html: its name and its answer time', () => {
    expect(readSobProgram(load('sob', 'moment.html'))).toEqual({
      name: 'Internetbaserad KBT vid sömnbesvär',
      answerWorkingDays: 2,
    });
  });

  it('matches exactly one heading on the moment page and none on any other fixture', () => {
    const count = (doc: Document) => doc.querySelectorAll(SOB_PROGRAM_NAME_SELECTORS.join(', ')).length;
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
      expect(readSobProgram(load(folder, file))).toEqual({ name: undefined, answerWorkingDays: undefined });
    }
  });
});
