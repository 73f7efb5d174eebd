// @vitest-environment happy-dom
/**
 * The children check's reading of the committed portal fixtures, as of the day they were taken: the patient field
 * the portal layer finds, what it says, and the protected-identity mark.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPatient } from '../../../lib/checks/children/advice';
import { PORTALS } from '../../../lib/portals/index';
import { queryFirst } from '../../../lib/portals/query';
import type { PortalId } from '../../../lib/portals/types';

/** The fixtures' day (tests/replicas/snapshot-fixtures.ts: 25 Nov 2026, 15:00 in Sweden). */
const FIXTURE_DAY = { year: 2026, month: 11, day: 25 };
const FIXTURES = resolve(import.meta.dirname, '..', '..', 'fixtures', 'portals');

function readFixture(portalId: PortalId, file: string) {
  const portal = PORTALS.find((candidate) => candidate.id === portalId)!;
  const doc = new DOMParser().parseFromString(
    readFileSync(resolve(FIXTURES, portalId, file), 'utf8'),
    'text/html',
  );
  const field = queryFirst(portal, 'patientIdentity', doc);
  if (!field) return 'no field';
  return readPatient(
    field.textContent ?? '',
    queryFirst(portal, 'protectedIdentity', doc) !== null,
    FIXTURE_DAY,
  );
}

describe('the patient field in the fixtures', () => {
  it.each([
    ['1177', 'case.html'],
    ['1177', 'case-closed.html'],
    ['vardochhalsa', 'conversation.html'],
    ['vardochhalsa', 'conversation-shared.html'],
    ['sob', 'moment.html'],
  ] as const)('%s %s: an adult, no hint', (portal, file) => {
    expect(readFixture(portal, file)).toEqual({ kind: 'adult' });
  });

  it.each([
    ['1177', 'case-child-protected.html'],
    ['vardochhalsa', 'conversation-child-protected.html'],
  ] as const)('%s %s: a child under 13 with protected identity', (portal, file) => {
    expect(readFixture(portal, file)).toEqual({
      kind: 'child',
      advice: { group: 'under13', journalen: false, protectedIdentity: true },
    });
  });

  it.each([
    ['1177', 'inbox.html'],
    ['vardochhalsa', 'inbox.html'],
    ['vardochhalsa', 'meeting.html'],
    ['sob', 'moments.html'],
  ] as const)('%s %s: no patient field (a list, or the video room)', (portal, file) => {
    expect(readFixture(portal, file)).toBe('no field');
  });
});
