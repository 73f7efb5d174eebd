/**
 * Drives the built extension's camera analyzer from Node, for `npm run analyze`, the benchmark and the e2e tests.
 * It opens the extension's analyzer frame page and speaks the same protocol a content script does
 * (lib/camera/transport/messages.ts): `analyzer:connect` with a MessagePort, then `analyzer:init`, `frame:analyze` …
 * Images go over as bytes and are decoded in the page, so the analyzer sees exactly what a browser decodes.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { DEFAULT_EXTENSION_DIR, launchWithExtension, type LaunchedBrowser } from './chromium.ts';

const root = resolve(import.meta.dirname, '..');
const SOURCES = [
  'lib',
  'entrypoints',
  'components',
  'public',
  'wxt.config.ts',
  'package.json',
  'scripts/build-models.ts',
];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Runs `npm run build` when the built extension is missing or older than its sources. */
export function buildIfNeeded(): void {
  if (process.env.VMK_SKIP_BUILD === '1') return;
  const manifest = join(DEFAULT_EXTENSION_DIR, 'manifest.json');
  const built = existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
  const newest = Math.max(...SOURCES.map((source) => newestMtime(join(root, source))));
  if (built >= newest) return;
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

export interface HarnessOptions {
  mode?: 'image' | 'video';
  thresholds?: unknown;
  browser?: LaunchedBrowser;
}

export interface CameraHarness {
  browser: LaunchedBrowser;
  page: Page;
  startupMs: number;
  /** Full analysis result (lib/camera/analysis/analyzer.ts AnalysisResult; the mask, when asked for, as base64). */
  analyzeBytes(bytes: Uint8Array, withMask?: boolean): Promise<Record<string, unknown>>;
  bench(
    images: Uint8Array[],
    rounds: number,
    size?: { width: number; height: number },
  ): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

export async function openCameraHarness(options: HarnessOptions = {}): Promise<CameraHarness> {
  const browser = options.browser ?? (await launchWithExtension());
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/analyzer-frame.html`);
  const startupMs = await page.evaluate(
    async ({ mode, thresholds }) => {
      const channel = new MessageChannel();
      window.postMessage({ type: 'analyzer:connect' }, location.origin, [channel.port2]);
      const port = channel.port1;
      const pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
      const ready = new Promise<number>((resolveReady, rejectReady) => {
        port.addEventListener('message', (event: MessageEvent) => {
          const data = event.data as {
            type: string;
            id?: number;
            result?: unknown;
            message?: string;
            startupMs?: number;
          };
          if (data.type === 'analyzer:ready') resolveReady(data.startupMs ?? 0);
          else if (data.type === 'analyzer:error') rejectReady(new Error(data.message));
          else if (data.id !== undefined) {
            const request = pending.get(data.id);
            pending.delete(data.id);
            if (data.type === 'frame:error') request?.reject(new Error(data.message));
            else request?.resolve(data.result);
          }
        });
      });
      port.start();
      port.postMessage({ type: 'analyzer:init', mode, thresholds });
      let nextId = 1;
      const send = (message: Record<string, unknown>, transfer: Transferable[]) =>
        new Promise((resolveRequest, rejectRequest) => {
          const id = nextId++;
          pending.set(id, { resolve: resolveRequest, reject: rejectRequest });
          port.postMessage({ ...message, id }, transfer);
        });
      const decode = async (base64: string, size?: { width: number; height: number }) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes]));
        if (!size) return bitmap;
        // Letterboxed to the requested size, as a webcam frame of that size would be.
        const canvas = new OffscreenCanvas(size.width, size.height);
        const context = canvas.getContext('2d');
        if (!context) throw new Error('no 2d context');
        const scale = Math.min(size.width / bitmap.width, size.height / bitmap.height);
        const w = bitmap.width * scale;
        const h = bitmap.height * scale;
        context.drawImage(bitmap, (size.width - w) / 2, (size.height - h) / 2, w, h);
        bitmap.close();
        return canvas.transferToImageBitmap();
      };
      (window as unknown as { vmkHarness: unknown }).vmkHarness = {
        async analyze(base64: string, withMask: boolean) {
          const bitmap = await decode(base64);
          const result = (await send({ type: 'frame:analyze', image: bitmap, withMask }, [bitmap])) as {
            mask: { data: Uint8Array } | null;
          };
          // Bytes as base64: a typed array would not survive the trip back to Node.
          let data: string | null = null;
          if (result.mask) {
            let text = '';
            for (const byte of result.mask.data) text += String.fromCharCode(byte);
            data = btoa(text);
          }
          return { ...result, mask: result.mask ? { ...result.mask, data } : null };
        },
        /** Releases the models; MediaPipe then flushes its usage log (which the extension's CSP blocks). */
        release() {
          port.postMessage({ type: 'analyzer:close' });
        },
        async bench(images: string[], rounds: number, size?: { width: number; height: number }) {
          const bitmaps = await Promise.all(images.map((image) => decode(image, size)));
          return send({ type: 'analyzer:bench', bitmaps, rounds }, bitmaps);
        },
      };
      return ready;
    },
    { mode: options.mode ?? 'image', thresholds: options.thresholds },
  );
  type Harness = {
    vmkHarness: {
      analyze(b: string, m: boolean): Promise<unknown>;
      bench(i: string[], r: number, s?: unknown): Promise<unknown>;
    };
  };
  return {
    browser,
    page,
    startupMs,
    async analyzeBytes(bytes, withMask = false) {
      const base64 = Buffer.from(bytes).toString('base64');
      return (await page.evaluate(
        ({ base64, withMask }) => (window as unknown as Harness).vmkHarness.analyze(base64, withMask),
        { base64, withMask },
      )) as Record<string, unknown>;
    },
    async bench(images, rounds, size) {
      const encoded = images.map((bytes) => Buffer.from(bytes).toString('base64'));
      return (await page.evaluate(
        ({ encoded, rounds, size }) => (window as unknown as Harness).vmkHarness.bench(encoded, rounds, size),
        { encoded, rounds, size },
      )) as Record<string, unknown>;
    },
    async close() {
      if (page.isClosed()) return;
      await page
        .evaluate(() => (window as unknown as { vmkHarness: { release(): void } }).vmkHarness.release())
        .catch(() => undefined);
      // Give the worker a moment to close its tasks before the page (and the worker with it) goes.
      await page.waitForTimeout(300);
      await page.close().catch(() => undefined);
      if (!options.browser) await browser.close();
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// `npm run analyze -- <images or folders>`: one JSON line per image.

const USAGE = `Usage: npm run analyze -- <image or folder> [more …]

Runs the camera check's analyzer (the same one the extension uses) on still images in headless Chromium and
prints one JSON line per image:
  {"file": …, "framing": …, "lighting": …, "background": …, "camera_height": …, "badge": seen|not_seen|unsure, "issues": […], "faces": n,
   "metrics": {…}, "ms": analysis time}
Folders are searched for files (not recursively). A file that is not an image gives a line with "error".`;

const round3 = (value: unknown) => (typeof value === 'number' ? Math.round(value * 1000) / 1000 : value);

export function reportLine(file: string, result: Record<string, unknown>): string {
  const metrics = Object.fromEntries(
    Object.entries((result.measurements ?? {}) as Record<string, unknown>).map(([key, value]) => [
      key,
      round3(value),
    ]),
  );
  return JSON.stringify({
    file,
    framing: result.framing,
    lighting: result.lighting,
    background: result.background,
    camera_height: result.camera_height,
    badge: result.badge,
    issues: result.issues,
    faces: Array.isArray(result.faces) ? result.faces.length : 0,
    metrics,
    ms: Math.round(Number(result.ms) * 10) / 10,
  });
}

function expand(args: string[]): string[] {
  const files: string[] = [];
  for (const arg of args) {
    if (existsSync(arg) && statSync(arg).isDirectory()) {
      for (const entry of readdirSync(arg).sort()) {
        const path = join(arg, entry);
        if (statSync(path).isFile()) files.push(path);
      }
    } else {
      files.push(arg);
    }
  }
  return files;
}

async function main(args: string[]): Promise<number> {
  if (args.length === 0 || args.includes('--help') || args.includes('-h')) {
    console.error(USAGE);
    return args.length === 0 ? 2 : 0;
  }
  buildIfNeeded();
  const harness = await openCameraHarness({ mode: 'image' });
  try {
    for (const file of expand(args)) {
      try {
        const bytes = readFileSync(file);
        console.log(reportLine(file, await harness.analyzeBytes(bytes)));
      } catch (error) {
        const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
        console.log(JSON.stringify({ file, error: message?.replace(/^page\.evaluate: /, '') }));
      }
    }
  } finally {
    await harness.close();
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  process.exitCode = await main(process.argv.slice(2));
}
