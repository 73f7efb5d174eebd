/**
 * Finds a Chromium and launches it with the built extension loaded. Used by `npm start`, the end-to-end tests,
 * `npm run analyze` and `npm run bench`. Playwright never downloads a browser here: it drives the system's
 * Chromium (Debian's /usr/bin/chromium) or the one CHROME_PATH names.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/microsoft-edge',
];

export function chromiumPath(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH points at ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      'No Chromium found. Install it (Debian: `apt-get install -y chromium`, which .ci/run does as root) ' +
        'or set CHROME_PATH to a Chrome or Chromium binary.',
    );
  }
  return found;
}

/** Flags that keep Chromium quiet on a machine with no network (its own update and sign-in checks). */
export const QUIET_ARGS = [
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-gpu',
];

export const DEFAULT_EXTENSION_DIR = resolve(import.meta.dirname, '..', '.output', 'chrome-mv3');

export interface LaunchOptions {
  extensionDir?: string;
  headless?: boolean;
  /** Extra Chromium flags, e.g. the fake camera ones. */
  args?: string[];
  /** Load without the extension (for baselines). */
  withoutExtension?: boolean;
  /** Extra environment for the browser's processes (e.g. a shifted clock, scripts/test-clock.ts). */
  env?: NodeJS.ProcessEnv;
  /** A profile to start with and keep (default: a fresh one, removed on close). */
  profileDir?: string;
}

export interface LaunchedBrowser {
  context: BrowserContext;
  /** Empty when launched without the extension. */
  extensionId: string;
  serviceWorker: Worker | undefined;
  close(): Promise<void>;
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const extensionDir = options.extensionDir ?? DEFAULT_EXTENSION_DIR;
  if (!options.withoutExtension && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` first.`);
  }
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'vmk-profile-'));
  // Swedish first: the extension's UI language follows the browser's (VMK_LANG=en to see the English texts).
  const args = [...QUIET_ARGS, `--lang=${process.env.VMK_LANG ?? 'sv'}`, ...(options.args ?? [])];
  // Chromium refuses its sandbox when running as root (CI and this kind of machine).
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  if (!options.withoutExtension) {
    args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  }
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    // On Linux Chromium takes its UI language (and so the extension's) from the environment, not from --lang.
    env: {
      ...process.env,
      ...options.env,
      LANGUAGE: process.env.VMK_LANG ?? 'sv',
      LANG: `${process.env.VMK_LANG === 'en' ? 'en_GB' : 'sv_SE'}.UTF-8`,
    },
    headless: options.headless ?? true,
    args,
    ignoreDefaultArgs: options.withoutExtension ? [] : ['--disable-extensions'],
    viewport: { width: 1280, height: 800 },
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
  });
  let serviceWorker: Worker | undefined;
  let extensionId = '';
  if (!options.withoutExtension) {
    serviceWorker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    extensionId = new URL(serviceWorker.url()).host;
  }
  return {
    context,
    extensionId,
    serviceWorker,
    async close() {
      await context.close().catch(() => undefined);
      if (!options.profileDir) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
