/**
 * Mapping benchmark (part of `npm run bench`): the mapping assistant on the invented portal's inbox
 * (tests/replicas/vast, `?rows=N`), in headless Chromium with the built extension. What is timed is the assistant's
 * own work, as it leaves it on the page's performance timeline:
 *   - pick_row: making and trying the selectors for a clicked message row (all rows like it, none of the other
 *     table's),
 *   - pick_arrival, pick_status, pick_link: the same for an element inside a row, judged in every row (a long list
 *     on a sample of its rows, then counted whole),
 *   - inspect: reading the page for the panel (every key's matches, the rows as read), once a second while open.
 * Prints JSON lines; median and max over VMK_BENCH_ROUNDS rounds (default 3) per list length.
 */
import type { Page } from 'playwright-core';
import { buildIfNeeded } from './analyze.ts';
import { launchWithExtension } from './chromium.ts';
import { startReplicaServer } from '../tests/replicas/server.ts';

const ROUNDS = Number(process.env.VMK_BENCH_ROUNDS ?? 3);
const LENGTHS = [5, 2000];

const line = (name: string, data: Record<string, unknown>) =>
  console.log(JSON.stringify({ bench: `mapping.${name}`, ...data }));

function summary(values: number[]): { median_ms: number; max_ms: number; n: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    median_ms: round(sorted[Math.floor(sorted.length / 2)] ?? NaN),
    max_ms: round(sorted.at(-1) ?? NaN),
    n: values.length,
  };
}

function durations(page: Page, name: string): Promise<number[]> {
  return page.evaluate(
    (measure) => performance.getEntriesByName(measure).map((entry) => entry.duration),
    name,
  );
}

buildIfNeeded();
const server = await startReplicaServer({ port: 0 });
const browser = await launchWithExtension({ headless: true });
try {
  for (const rows of LENGTHS) {
    const times: Record<string, number[]> = {
      pick_row: [],
      pick_arrival: [],
      pick_status: [],
      pick_link: [],
      inspect: [],
    };
    for (let round = 0; round < ROUNDS; round++) {
      const options = await browser.context.newPage();
      await options.goto(`chrome-extension://${browser.extensionId}/options.html#kartlaggning`);
      await options.evaluate(() =>
        (
          globalThis as unknown as { chrome: { storage: { local: { remove(key: string): Promise<void> } } } }
        ).chrome.storage.local.remove('mapping:draft'),
      );
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 1700, height: 1000 });
      await page.goto(`http://127.0.0.1:${server.port}/vast/inkorg?rows=${rows}`);
      await options.reload();
      const option = options.locator('#kartlaggning select option', { hasText: await page.title() });
      await options.locator('#kartlaggning select').selectOption(await option.first().getAttribute('value'));
      await options.locator('[data-vmk-open-tab]').click();
      await page.locator('vmk-mapping [data-vmk-mapping-panel]').waitFor();
      const pick = async (key: string, target: ReturnType<Page['locator']>) => {
        await page.locator(`vmk-mapping [data-vmk-pick-key="${key}"]`).first().click();
        await target.click();
        await page.locator('vmk-mapping [data-vmk-use]').click();
        await page.locator('vmk-mapping [data-vmk-pick-result]').waitFor({ state: 'detached' });
        return (await durations(page, 'vmk-mapping:pick')).at(-1) ?? NaN;
      };
      const row = page.locator('main tbody tr').first();
      times.pick_row!.push(await pick('messageRow', row.locator('td').nth(2)));
      await page.locator(`vmk-mapping [data-vmk-pick-key="messageArrival"]`).waitFor();
      times.pick_arrival!.push(await pick('messageArrival', row.locator('td').nth(3).locator('span')));
      times.pick_status!.push(await pick('messageStatus', row.locator('td').nth(4).locator('span')));
      times.pick_link!.push(await pick('messageLink', row.locator('a')));
      await page.waitForTimeout(4000);
      times.inspect!.push(...(await durations(page, 'vmk-mapping:inspect')));
      await page.close();
      await options.close();
    }
    for (const [name, values] of Object.entries(times)) line(`${name}_${rows}`, summary(values));
  }
} finally {
  await browser.close();
  await server.close();
}
