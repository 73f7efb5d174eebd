// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { resolveSettings } from '@/lib/settings/effective';
import { DEFAULT_CHILD_LINKS } from '@/lib/checks/children/settings';

describe('the routines’ links for children, by policy', () => {
  it('default to the public pages the guideline names', () => {
    expect(resolveSettings({}, {}).settings.checks.children.links).toEqual(DEFAULT_CHILD_LINKS);
  });

  it('take IT’s address, leave a link out when empty, and fall back (listed) on a bad one', () => {
    const resolved = resolveSettings(
      {
        checks: {
          children: {
            links: { children: 'https://intra.example/barn', guardianAccess: '', identification: 'ftp://x' },
          },
        },
      },
      {},
    );
    expect(resolved.settings.checks.children.links).toEqual({
      children: 'https://intra.example/barn',
      guardianAccess: '',
      identification: DEFAULT_CHILD_LINKS.identification,
    });
    expect(resolved.policyProblems.map((problem) => problem.path)).toEqual([
      'checks.children.links.identification',
    ]);
  });
});
