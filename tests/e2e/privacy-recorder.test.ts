/**
 * Every end-to-end file ends with "sent no request off the computer", judged on the session's request recorder
 * (tests/e2e/harness.ts). That is only worth something if the recorder sees the requests of every context the
 * extension runs code in. Here each context makes one deliberate request to this computer, and the recorder must
 * have seen it, attributed to that context: the service worker, an extension page, the content script in a
 * portal page, the camera analyzer's frame in the video room, and the offscreen analyzer (the document shared by
 * every call, which Playwright does not attach to: tests/e2e/offscreen-recorder.ts) with its worker. And where the
 * extension's own pages and worker try to reach any other address (here the replica server on this computer), the
 * extension's content security policy stops the request before it is made.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { inContentScript } from './checklist-support.ts';
import { startFakeCameraSession, type FakeCameraSession } from './fake-camera.ts';
import type { E2eSession } from './harness.ts';

let call: FakeCameraSession;
let session: E2eSession;
let room: Page;

beforeAll(async () => {
  call = await startFakeCameraSession('astronaut-wall-ok.jpg');
  session = call.session;
  room = await session.newPage();
  await room.goto(session.url('vardochhalsa', '/mote/m501'));
});
afterAll(async () => {
  await call?.close();
});

/** The requests the recorder saw whose address carries `probe`. */
const seen = (probe: string) => session.requests.filter((request) => request.url.includes(probe));

/** A fetch in the evaluated context that reports how it ended, never throws. */
const FETCH = async (url: string) => {
  try {
    return `status ${(await fetch(url)).status}`;
  } catch (error) {
    return `failed: ${String(error)}`;
  }
};

function analyzerFrame(page: Page): Frame | undefined {
  return page.frames().find((frame) => frame.url().includes('/analyzer-frame.html'));
}

/** Evaluates FETCH(url) in the offscreen analyzer's document or worker, once they are attached. */
async function fetchFromOffscreen(where: 'document' | 'worker', url: string): Promise<unknown> {
  await expect.poll(() => session.offscreen?.attached()[where], { timeout: 30_000 }).toBe(true);
  return session.offscreen!.evaluate(where, `(${FETCH.toString()})(${JSON.stringify(url)})`);
}

describe('the request recorder', () => {
  it('sees a request from the extension’s service worker', async () => {
    const worker = session.browser.serviceWorker!;
    const url = await worker.evaluate(() => chrome.runtime.getURL('manifest.json?probe=service-worker'));
    expect(await worker.evaluate(FETCH, url)).toBe('status 200');
    await expect
      .poll(() => seen('probe=service-worker').map((request) => request.from))
      .toEqual([`chrome-extension://${session.extensionId}/background.js`]);
  });

  it('sees a request from an extension page', async () => {
    const popup = await session.newPage();
    await popup.goto(session.extensionUrl('popup.html'));
    expect(await popup.evaluate(FETCH, session.extensionUrl('manifest.json?probe=extension-page'))).toBe(
      'status 200',
    );
    await expect
      .poll(() => seen('probe=extension-page').map((request) => request.from))
      .toEqual([session.extensionUrl('popup.html')]);
    await popup.close();
  });

  it('sees a request from the content script in a portal page', async () => {
    await room.waitForFunction(() => document.documentElement.hasAttribute('data-vmk-portal'));
    const url = session.url('vardochhalsa', '/favicon.ico?probe=content-script');
    expect(
      await inContentScript(room, session.extensionId, `(${FETCH.toString()})(${JSON.stringify(url)})`),
    ).toMatch(/^status \d+$/);
    await expect
      .poll(() => seen('probe=content-script').map((request) => request.from))
      .toEqual([session.url('vardochhalsa', '/mote/m501')]);
  });

  it('sees requests from the camera analyzer’s frame in the video room, and from the offscreen analyzer and its worker', async () => {
    await expect.poll(() => analyzerFrame(room) !== undefined, { timeout: 30_000 }).toBe(true);
    const frame = analyzerFrame(room)!;
    expect(await frame.evaluate(FETCH, session.extensionUrl('manifest.json?probe=analyzer-frame'))).toBe(
      'status 200',
    );
    await expect.poll(() => seen('probe=analyzer-frame').length).toBe(1);
    expect(seen('probe=analyzer-frame')[0]!.from).toContain('/analyzer-frame.html');

    expect(await fetchFromOffscreen('document', session.extensionUrl('manifest.json?probe=offscreen'))).toBe(
      'status 200',
    );
    await expect.poll(() => seen('probe=offscreen').length).toBe(1);
    expect(seen('probe=offscreen')[0]!.from).toContain('/analyzer-offscreen.html');
    expect(
      await fetchFromOffscreen('worker', session.extensionUrl('manifest.json?probe=analyzer-worker')),
    ).toBe('status 200');
    await expect.poll(() => seen('probe=analyzer-worker').length).toBe(1);
    expect(seen('probe=analyzer-worker')[0]!.from).toContain('analyzer.worker');
  });
});

describe('the extension’s content security policy', () => {
  it('stops its service worker, pages, analyzer frame, offscreen analyzer and its worker from reaching any other address', async () => {
    const other = (probe: string) => session.url('1177', `/favicon.ico?probe=${probe}`);
    const popup = await session.newPage();
    await popup.goto(session.extensionUrl('popup.html'));
    const attempts = {
      serviceWorker: await session.browser.serviceWorker!.evaluate(FETCH, other('csp-sw')),
      page: await popup.evaluate(FETCH, other('csp-page')),
      analyzerFrame: await analyzerFrame(room)!.evaluate(FETCH, other('csp-frame')),
      offscreen: await fetchFromOffscreen('document', other('csp-offscreen')),
      analyzerWorker: await fetchFromOffscreen('worker', other('csp-worker')),
    };
    for (const [context, outcome] of Object.entries(attempts)) expect(outcome, context).toMatch(/^failed: /);
    expect(seen('probe=csp-')).toEqual([]);
    await popup.close();
  });

  it('and the whole session sent no request off the computer', () => {
    expect(session.outsideRequests()).toEqual([]);
  });
});

declare const chrome: { runtime: { getURL(path: string): string } };
