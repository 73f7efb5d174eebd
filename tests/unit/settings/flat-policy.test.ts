// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isLocked, resolveSettings } from '@/lib/settings/effective';
import { buildManagedSchema } from '@/lib/settings/managed-schema';
import { MAX_LIST_ENTRIES, MAX_TEXT_LENGTH } from '@/lib/settings/policy-content';

const problem = (resolved: ReturnType<typeof resolveSettings>, path: string) =>
  resolved.policyProblems.find((found) => found.path === path);

describe('the managed schema', () => {
  const schema = buildManagedSchema() as { properties: Record<string, { type: string }> };

  it('has every policy key as a top-level property named by its dotted path', () => {
    expect(schema.properties['checks.deadlines.workingDays']?.type).toBe('integer');
    expect(schema.properties['portals.1177.selectors.messageRow']?.type).toBe('array');
    expect(schema.properties['policy.expectedKeys']?.type).toBe('array');
  });

  it('takes lists and maps of objects as JSON text, and maps of text as one object', () => {
    expect(schema.properties['checks.checklist.items.add']?.type).toBe('string');
    expect(schema.properties['checks.deadlines.services.sob.programs']?.type).toBe('string');
    expect(schema.properties['checks.checklist.items.reword']?.type).toBe('object');
  });

  it('keeps the nested groups for one release, and no patternProperties (Chromium refused to load it)', () => {
    expect(Object.keys(schema.properties).filter((key) => !key.includes('.'))).toEqual([
      'profile',
      'checks',
      'portals',
    ]);
    expect(JSON.stringify(schema)).not.toContain('patternProperties');
  });
});

describe('a flat policy', () => {
  const resolved = resolveSettings(
    {
      'profile.hospital': 'SÄS',
      'checks.deadlines.workingDays': 3,
      'checks.checklist.routines': '[{"text":"Rutin","url":"https://intra.example/rutin"}]',
      'checks.deadlines.services.sob.programs': '{"KBT":{"workingDays":5,"dueAt":"fel"}}',
      'checks.checklist.items.add': '[{"id":',
      'policy.expectedKeys': ['profile.hospital', 'profile.unit', 'checks.okand'],
    },
    {},
  );

  it('applies each key, reading JSON text entry by entry, and locks it', () => {
    expect(resolved.settings.profile.hospital).toBe('SÄS');
    expect(resolved.settings.checks.deadlines.workingDays).toBe(3);
    expect(resolved.settings.checks.checklist.routines).toEqual([
      { text: 'Rutin', url: 'https://intra.example/rutin' },
    ]);
    expect(resolved.settings.checks.deadlines.services.sob?.programs?.KBT?.workingDays).toBe(5);
    expect(isLocked(resolved.lockedPaths, 'checks.deadlines.workingDays')).toBe(true);
  });

  it('lists bad JSON text and a bad field inside it with their keys', () => {
    expect(problem(resolved, 'checks.checklist.items.add')?.detail).toBe('invalid-json');
    expect(problem(resolved, 'checks.deadlines.services.sob.programs.KBT.dueAt')?.reason).toBe(
      'invalid-value',
    );
  });

  it('names every expected key that did not arrive, and an expected key that does not exist', () => {
    expect(resolved.policyWarnings.map((warning) => [warning.path, warning.reason])).toEqual([
      ['profile.unit', 'not-delivered'],
    ]);
    expect(problem(resolved, 'policy.expectedKeys.2')?.reason).toBe('unknown-key');
  });
});

describe('the nested form', () => {
  it('still applies, with a warning per group, and a flat key wins over it', () => {
    const resolved = resolveSettings(
      { profile: { hospital: 'Gammalt', unit: 'Barn' }, 'profile.hospital': 'Nytt' },
      {},
    );
    expect(resolved.settings.profile).toMatchObject({ hospital: 'Nytt', unit: 'Barn' });
    expect(resolved.policyWarnings.map((warning) => [warning.path, warning.reason])).toEqual([
      ['profile', 'nested-form'],
    ]);
    expect(resolved.policyProblems).toEqual([]);
  });
});

describe('content checks on what arrives', () => {
  const resolved = resolveSettings(
    {
      'checks.signature.templates.default': 'Hälsningar\n{name}, {titel}',
      'checks.signature.templates.1177': 'x'.repeat(1_000_000),
      'portals.1177.selectors.messageRow': Array.from({ length: 10_000 }, (_, i) => `li:nth-child(${i})`),
      'checks.checklist.items.remove': ['camera-on', 'y'.repeat(MAX_TEXT_LENGTH + 1)],
      'profile.hospital': 'SÄS',
    },
    {},
  );

  it('refuses each bad value alone, with its key and reason, and keeps the rest', () => {
    expect(problem(resolved, 'checks.signature.templates.default')?.detail).toBe(
      'unknown-placeholder:{titel}',
    );
    expect(problem(resolved, 'checks.signature.templates.1177')?.reason).toBe('too-long');
    expect(problem(resolved, 'portals.1177.selectors.messageRow')).toMatchObject({
      reason: 'too-many',
      detail: `max-entries:${MAX_LIST_ENTRIES}`,
    });
    expect(problem(resolved, 'checks.checklist.items.remove.1')?.reason).toBe('too-long');
    expect(resolved.settings.checks.checklist.items.remove).toEqual(['camera-on']);
    expect(resolved.settings.profile.hospital).toBe('SÄS');
    expect(resolved.settings.portals['1177'].selectors?.messageRow).toBeUndefined();
  });

  it('shows a megabyte value shortened', () => {
    expect(problem(resolved, 'checks.signature.templates.1177')?.value.length).toBeLessThan(300);
  });
});
