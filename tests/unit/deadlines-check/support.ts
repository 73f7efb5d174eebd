/**
 * Helpers for the deadlines check's unit tests: a replica fixture loaded as the current document (happy-dom), at
 * the clock the fixtures were taken (Wed 25 Nov 2026 15:00 in Sweden), with the portal definitions as built in.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BADGE_TAG, shownView } from '@/components/deadlines/badge';
import type { BadgeView } from '@/lib/checks/deadlines/badge-view';
import { DeadlineAnnotator } from '@/lib/checks/deadlines/annotator';
import { pageRule } from '@/lib/checks/deadlines/page-rule';
import type { Reporter, Sighting } from '@/lib/checks/deadlines/reporter';
import { PORTALS } from '@/lib/portals/index';
import type { PortalId, ResolvedPortal } from '@/lib/portals/types';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';

export const FIXTURE_NOW = new Date('2026-11-25T14:00:00Z');
const FIXTURES = resolve(import.meta.dirname, '..', '..', 'fixtures', 'portals');
const ORIGINS: Record<PortalId, string> = {
  '1177': 'http://personal.1177.localhost:8177',
  vardochhalsa: 'http://vardochhalsa.localhost:8177',
  sob: 'http://sob.localhost:8177',
};

export function portalOf(id: PortalId): ResolvedPortal {
  return PORTALS.find((portal) => portal.id === id)!;
}

function setAddress(portal: PortalId, path: string): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
    `${ORIGINS[portal]}${path}`,
  );
}

/** Makes the fixture the current document, at its own address. */
export function loadFixture(portal: PortalId, file: string, path: string): void {
  const html = readFileSync(resolve(FIXTURES, portal, file), 'utf8');
  setAddress(portal, path);
  document.documentElement.innerHTML = new DOMParser().parseFromString(
    html,
    'text/html',
  ).documentElement.innerHTML;
}

/**
 * A 1177 inbox of open ärenden, one per arrival cell (its inner HTML: "22 dec", or a <time datetime>), with the
 * replica's markup; returns the rows in order.
 */
export function loadOpenRows(cells: readonly string[]): HTMLElement[] {
  setAddress('1177', '/arenden');
  const rows = cells.map(
    (cell, index) =>
      `<tr class="arenderad"><td><a class="arende-lank" href="/arende/${index}">Ärende</a></td>` +
      `<td class="inkommet">${cell}</td>` +
      `<td class="arendestatus"><span class="status">Obesvarat</span></td></tr>`,
  );
  document.body.innerHTML = `<table class="arendelista"><tbody>${rows.join('')}</tbody></table>`;
  return Array.from(document.querySelectorAll<HTMLElement>('tr.arenderad'));
}

/** What the badge in a row shows, or undefined when it has none. */
export function badgeIn(row: Element): ShownBadge | undefined {
  const host = row.querySelector<HTMLElement>(BADGE_TAG);
  return host ? shown(host) : undefined;
}

export interface Noted {
  source: Element;
  sighting: Sighting;
}

export function recordingReporter(): Reporter & {
  noted: Noted[];
  recounts: number;
  /** Every clock estimate the page told, in order. */
  clocks: number[];
} {
  const reporter = {
    noted: [] as Noted[],
    recounts: 0,
    clocks: [] as number[],
    note(source: Element, sighting: Sighting) {
      reporter.noted.push({ source, sighting });
    },
    /** As the real one: what was noted of the row is not sent (here: taken off the list). */
    forget(source: Element) {
      reporter.noted = reporter.noted.filter((entry) => entry.source !== source);
    },
    recount() {
      reporter.recounts += 1;
    },
    clock(behindMs: number) {
      reporter.clocks.push(behindMs);
    },
    stop() {},
  };
  return reporter;
}

export function annotatorFor(
  portal: PortalId,
  options: { now?: () => Date; settings?: Settings; language?: 'sv' | 'en' } = {},
) {
  const reporter = recordingReporter();
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const annotator = new DeadlineAnnotator({
    portal: portalOf(portal),
    rule: () => pageRule(settings.checks.deadlines, portal),
    language: options.language ?? 'sv',
    reporter,
    now: options.now ?? (() => FIXTURE_NOW),
  });
  return { annotator, reporter };
}

export function badges(root: ParentNode = document): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(BADGE_TAG));
}

export interface ShownBadge extends BadgeView {
  /** The badge's text as shown (shadow root). */
  shown: string;
  due: string | null;
  level: BadgeView['level'];
}

export function shown(host: HTMLElement): ShownBadge {
  const view = shownView(host)!;
  return {
    ...view,
    shown: host.shadowRoot?.textContent ?? '',
    due: host.getAttribute('data-vmk-due'),
    level: host.getAttribute('data-vmk-deadlines-level') as BadgeView['level'],
  };
}

/** Lets queued mutation records reach the observer callbacks. */
export const flushMutations = () => new Promise((resolveTick) => setTimeout(resolveTick, 0));
