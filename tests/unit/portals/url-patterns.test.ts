/**
 * Each portal definition's match patterns: its replica host on any port, its real host(s), and nothing else
 * (not the other replicas, not the non-portal site).
 */
import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { PORTALS } from '../../../lib/portals/index';
import type { BuiltInPortalId } from '../../../lib/portals/types';
import { REPLICA_HOSTS, replicaOrigin, type ReplicaName } from '../../replicas/hosts';

function matches(id: BuiltInPortalId, url: string): boolean {
  const portal = PORTALS.find((p) => p.id === id)!;
  return portal.urlPatterns.some((pattern) => new MatchPattern(pattern).includes(url));
}

const REAL: Record<BuiltInPortalId, { yes: string[]; no: string[] }> = {
  '1177': {
    yes: ['https://personal.1177.se/', 'https://personal.1177.se/arende/104213'],
    no: ['https://www.1177.se/', 'https://personal.1177.se.example.org/', 'http://personal.1177.se/'],
  },
  vardochhalsa: {
    yes: ['https://vardochhalsa.vgregion.se/meddelanden', 'https://vard.vardochhalsa.vgregion.se/mote/1'],
    no: ['https://www.vgregion.se/', 'https://vardochhalsa.vgregion.se.example.org/'],
  },
  sob: {
    yes: ['https://personal.sob.1177.se/moment/1'],
    no: ['https://dv.personal.sob.1177.se/', 'https://sob.1177.se/', 'https://personal.1177.se/'],
  },
};

/** The invented layout test page is recognised as Vård och hälsa (its controls carry that replica's classes). */
const OWN_EXTRA: Partial<Record<BuiltInPortalId, ReplicaName>> = { vardochhalsa: 'layout' };

describe('portal URL patterns', () => {
  for (const portal of PORTALS) {
    const own = portal.id as ReplicaName;
    it(`${portal.id}: match its replica on any port`, () => {
      for (const port of [80, 8177, 43123]) {
        expect(matches(portal.id, `${replicaOrigin(own, port)}/`)).toBe(true);
        expect(matches(portal.id, `${replicaOrigin(own, port)}/some/page?rows=2000`)).toBe(true);
      }
    });

    it(`${portal.id}: match none of the other replicas nor the non-portal site`, () => {
      for (const name of Object.keys(REPLICA_HOSTS) as ReplicaName[]) {
        if (name === own || OWN_EXTRA[portal.id] === name) continue;
        expect(matches(portal.id, `${replicaOrigin(name, 8177)}/`), name).toBe(false);
      }
      expect(matches(portal.id, 'http://annan-sajt.localhost:8177/')).toBe(false);
      expect(matches(portal.id, 'http://localhost:8177/')).toBe(false);
      expect(matches(portal.id, 'http://127.0.0.1:8177/')).toBe(false);
    });

    it(`${portal.id}: match its real host and not look-alikes`, () => {
      for (const url of REAL[portal.id].yes) expect(matches(portal.id, url), url).toBe(true);
      for (const url of REAL[portal.id].no) expect(matches(portal.id, url), url).toBe(false);
    });

    it(`${portal.id}: every pattern is valid and has no port`, () => {
      for (const pattern of portal.urlPatterns) {
        expect(() => new MatchPattern(pattern)).not.toThrow();
        expect(pattern).not.toMatch(/:\d+\//);
      }
    });
  }
});
