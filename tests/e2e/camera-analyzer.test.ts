/**
 * The camera analyzer in Chromium on the labelled pictures (tests/fixtures/media/LABELS.md), reached the two ways
 * the extension reaches it: from an extension page, and from a portal page through the analyzer frame, also under
 * a strict page CSP. And nothing leaves the computer meanwhile.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCameraHarness, type CameraHarness } from '../../scripts/analyze.ts';
import { startSession, type E2eSession } from './harness.ts';

const MEDIA = resolve(import.meta.dirname, '..', 'fixtures', 'media');
const ASPECTS = ['framing', 'lighting', 'background', 'camera_height'] as const;
type Label = Record<(typeof ASPECTS)[number] | 'file' | 'how', string> & { issues?: string[] };
const LABELS = JSON.parse(readFileSync(join(MEDIA, 'labels.json'), 'utf8')) as Label[];

let session: E2eSession;
let harness: CameraHarness;
const results = new Map<string, Record<string, unknown>>();

beforeAll(async () => {
  session = await startSession();
  harness = await openCameraHarness({ browser: session.browser, mode: 'image' });
  for (const label of LABELS)
    results.set(label.file, await harness.analyzeBytes(readFileSync(join(MEDIA, label.file))));
});

afterAll(async () => {
  await harness?.close();
  await session?.close();
});

describe('the analyzer on the labelled pictures', () => {
  it.each(LABELS.map((label) => [label.file, label] as const))(
    '%s gets its intended verdicts',
    (_file, label) => {
      const result = results.get(label.file) ?? {};
      const expected = Object.fromEntries(ASPECTS.filter((a) => label[a] !== '*').map((a) => [a, label[a]]));
      const actual = Object.fromEntries(Object.keys(expected).map((a) => [a, result[a]]));
      expect(actual, label.how).toEqual(expected);
    },
  );

  it('lists every non-ok verdict among the issues', () => {
    for (const result of results.values()) {
      const shown = ASPECTS.map((a) => result[a]).filter((verdict) => verdict !== 'ok');
      for (const verdict of shown) expect(result.issues).toContain(verdict);
    }
  });

  it('gets all labelled verdicts right (accuracy over the set)', () => {
    let right = 0;
    let total = 0;
    for (const label of LABELS) {
      for (const a of ASPECTS) {
        if (label[a] === '*') continue;
        total++;
        if (results.get(label.file)?.[a] === label[a]) right++;
      }
    }
    console.log(`camera analyzer accuracy on the labelled set: ${right}/${total}`);
    expect(right / total).toBe(1);
  });
});

describe('the analyzer frame on a portal page', () => {
  const PAGE =
    '<!doctype html><html><head><title>Videomöte</title></head><body><p>Videomöte</p></body></html>';

  /** Embeds the analyzer frame the way frame-client.ts does (iframe, MessagePort handshake) and analyzes one picture. */
  async function analyzeThroughFrame(csp: string | null): Promise<Record<string, unknown>> {
    const page = await session.newPage();
    const url = session.url('vardochhalsa', '/video/camera-frame-test');
    await page.route(url, (route) =>
      route.fulfill({
        contentType: 'text/html',
        headers: csp ? { 'content-security-policy': csp } : {},
        body: PAGE,
      }),
    );
    await page.goto(url);
    const picture = readFileSync(join(MEDIA, 'derived', 'astronaut-window-backlit.jpg')).toString('base64');
    const result = await page.evaluate(
      async ({ frameUrl, picture }) => {
        const iframe = document.createElement('iframe');
        iframe.src = frameUrl;
        iframe.hidden = true;
        await new Promise((resolve) => {
          iframe.addEventListener('load', resolve, { once: true });
          document.documentElement.append(iframe);
        });
        const channel = new MessageChannel();
        iframe.contentWindow?.postMessage({ type: 'analyzer:connect' }, new URL(frameUrl).origin, [
          channel.port2,
        ]);
        const port = channel.port1;
        const messages: { type: string; result?: unknown; message?: string }[] = [];
        const next = (type: string) =>
          new Promise<{ type: string; result?: unknown; message?: string }>((resolve, reject) => {
            const timer = setTimeout(
              () => reject(new Error(`no ${type}: ${JSON.stringify(messages)}`)),
              30_000,
            );
            port.addEventListener('message', (event: MessageEvent) => {
              messages.push(event.data);
              if (event.data.type === type || event.data.type.endsWith(':error')) {
                clearTimeout(timer);
                resolve(event.data);
              }
            });
          });
        port.start();
        const ready = next('analyzer:ready');
        port.postMessage({ type: 'analyzer:init', mode: 'video' });
        await ready;
        const bytes = Uint8Array.from(atob(picture), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes]));
        const answer = next('frame:result');
        port.postMessage({ type: 'frame:analyze', id: 1, image: bitmap, timestampMs: 1000 }, [bitmap]);
        const reply = await answer;
        return { ...(reply.result as object), type: reply.type, message: reply.message };
      },
      { frameUrl: session.extensionUrl('analyzer-frame.html'), picture },
    );
    await page.close();
    return result;
  }

  it('analyzes a frame sent from the page (video mode), with the same verdicts', async () => {
    const result = await analyzeThroughFrame(null);
    expect(result.type).toBe('frame:result');
    expect(result.lighting).toBe('backlit');
  });

  it('works on a page whose CSP forbids wasm and inline scripts', async () => {
    const result = await analyzeThroughFrame("default-src 'self'; script-src 'self'; object-src 'none'");
    expect(result.type).toBe('frame:result');
    expect(result.lighting).toBe('backlit');
  });

  it('serves a portal page only: embedded by any other site it gives no analyzer, and says so', async () => {
    // Web-accessible on every host (IT may add portals by policy), so the frame itself decides.
    const connect = async (replica: 'vardochhalsa' | 'other') => {
      const page = await session.newPage();
      await page.goto(session.url(replica));
      const reply = await page.evaluate(async (frameUrl) => {
        const iframe = document.createElement('iframe');
        iframe.src = frameUrl;
        iframe.hidden = true;
        await new Promise((resolve) => {
          iframe.addEventListener('load', resolve, { once: true });
          document.documentElement.append(iframe);
        });
        const channel = new MessageChannel();
        const first = new Promise<{ type: string; message?: string }>((resolve) => {
          channel.port1.addEventListener('message', (event: MessageEvent) => resolve(event.data), {
            once: true,
          });
        });
        channel.port1.start();
        iframe.contentWindow?.postMessage({ type: 'analyzer:connect' }, new URL(frameUrl).origin, [
          channel.port2,
        ]);
        channel.port1.postMessage({ type: 'analyzer:init', mode: 'video' });
        return first;
      }, session.extensionUrl('analyzer-frame.html'));
      await page.close();
      return reply;
    };
    expect(await connect('other')).toEqual({ type: 'analyzer:error', message: 'not-a-portal' });
    expect((await connect('vardochhalsa')).type).toBe('analyzer:ready');
  });
});

describe('privacy', () => {
  it('sent no request off the computer while analyzing, nor when the models were released', async () => {
    // Closing the tasks makes MediaPipe flush its usage log at once (otherwise it does every 60 s).
    await harness.close();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    // The recorder does see the worker's own loads of the wasm and the models from the extension …
    expect(session.requests.some((r) => r.url.endsWith('/models/face_detection_full_range.tflite'))).toBe(
      true,
    );
    // … and nothing else.
    expect(session.outsideRequests()).toEqual([]);
  });
});
