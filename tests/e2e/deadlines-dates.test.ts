/**
 * Answer deadlines at a fixed moment, with every expected date written out by hand: Tuesday 22 December 2026 at
 * 10:20 in Stockholm, two days before julafton. The browser and the replica portals both start at that moment
 * (their clocks run on from it); the test states what a clinician must see, computed by hand from the guideline's
 * rule (2 working days; julafton, juldagen, annandag jul and the weekend are not working days; due at 17:00), not
 * with the extension's own calendar.
 *
 * The 1177 replica's open ärenden arrived 25 min, 2 h 10 min, 5 h, 30 h, 2 d 3 h and 4 d 2 h before now.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeText, copyOfBuiltExtension } from './checklist-support.ts';
import { startSession, type E2eSession } from './harness.ts';

// Half past the minute: the clocks are shifted by whole seconds, so the start may be off by half a second, and the
// replica lays out its arrivals to the minute.
const MOMENT = new Date('2026-12-22T10:20:30+01:00');

/** By hand: arrival → the working days after it → due, and what the badge says at about 10:20 on the 22nd. */
const EXPECTED: Record<
  string,
  { arrived: string; due: string; level: string; text: RegExp; detail: string }
> = {
  // Tue 22 Dec: Wed 23 is the first working day, then julafton, juldagen, annandag and Sunday: Mon 28 the second.
  // Left: Wed 23 and Mon 28 whole, and 6 h 40 min of today (minutes are not shown beside whole days).
  '104213': {
    arrived: 'idag 09:55',
    due: '2026-12-28T17:00:00+01:00',
    level: 'green',
    text: /^2 vardagar 6 tim kvar$/,
    detail: 'Besvaras senast mån 28 dec',
  },
  '104212': {
    arrived: 'idag 08:10',
    due: '2026-12-28T17:00:00+01:00',
    level: 'green',
    text: /^2 vardagar 6 tim kvar$/,
    detail: 'Besvaras senast mån 28 dec',
  },
  '104211': {
    arrived: 'idag 05:20',
    due: '2026-12-28T17:00:00+01:00',
    level: 'green',
    text: /^2 vardagar 6 tim kvar$/,
    detail: 'Besvaras senast mån 28 dec',
  },
  // Mon 21 Dec 04:20: Tue 22, Wed 23. Left: Wed 23 whole and the rest of today.
  '104209': {
    arrived: 'igår 04:20',
    due: '2026-12-23T17:00:00+01:00',
    level: 'green',
    text: /^1 vardag 6 tim kvar$/,
    detail: 'Besvaras senast imorgon',
  },
  // Sun 20 Dec 07:20: Mon 21, Tue 22: due today, amber.
  '104208': {
    arrived: 'sön 20 dec 07:20',
    due: '2026-12-22T17:00:00+01:00',
    level: 'amber',
    text: /^6 tim \d{1,2} min kvar$/,
    detail: 'Besvaras senast idag',
  },
  // Fri 18 Dec 08:20: Mon 21, Tue 22: due today, amber.
  '104206': {
    arrived: 'fre 18 dec 08:20',
    due: '2026-12-22T17:00:00+01:00',
    level: 'amber',
    text: /^6 tim \d{1,2} min kvar$/,
    detail: 'Besvaras senast idag',
  },
};

const extension = copyOfBuiltExtension();
let session: E2eSession;

beforeAll(async () => {
  session = await startSession({ extensionDir: extension.dir, clockAt: MOMENT });
});
afterAll(async () => {
  await session?.close();
  extension.remove();
});

describe('on Tuesday 22 December 2026 at 10:20, two days before julafton', () => {
  it('each open 1177 ärende shows the due day and time left worked out by hand', async () => {
    const page = await session.newPage();
    await page.goto(session.url('1177', '/arenden'));
    expect(await page.evaluate(() => new Date().toISOString().slice(0, 13))).toBe('2026-12-22T09');
    await expect
      .poll(() => page.locator('vmk-deadline').count(), { timeout: 15_000 })
      .toBe(Object.keys(EXPECTED).length);
    const badges = await page.evaluate(() =>
      [...document.querySelectorAll('vmk-deadline')].map((host) => {
        const box = host.shadowRoot?.querySelector('.badge');
        return {
          id: host.closest('tr')?.getAttribute('data-arende-id') ?? '',
          level: host.getAttribute('data-vmk-deadlines-level'),
          due: host.getAttribute('data-vmk-due'),
          text: box?.firstChild?.textContent ?? '',
          detail: box?.querySelector('.detail')?.textContent ?? '',
          tooltip: box?.getAttribute('title') ?? '',
        };
      }),
    );
    expect(badges.map((badge) => badge.id).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const badge of badges) {
      const want = EXPECTED[badge.id]!;
      expect(badge, badge.id).toMatchObject({ level: want.level, due: want.due, detail: want.detail });
      expect(badge.text, badge.id).toMatch(want.text);
      expect(badge.tooltip, badge.id).toContain(`Inkom ${want.arrived}`);
    }
    await page.close();
  });

  it('the toolbar counts the two due today, and the popup lists them as due today at 17:00', async () => {
    await expect.poll(() => badgeText(session), { timeout: 15_000 }).toBe('2');
    const popup = await session.newPage();
    await popup.goto(session.extensionUrl('popup.html'));
    const entries = popup.locator('[data-vmk-section="deadlines"] [data-vmk-deadline-entry]');
    await expect.poll(() => entries.count()).toBe(2);
    for (const text of await entries.allInnerTexts()) {
      expect(text).toContain('1177 Personalverktyget');
      expect(text).toContain('Besvaras senast idag 17:00');
    }
    await popup.close();
  });

  it('sent no request off the computer', () => {
    expect(session.outsideRequests()).toEqual([]);
  });
});
