/**
 * Accessibility of everything the extension shows: the popup, the options page, the camera test page, the door sign
 * and the UI it puts into portal pages. axe-core must find no serious or critical violation, and every control must
 * be reachable with the Tab key (radio groups: one stop per group, as browsers do).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { E2eSession } from './harness.ts';
import { startFakeCameraSession, type FakeCameraSession } from './fake-camera.ts';
import { removePolicy } from './policy.ts';
import { getExtensionStorage, openPopup, setExtensionStorage } from './checklist-support.ts';

let call: FakeCameraSession;
let session: E2eSession;

beforeAll(async () => {
  removePolicy();
  call = await startFakeCameraSession('astronaut-wall-ok.jpg');
  session = call.session;
});
afterAll(async () => {
  await call?.close();
});

/** Serious and critical violations, as "rule: target" lines (empty when the page passes). */
async function seriousViolations(page: Page, include?: string[]): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags([
    'wcag2a',
    'wcag2aa',
    'wcag21a',
    'wcag21aa',
    'best-practice',
  ]);
  for (const selector of include ?? []) builder = builder.include(selector);
  const { violations } = await builder.analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${JSON.stringify(node.target)}`),
    );
}

/** Controls that Tab never reaches, described by tag and text. Disabled and hidden controls do not count. */
async function unreachableByTab(page: Page): Promise<string[]> {
  const total = await page.evaluate(() => {
    const selector = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    const controls = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (el) => !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0 && el.tabIndex >= 0,
    );
    controls.forEach((el, index) => {
      // A radio group is one tab stop: its radios share the group's key.
      const radio = el instanceof HTMLInputElement && el.type === 'radio' && el.name;
      el.setAttribute('data-a11y-stop', radio ? `radio:${el.name}` : String(index));
    });
    (document.activeElement as HTMLElement | null)?.blur();
    return new Set(controls.map((el) => el.getAttribute('data-a11y-stop'))).size;
  });
  const reached = new Set<string>();
  for (let press = 0; press < total + 10 && reached.size < total; press++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => document.activeElement?.getAttribute('data-a11y-stop'));
    if (stop) reached.add(stop);
  }
  return page.evaluate(
    (seen) =>
      [...document.querySelectorAll<HTMLElement>('[data-a11y-stop]')]
        .filter((el) => !seen.includes(el.getAttribute('data-a11y-stop') ?? ''))
        .map(
          (el) =>
            `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || el.id).trim()}"`,
        ),
    [...reached],
  );
}

describe('the extension’s own pages', () => {
  it('popup: checklist with every group open, a reminder waiting, counts and switches shown', async () => {
    const popup = await openPopup(session);
    await setExtensionStorage(popup, {
      'reminders:pending': [{ kind: 'call', portal: 'vardochhalsa', at: Date.now() }],
    });
    await popup.locator('[data-vmk-reminder="call"]').waitFor();
    await popup.locator('#checklist-remote').check();
    for (const summary of await popup.locator('details summary').all()) await summary.click();
    expect(await seriousViolations(popup)).toEqual([]);
    expect(await unreachableByTab(popup)).toEqual([]);
    await setExtensionStorage(popup, { 'reminders:pending': [] });
    await popup.close();
  });

  it('options page', async () => {
    const page = await session.newPage();
    await page.goto(session.extensionUrl('options.html'));
    await page.locator('#profile-name').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await unreachableByTab(page)).toEqual([]);
    await page.close();
  });

  it('camera test page, with the fake camera judged', async () => {
    const page = await session.newPage();
    await page.goto(session.extensionUrl('camera-test.html'));
    await expect
      .poll(() => getExtensionStorage(page, 'camera:lastVerdicts'), { timeout: 60_000, interval: 1000 })
      .toBeTruthy();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await unreachableByTab(page)).toEqual([]);
    await page.close();
  }, 120_000);

  it('door sign', async () => {
    const page = await session.newPage();
    await page.goto(session.extensionUrl('door-sign.html'));
    await page.locator('[data-vmk-door-sign]').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await unreachableByTab(page)).toEqual([]);
    await page.close();
  });
});

describe('the UI inside a portal page', () => {
  it('the reminder card and the presence mark pass, and Tab reaches the card’s button', async () => {
    const page = await session.newPage();
    await page.goto(session.url('vardochhalsa', '/kalender'));
    const popup = await openPopup(session);
    await setExtensionStorage(popup, {
      'reminders:pending': [{ kind: 'reply', portal: 'vardochhalsa', at: Date.now() }],
    });
    await page.locator('vmk-reminders [data-vmk-reminder="reply"]').waitFor({ timeout: 10_000 });
    await page.locator('vmk-presence').waitFor({ state: 'attached' });
    const hosts = await page.evaluate(() => [
      ...new Set(
        [...document.querySelectorAll('*')]
          .map((el) => el.localName)
          .filter((name) => name.startsWith('vmk-')),
      ),
    ]);
    expect(hosts).toEqual(expect.arrayContaining(['vmk-reminders', 'vmk-presence']));
    expect(await seriousViolations(page, hosts)).toEqual([]);

    // Tab from the top of the page until the focus lands on the card's "Klart" (inside the shadow root).
    let reached = false;
    for (let press = 0; press < 150 && !reached; press++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        return active?.textContent === 'Klart';
      });
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('vmk-reminders [data-vmk-reminder]').count()).toBe(0);
    await Promise.all([page.close(), popup.close()]);
  });
});
