// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { BADGE_TAG } from '@/components/deadlines/badge';
import { deadlinesCheck } from '@/lib/checks/deadlines';
import { queryAll } from '@/lib/portals/query';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { badges, FIXTURE_NOW, loadFixture, portalOf, shown } from './support';

/** The check as the host starts it, on the current document, until `stop()`. */
function startCheck(portal: '1177' | 'vardochhalsa' | 'sob', page: 'inbox' | 'case' = 'inbox') {
  const controller = new AbortController();
  void deadlinesCheck.start({
    id: 'deadlines',
    portal: portalOf(portal),
    page,
    settings: DEFAULT_SETTINGS,
    signal: controller.signal,
    ctx: {} as ContentScriptContext,
  });
  return { stop: () => controller.abort() };
}

/** Every change made inside our badges' shadow roots, to prove that unchanged badges are left alone. */
function watchBadges(): { changes: number; disconnect(): void } {
  const state = { changes: 0, disconnect: () => observer.disconnect() };
  const observer = new MutationObserver((records) => (state.changes += records.length));
  for (const host of badges())
    observer.observe(host.shadowRoot!, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
  return state;
}

const settle = () => vi.advanceTimersByTimeAsync(5);

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({
    now: FIXTURE_NOW,
    toFake: [
      'setTimeout',
      'clearTimeout',
      'setInterval',
      'clearInterval',
      'Date',
      'requestIdleCallback',
      'cancelIdleCallback',
    ],
  });
});
afterEach(() => {
  vi.useRealTimers();
  document.documentElement.innerHTML = '<head></head><body></body>';
});

describe('when the portal changes its list', () => {
  it('a message answered in place loses its badge; the others are not touched', async () => {
    loadFixture('vardochhalsa', 'inbox.html', '/meddelanden');
    const check = startCheck('vardochhalsa');
    expect(badges()).toHaveLength(4);
    const watch = watchBadges();
    const [first, ...others] = badges();
    const status = first!.closest('li')!.querySelector('.vc-status-badge')!;
    status.textContent = 'Besvarad';
    await settle();
    expect(badges()).toEqual(others);
    expect(watch.changes).toBe(0);
    watch.disconnect();
    check.stop();
  });

  it('a new message in the list gets a badge; the existing badges stay the same elements', async () => {
    loadFixture('vardochhalsa', 'inbox.html', '/meddelanden');
    const check = startCheck('vardochhalsa');
    const before = badges();
    const list = document.querySelector('ul.vc-conversation-list')!;
    const row = list.querySelector('li')!.cloneNode(true) as Element;
    row.querySelector(BADGE_TAG)?.remove();
    row.setAttribute('data-conversation-id', 'c3109');
    row.querySelector('a')!.setAttribute('href', '/meddelanden/c3109');
    row.querySelector('.vc-received-at')!.textContent = 'idag 14:59';
    list.prepend(row);
    await settle();
    expect(badges()).toHaveLength(5);
    expect(badges().slice(1)).toEqual(before);
    expect(shown(row.querySelector<HTMLElement>(BADGE_TAG)!).due).toBe('2026-11-27T17:00:00+01:00');
    check.stop();
  });

  it('a message that becomes open again (a new question) gets its badge back', async () => {
    loadFixture('1177', 'inbox.html', '/arenden');
    const check = startCheck('1177');
    const row = queryAll(portalOf('1177'), 'messageRow')[3]!; // Besvarat
    row.querySelector('.status')!.textContent = 'Obesvarat';
    await settle();
    expect(row.querySelector(BADGE_TAG)).not.toBeNull();
    check.stop();
  });

  it('the portal replacing the arrival text (a relative time moving on) recomputes that row only', async () => {
    loadFixture('vardochhalsa', 'inbox.html', '/meddelanden');
    const check = startCheck('vardochhalsa');
    const third = badges()[2]!;
    const received = third.closest('li')!.querySelector('.vc-received-at')!;
    received.textContent = 'mån 13:00'; // read as Mon 23 Nov: due Wed 25 17:00
    await settle();
    expect(shown(third)).toMatchObject({ level: 'amber', due: '2026-11-25T17:00:00+01:00' });
    check.stop();
  });

  it('a list arriving late (single-page app) is annotated when it comes, a long one first at the top', async () => {
    document.body.innerHTML = '<main><ul class="vc-conversation-list"></ul></main>';
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
      'http://vardochhalsa.localhost/meddelanden',
    );
    const check = startCheck('vardochhalsa');
    const list = document.querySelector('ul')!;
    const rows = Array.from({ length: 300 }, (_, index) => {
      const open = index % 3 === 0;
      return `<li class="vc-conversation-item"><a class="vc-conversation-link" href="/meddelanden/f${index}"><span class="vc-received-at">igår 1${index % 10}:00</span><span class="vc-status-badge">${open ? 'Obesvarad' : 'Besvarad'}</span></a></li>`;
    });
    list.innerHTML = rows.join('');
    await settle();
    // The first rows at once; the rest in idle time.
    const early = badges().length;
    expect(early).toBeGreaterThan(0);
    expect(early).toBeLessThan(100);
    await vi.advanceTimersByTimeAsync(3000);
    expect(badges()).toHaveLength(100);
    check.stop();
    expect(badges()).toHaveLength(0);
  });

  it('refreshes once a minute with one timer for the page', async () => {
    loadFixture('1177', 'inbox.html', '/arenden');
    const check = startCheck('1177');
    const amber = badges()[4]!;
    expect(shown(amber).shown).toBe('2 tim kvar · Besvaras senast idag');
    expect(vi.getTimerCount()).toBeLessThanOrEqual(2);
    await vi.advanceTimersByTimeAsync(61 * 60_000);
    expect(shown(amber).shown).toBe('59 min kvar · Besvaras senast idag');
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(shown(amber)).toMatchObject({ level: 'red', shown: 'Försenat sedan idag 17:00' });
    check.stop();
    expect(vi.getTimerCount()).toBe(0);
  });
});
