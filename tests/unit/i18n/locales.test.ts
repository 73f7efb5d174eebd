import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SELECTOR_KEYS } from '@/lib/portals/types';

const load = (lang: string) =>
  JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<
    string,
    { message: string }
  >;
const sv = load('sv');
const en = load('en');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('the UI texts', () => {
  it('have every Swedish message in English too, and the reverse', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
  });

  it('have no empty message', () => {
    for (const [key, { message }] of [...Object.entries(sv), ...Object.entries(en)]) {
      expect(message.trim(), key).not.toBe('');
    }
  });

  it('exist for every literal key the code asks for with t(…)', () => {
    const asked = new Set<string>();
    for (const file of ['components', 'lib', 'entrypoints'].flatMap(sourceFiles)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\('([A-Za-z0-9_]+)'/g))
        asked.add(match[1]!);
    }
    expect(asked.size).toBeGreaterThan(50);
    expect([...asked].filter((key) => !(key in sv)).sort()).toEqual([]);
  });

  it('name every selector key in the mapping assistant (its labels are asked for by key, t(`mappingKey_…`))', () => {
    const missing = SELECTOR_KEYS.filter((key) => !(`mappingKey_${key}` in sv));
    expect(missing).toEqual([]);
  });
});
