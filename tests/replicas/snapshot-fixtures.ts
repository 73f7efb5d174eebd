/**
 * Takes the HTML fixtures in tests/fixtures/portals/ from the replicas, as rendered in Chromium (so the single-page
 * apps' late content is in them), at a fixed clock. Scripts and stylesheets are removed; the data is the
 * replicas' fictitious data. Run after changing a replica's markup, then review the diff:
 *
 *   node tests/replicas/snapshot-fixtures.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../../scripts/chromium.ts';
import { replicaOrigin, type ReplicaName } from './hosts.ts';
import { startReplicaServer } from './server.ts';

/** The fixtures' "now": a Wednesday afternoon in November (CET, +01:00). */
export const FIXTURE_NOW = new Date('2026-11-25T15:00:00+01:00');

const FIXTURES_DIR = resolve(import.meta.dirname, '..', 'fixtures', 'portals');

interface Snapshot {
  replica: ReplicaName;
  /** Folder under tests/fixtures/portals/ */
  folder: string;
  file: string;
  path: string;
  /** Waits until the view is complete. */
  ready: string;
  /** The element that must be gone before the snapshot (loading notices). */
  gone?: string;
}

const SNAPSHOTS: readonly Snapshot[] = [
  { replica: '1177', folder: '1177', file: 'inbox.html', path: '/arenden', ready: 'tr.arenderad' },
  { replica: '1177', folder: '1177', file: 'case.html', path: '/arende/104213', ready: 'form.svarsformular' },
  {
    replica: '1177',
    folder: '1177',
    file: 'case-closed.html',
    path: '/arende/104204',
    ready: 'article.arende',
  },
  {
    replica: '1177',
    folder: '1177',
    file: 'case-child-protected.html',
    path: '/arende/104211',
    ready: 'form.svarsformular',
  },
  { replica: '1177', folder: '1177', file: 'settings.html', path: '/installningar', ready: '#signatur' },
  {
    replica: 'vardochhalsa',
    folder: 'vardochhalsa',
    file: 'inbox.html',
    path: '/meddelanden',
    ready: 'li.vc-conversation-item',
    gone: '.vc-loading',
  },
  {
    replica: 'vardochhalsa',
    folder: 'vardochhalsa',
    file: 'inbox-shared.html',
    path: '/meddelanden?inkorg=delad',
    ready: 'li.vc-conversation-item',
    gone: '.vc-loading',
  },
  {
    replica: 'vardochhalsa',
    folder: 'vardochhalsa',
    file: 'conversation.html',
    path: '/meddelanden/c3108',
    ready: '.vc-editor',
  },
  {
    replica: 'vardochhalsa',
    folder: 'vardochhalsa',
    file: 'conversation-child-protected.html',
    path: '/meddelanden/c3106',
    ready: '.vc-editor',
  },
  {
    replica: 'vardochhalsa',
    folder: 'vardochhalsa',
    file: 'conversation-shared.html',
    path: '/meddelanden/c3109',
    ready: '.vc-pickup-notice',
  },
  {
    replica: 'vardochhalsa',
    folder: 'vardochhalsa',
    file: 'calendar.html',
    path: '/kalender',
    ready: '.vc-call-button',
    gone: '.vc-loading',
  },
  {
    replica: 'vardochhalsa',
    folder: 'vardochhalsa',
    file: 'meeting.html',
    path: '/mote/m501',
    ready: 'video.vc-remote-video',
  },
  { replica: 'sob', folder: 'sob', file: 'moments.html', path: '/', ready: 'tr.sob-moment-rad' },
  {
    replica: 'sob',
    folder: 'sob',
    file: 'moment.html',
    path: '/moment/2041',
    ready: 'textarea.sob-svarsfalt',
  },
  { replica: 'other', folder: 'annan-sajt', file: 'index.html', path: '/', ready: 'textarea' },
];

async function sanitizedHtml(page: Page, snapshot: Snapshot): Promise<string> {
  const body = await page.evaluate(() => {
    for (const element of document.querySelectorAll(
      'script, link[rel="stylesheet"], link[rel="modulepreload"]',
    )) {
      element.remove();
    }
    return document.documentElement.outerHTML;
  });
  const note =
    `<!-- Fixture: ${snapshot.replica} replica, ${snapshot.path}, rendered in Chromium at ` +
    `${FIXTURE_NOW.toISOString()} by tests/replicas/snapshot-fixtures.ts. Fictitious data; scripts and ` +
    `stylesheets removed. -->`;
  const html = `<!doctype html>\n${note}\n${body}\n`;
  // Formatted as the project formats HTML, so that `prettier --check` passes and diffs stay readable.
  const prettier = await import('prettier');
  const file = join(FIXTURES_DIR, snapshot.folder, snapshot.file);
  return prettier.format(html, { ...(await prettier.resolveConfig(file)), filepath: file });
}

async function main(): Promise<void> {
  const server = await startReplicaServer({ now: () => FIXTURE_NOW, latencyMs: { min: 0, max: 0 } });
  const browser = await launchWithExtension({
    withoutExtension: true,
    args: ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
  });
  try {
    const page = await browser.context.newPage();
    await page.clock.setFixedTime(FIXTURE_NOW);
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`${message.text()} (${page.url()})`);
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
    });
    for (const snapshot of SNAPSHOTS) {
      await page.goto(`${replicaOrigin(snapshot.replica, server.port)}${snapshot.path}`);
      await page.waitForSelector(snapshot.ready);
      if (snapshot.gone) await page.waitForSelector(snapshot.gone, { state: 'detached' });
      const dir = join(FIXTURES_DIR, snapshot.folder);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, snapshot.file), await sanitizedHtml(page, snapshot));
      console.log(`${snapshot.folder}/${snapshot.file}`);
    }
    if (problems.length > 0) throw new Error(`Console errors on the replicas:\n${problems.join('\n')}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.main) await main();
