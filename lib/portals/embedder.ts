import { MatchPattern } from 'wxt/utils/match-patterns';
import type { Settings } from '../settings/schema';
import { portalsInEffect } from './resolve';

/**
 * Whether a page of `origin` belongs to a portal in effect: the analyzer frame is web-accessible on every host
 * (IT may add portals by policy), so it serves only pages whose origin one of the portals' patterns covers. A
 * pattern with a path (`https://host/app/*`) covers its host: the frame sees its embedder's origin only.
 */
export function originOfPortal(origin: string, settings: Settings): boolean {
  return portalsInEffect(settings).some((portal) =>
    portal.urlPatterns.some((pattern) => {
      const hostOnly = pattern.replace(/^([^:]+:\/\/[^/]+)\/.*$/, '$1/*');
      try {
        return new MatchPattern(hostOnly).includes(`${origin}/`);
      } catch {
        return false;
      }
    }),
  );
}
