// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { resolveSettings, isLocked } from '@/lib/settings/effective';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';

describe('effective settings: policy, else the clinician, else the default', () => {
  it('uses defaults when neither policy nor the clinician set anything', () => {
    const resolved = resolveSettings({}, {});
    expect(resolved.settings).toEqual(DEFAULT_SETTINGS);
    expect(resolved.lockedPaths.size).toBe(0);
    expect(resolved.policyProblems).toEqual([]);
  });

  it("lets policy win over the clinician's value and locks that field only", () => {
    const resolved = resolveSettings(
      { profile: { hospital: 'Södra Älvsborgs Sjukhus' } },
      { profile: { hospital: 'Mitt eget', name: 'Anna Andersson' } },
    );
    expect(resolved.settings.profile.hospital).toBe('Södra Älvsborgs Sjukhus');
    expect(resolved.settings.profile.name).toBe('Anna Andersson');
    expect(isLocked(resolved.lockedPaths, 'profile.hospital')).toBe(true);
    expect(isLocked(resolved.lockedPaths, 'profile.name')).toBe(false);
  });

  it('switches a check off by policy', () => {
    const resolved = resolveSettings(
      { checks: { presence: { enabled: false } } },
      { checks: { presence: { enabled: true } } },
    );
    expect(resolved.settings.checks.presence.enabled).toBe(false);
    expect(isLocked(resolved.lockedPaths, 'checks.presence.enabled')).toBe(true);
  });
});

describe('a malformed policy', () => {
  const malformed = {
    checks: { presence: { enabled: 'yes' } },
    profile: { unit: 'Barnmottagningen', phone: 42 },
    nonsense: true,
    portals: {
      '1177': {
        selectors: { messageRow: ['tr.arende', 'tr[[broken'], replyField: 'textarea' },
        urlPatterns: ['not a pattern', 'https://test.personal.1177.se/*'],
      },
      mystery: { enabled: false },
    },
  };
  const resolved = resolveSettings(malformed, {});
  const problemPaths = resolved.policyProblems.map((problem) => problem.path);

  it('applies the good fields', () => {
    expect(resolved.settings.profile.unit).toBe('Barnmottagningen');
    expect(resolved.settings.portals['1177'].selectors?.messageRow).toEqual(['tr.arende']);
    expect(resolved.settings.portals['1177'].urlPatterns).toEqual(['https://test.personal.1177.se/*']);
  });

  it('falls back to the default for each bad field', () => {
    expect(resolved.settings.checks.presence.enabled).toBe(true);
    expect(resolved.settings.profile.phone).toBe('');
    expect(resolved.settings.portals['1177'].selectors?.replyField).toBeUndefined();
  });

  it('lists every problem with its path and reason', () => {
    expect(problemPaths.sort()).toEqual(
      [
        'checks.presence.enabled',
        'nonsense',
        'portals.1177.selectors.messageRow.1',
        'portals.1177.selectors.replyField',
        'portals.1177.urlPatterns.0',
        'portals.mystery',
        'profile.phone',
      ].sort(),
    );
    const byPath = Object.fromEntries(resolved.policyProblems.map((problem) => [problem.path, problem]));
    expect(byPath['nonsense']?.reason).toBe('unknown-key');
    expect(byPath['portals.mystery']?.reason).toBe('unknown-key');
    expect(byPath['profile.phone']?.reason).toBe('wrong-type');
    expect(byPath['portals.1177.selectors.messageRow.1']).toMatchObject({
      reason: 'invalid-value',
      detail: 'invalid-css-selector',
      value: '"tr[[broken"',
    });
    expect(byPath['portals.1177.urlPatterns.0']?.detail).toBe('invalid-match-pattern');
  });

  it('does not lock fields whose policy value was refused', () => {
    expect(isLocked(resolved.lockedPaths, 'checks.presence.enabled')).toBe(false);
    expect(isLocked(resolved.lockedPaths, 'profile.unit')).toBe(true);
  });

  it('survives a policy that is not an object at all', () => {
    for (const junk of [null, 'text', 7, [1, 2]]) {
      expect(resolveSettings(junk, {}).settings).toEqual(DEFAULT_SETTINGS);
    }
  });
});

describe("the clinician's stored settings", () => {
  it('ignores parts that only IT may set (portal overrides)', () => {
    const resolved = resolveSettings({}, { portals: { '1177': { enabled: false } } });
    expect(resolved.settings.portals['1177'].enabled).toBe(true);
  });

  it('reports a damaged stored value instead of failing', () => {
    const resolved = resolveSettings({}, { profile: { name: ['x'] } });
    expect(resolved.settings.profile.name).toBe('');
    expect(resolved.userProblems.map((problem) => problem.path)).toEqual(['profile.name']);
  });
});
