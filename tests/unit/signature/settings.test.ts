import { describe, expect, it } from 'vitest';
import { resolveSettings } from '@/lib/settings/effective';
import { buildManagedSchema } from '@/lib/settings/managed-schema';

describe('the signature’s settings under policy', () => {
  it('takes IT’s template and mode over the clinician’s, and locks them', () => {
    const resolved = resolveSettings(
      { checks: { signature: { templates: { sob: '{name}\n{unit}' }, onUnsignedSend: 'insert' } } },
      { checks: { signature: { templates: { sob: '{name}', default: '{name}' }, onUnsignedSend: 'off' } } },
    );
    const signature = resolved.settings.checks.signature;
    expect(signature.templates.sob).toBe('{name}\n{unit}');
    expect(signature.templates.default).toBe('{name}');
    expect(signature.onUnsignedSend).toBe('insert');
    expect(resolved.lockedPaths.has('checks.signature.templates.sob')).toBe(true);
    expect(resolved.lockedPaths.has('checks.signature.templates.default')).toBe(false);
  });

  it('keeps the good entries of a bad policy and lists the rest', () => {
    const resolved = resolveSettings(
      { checks: { signature: { required: ['name', 'fax'], onUnsignedSend: 'block' } } },
      {},
    );
    expect(resolved.settings.checks.signature.required).toEqual(['name']);
    expect(resolved.settings.checks.signature.onUnsignedSend).toBe('warn');
    expect(resolved.policyProblems.map((problem) => problem.path).sort()).toEqual([
      'checks.signature.onUnsignedSend',
      'checks.signature.required.1',
    ]);
  });

  it('appears in the managed schema with types only, so Chromium passes bad values on to be reported', () => {
    const checks = (
      buildManagedSchema().properties as Record<string, { properties: Record<string, unknown> }>
    ).checks!;
    expect(checks.properties.signature).toEqual({
      type: 'object',
      properties: {
        enabled: expect.objectContaining({ type: 'boolean' }),
        templates: expect.objectContaining({ type: 'object' }),
        required: expect.objectContaining({ type: 'array', items: { type: 'string' } }),
        onUnsignedSend: expect.objectContaining({ type: 'string' }),
        offerPortalSignature: expect.objectContaining({ type: 'boolean' }),
      },
    });
  });
});
