/**
 * `npm run docs:screenshots`: the admin guide's pictures of the mapping assistant (docs/images/mapping/), taken
 * with the built extension in Chromium on the invented portal tests/replicas/vast, in Swedish and in English. Run
 * `npm run build` first. The steps are the guide's own (section 12), done with the mouse as an administrator
 * would; the pictures show invented data only.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { launchWithExtension } from './chromium.ts';
import { startReplicaServer } from '../tests/replicas/server.ts';

const FOLDER = resolve(import.meta.dirname, '..', 'docs', 'images', 'mapping');
const VIEWPORT = { width: 1440, height: 860 };

async function shot(page: Page, name: string, lang: string): Promise<void> {
  const path = resolve(FOLDER, `${name}.${lang}.png`);
  await page.waitForTimeout(400); // outlines follow the page on the next frame
  await page.screenshot({ path });
  console.log(`screenshot: ${path}`);
}

async function pick(page: Page, key: string, target: Locator): Promise<void> {
  await page.locator(`vmk-mapping [data-vmk-pick-key="${key}"]`).first().click();
  await target.click();
  await page.locator('vmk-mapping [data-vmk-use]').click();
  await page.locator('vmk-mapping [data-vmk-pick-result]').waitFor({ state: 'detached' });
}

async function openFromOptions(page: Page, options: Page): Promise<void> {
  await options.goto(`chrome-extension://${options.url().split('/')[2]}/options.html#kartlaggning`);
  const option = options.locator('#kartlaggning select option', { hasText: await page.title() });
  await options.locator('#kartlaggning select').selectOption(await option.first().getAttribute('value'));
  await options.locator('[data-vmk-open-tab]').click();
  await page.locator('vmk-mapping [data-vmk-mapping-panel]').waitFor();
}

async function run(lang: 'sv' | 'en'): Promise<void> {
  process.env.VMK_LANG = lang;
  const replicas = await startReplicaServer({ port: 0 });
  const browser = await launchWithExtension({ headless: true });
  try {
    const vast = (path: string) => `http://127.0.0.1:${replicas.port}/vast${path}`;
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const page = await browser.context.newPage();
    await page.setViewportSize(VIEWPORT);
    await page.goto(vast('/inkorg'));

    // 1. Opened on a page no portal matches.
    await openFromOptions(page, options);
    await page.bringToFront();
    await shot(page, '1-oppnad', lang);

    // 2. Picking a message row: the element under the pointer is outlined.
    await page.locator('vmk-mapping [data-vmk-pick-key="messageRow"]').click();
    const cell = page.locator('main tbody tr').first().locator('td').nth(2);
    await cell.hover();
    await shot(page, '2-valj-rad', lang);

    // 3. The selector, what it matches, wider and narrower.
    await cell.click();
    await page.locator('vmk-mapping [data-vmk-pick-result]').waitFor();
    await shot(page, '3-forslag', lang);
    await page.locator('vmk-mapping [data-vmk-use]').click();
    await page.locator('html[data-vmk-portal]').waitFor({ state: 'attached' });
    // The name clinicians will see.
    const name = page.locator('vmk-mapping form input');
    await name.fill('Vårdportalen Väst');
    await name.press('Enter');

    // 4. Arrival, status and link inside a row; the draft makes badges appear; the portal's own word is unknown.
    const row = page.locator('main tbody tr').first();
    await pick(page, 'messageArrival', row.locator('td').nth(3).locator('span'));
    await pick(page, 'messageStatus', row.locator('td').nth(4).locator('span'));
    await pick(page, 'messageLink', row.locator('a'));
    await page.locator('vmk-deadline').first().waitFor();
    await shot(page, '4-kanns-igen', lang);

    // 5. A status word confirmed.
    const unknown = page.locator('vmk-mapping [data-vmk-status-texts] li[data-state="unknown"]');
    await unknown.scrollIntoViewIfNeeded();
    await shot(page, '5-statusord', lang);
    await unknown.locator('[data-vmk-word-state="open"]').click();
    await unknown.waitFor({ state: 'detached' });

    // 6. The export on the options page.
    await options.goto(`chrome-extension://${browser.extensionId}/options.html#kartlaggning`);
    await options.setViewportSize(VIEWPORT);
    await options.locator('[data-vmk-export="json"] textarea').waitFor();
    await options.bringToFront();
    await options.locator('#kartlaggning').scrollIntoViewIfNeeded();
    await options.evaluate(() => document.getElementById('kartlaggning')?.scrollIntoView());
    await shot(options, '6-export', lang);
  } finally {
    await browser.close();
    await replicas.close();
  }
}

mkdirSync(FOLDER, { recursive: true });
for (const lang of ['sv', 'en'] as const) await run(lang);
