/**
 * IT's deployment, end to end: `npm run package`'s signed CRX is force-installed from a local update manifest
 * through ExtensionInstallForcelist, with the generated policy files written as a real managed-policy file.
 *
 * The CRX is signed with a key made for this run, so the force-installed extension has an id of its own: the
 * policy file (machine-wide) names only that id, and cannot touch the development build other test runs load.
 * The file is removed after the run, also when a test fails or the worker exits.
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deepMerge, leafPaths, resolveSettings } from '../../lib/settings/effective.ts';
import { chromiumPath, DEFAULT_EXTENSION_DIR, QUIET_ARGS } from '../../scripts/chromium.ts';
import { packageExtension, type PackageResult } from '../../scripts/package.ts';
import { replicaOrigin, type ReplicaName } from '../replicas/hosts.ts';
import { startReplicaServer, type ReplicaServer } from '../replicas/server.ts';
import { hasContentScriptWorld } from '../../scripts/content-script-world.ts';
import { POLICY, POLICY_FILE } from './policy.ts';

const DEPLOY_POLICY_FILE = join(dirname(POLICY_FILE), 'vardmoteskollen-deploy-test.json');
/** The replica host the checks must stay off (ExtensionSettings runtime_blocked_hosts). */
const BLOCKED_HOST = '*://sob.localhost';

type Json = Record<string, unknown>;

/** The extension API, as the force-installed extension's service worker sees it (evaluated there). */
declare const chrome: {
  management: { getSelf(): Promise<{ id: string; installType: string; version: string }> };
  storage: { managed: { get(keys: null): Promise<Json> } };
};

function removeDeployPolicy(): void {
  rmSync(DEPLOY_POLICY_FILE, { force: true });
}

function readJson(path: string): Json {
  return JSON.parse(readFileSync(path, 'utf8')) as Json;
}

/** Serves the package folder as IT's web server would (the browser adds a query to the update URL). */
async function serveFolder(folder: string, requests: string[]): Promise<Server> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    try {
      const body = readFileSync(join(folder, decodeURIComponent(path).replace(/^\/+/, '')));
      const type = path.endsWith('.xml') ? 'text/xml' : 'application/x-chrome-extension';
      res.writeHead(200, { 'content-type': type }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/** Chromium with no extension loaded by flag: whatever it runs, policy installed. */
async function launchManagedBrowser(profileDir: string): Promise<BrowserContext> {
  // --disable-background-networking also stops the extension updater, so policy installs never happen (measured).
  const args = [...QUIET_ARGS.filter((arg) => arg !== '--disable-background-networking'), '--lang=sv'];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    env: { ...process.env, LANGUAGE: 'sv', LANG: 'sv_SE.UTF-8' },
    headless: true,
    args,
    ignoreDefaultArgs: ['--disable-extensions', '--disable-background-networking'],
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
  });
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

let work: string;
let fileServer: Server | undefined;
let replicas: ReplicaServer | undefined;
let context: BrowserContext | undefined;
let worker: Worker;
let packaged: PackageResult;
let extensionPolicy: Json;
let browserPolicies: Json;
const served: string[] = [];
const timings: string[] = [];

function writeDeployPolicy(extension: Json): void {
  writePolicyFile({ ...browserPolicies, '3rdparty': { extensions: { [packaged.extensionId]: extension } } });
}

function writePolicyFile(content: Json): void {
  writeFileSync(DEPLOY_POLICY_FILE, JSON.stringify(content, null, 2));
}

function url(replica: ReplicaName): string {
  return `${replicaOrigin(replica, replicas?.port)}/`;
}

async function openPage(target: string): Promise<Page> {
  const page = await (context as BrowserContext).newPage();
  await page.goto(target);
  return page;
}

describe.skipIf(POLICY.skip)(
  POLICY.name('deployment by group policy (npm run package, real policy files)'),
  () => {
    beforeAll(async () => {
      removeDeployPolicy();
      process.once('exit', removeDeployPolicy);
      work = mkdtempSync(join(tmpdir(), 'vmk-deploy-'));
      const outDir = join(work, 'build');
      fileServer = await serveFolder(outDir, served);
      const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
      packaged = await packageExtension({
        extensionDir: DEFAULT_EXTENSION_DIR,
        outDir,
        signingKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
        developmentKey: false,
        codebaseUrl: `http://127.0.0.1:${(fileServer.address() as AddressInfo).port}/`,
      });
      replicas = await startReplicaServer({ port: 0 });

      // The policy as IT would assemble it from the generated files: the install entry, every key of the
      // extension's policy (defaults and built-in lists) with the SÄS example's values on top.
      const chrome = join(packaged.policyDir, 'chrome');
      const allKeys = readJson(join(chrome, 'policy-all-keys.json'))['3rdparty'] as Json;
      const sas = readJson(join(chrome, 'sas-example.json'))['3rdparty'] as Json;
      const pick = (from: Json) => (from.extensions as Json)[packaged.extensionId] as Json;
      extensionPolicy = deepMerge(pick(allKeys), pick(sas));
      browserPolicies = {
        ...readJson(join(chrome, 'install-forcelist.json')),
        // Lets Playwright (DevTools) see a force-installed extension; not for production.
        DeveloperToolsAvailability: 1,
        ExtensionSettings: { [packaged.extensionId]: { runtime_blocked_hosts: [BLOCKED_HOST] } },
      };
      writeDeployPolicy(extensionPolicy);

      const started = performance.now();
      context = await launchManagedBrowser(mkdtempSync(join(tmpdir(), 'vmk-deploy-profile-')));
      const ours = (candidate: Worker) =>
        candidate.url().startsWith(`chrome-extension://${packaged.extensionId}/`);
      worker =
        context.serviceWorkers().find(ours) ??
        (await context.waitForEvent('serviceworker', { predicate: ours, timeout: 60_000 }));
      timings.push(`force-install until the service worker ran: ${seconds(started)}`);
    });

    afterAll(async () => {
      removeDeployPolicy();
      await context?.close().catch(() => undefined);
      await replicas?.close();
      fileServer?.closeAllConnections();
      fileServer?.close();
      if (work) rmSync(work, { recursive: true, force: true });
      console.info(`deploy e2e timings:\n  ${timings.join('\n  ')}`);
    });

    it('force-installs the signed CRX named by ExtensionInstallForcelist, from the update manifest', async () => {
      expect(served).toContain('/updates.xml');
      expect(served).toContain(`/vardmoteskollen-${packaged.version}.crx`);
      const self = await worker.evaluate(() => chrome.management.getSelf());
      // "admin": installed by enterprise policy, so the clinician cannot remove or disable it.
      expect(self).toMatchObject({
        id: packaged.extensionId,
        installType: 'admin',
        version: packaged.version,
      });
    });

    it('hands every value of the policy file to the extension unchanged (chrome.storage.managed)', async () => {
      // Chromium hands the extension its policy a moment after installing it.
      await expect
        .poll(() => worker.evaluate(() => chrome.storage.managed.get(null)), {
          timeout: 15_000,
          interval: 250,
        })
        .toEqual(extensionPolicy);
    });

    it('shows every key as set by IT on the options page, none refused or missing, and locks the fields', async () => {
      const options = await openPage(`chrome-extension://${packaged.extensionId}/options.html`);
      const fields = () =>
        options
          .locator('[data-vmk-policy-field]')
          .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-vmk-policy-field')).sort());
      // Field by field as the extension reads the flat keys (JSON text by its entries).
      const expected = leafPaths(resolveSettings(extensionPolicy, {}).policy).sort();
      expect(expected.length).toBeGreaterThan(100);
      await expect.poll(fields, { timeout: 10_000 }).toEqual(expected);
      expect(await options.locator('[data-vmk-problem]').count()).toBe(0);
      expect(await options.locator('[data-vmk-policy-warning]').count()).toBe(0);

      const hospital = options.locator('#profile-hospital');
      expect(await hospital.isDisabled()).toBe(true);
      expect(await hospital.inputValue()).toBe('Södra Älvsborgs Sjukhus');
      expect(await options.locator('[data-vmk-locked="profile.hospital"]').innerText()).toBe('Låst av IT');
      expect(await options.locator('#check-presence').isDisabled()).toBe(true);
      expect(await options.locator('[data-vmk-locked="checks.presence.enabled"]').innerText()).toBe(
        'Låst av IT',
      );
      await options.close();
    });

    it('keeps the checks off a host in runtime_blocked_hosts, and runs them on the other portals', async () => {
      const portal = await openPage(url('1177'));
      await expect.poll(() => portal.locator('vmk-presence').count(), { timeout: 15_000 }).toBe(1);
      expect(await hasContentScriptWorld(portal, packaged.extensionId)).toBe(true);
      const blocked = await openPage(url('sob'));
      // Loaded, and the extension's content script was never injected (not merely not yet).
      expect(await hasContentScriptWorld(blocked, packaged.extensionId)).toBe(false);
      expect(await blocked.locator('vmk-presence').count()).toBe(0);
      expect(await blocked.evaluate(() => document.documentElement.hasAttribute('data-vmk-portal'))).toBe(
        false,
      );
      await Promise.all([portal.close(), blocked.close()]);
    });

    it('applies a change of the policy file to open pages without a browser restart', async () => {
      const options = await openPage(`chrome-extension://${packaged.extensionId}/options.html`);
      const portal = await openPage(url('1177'));
      await expect.poll(() => portal.locator('vmk-presence').count(), { timeout: 15_000 }).toBe(1);
      await expect
        .poll(() => options.locator('#profile-hospital').inputValue())
        .toBe('Södra Älvsborgs Sjukhus');

      const changed = performance.now();
      writeDeployPolicy({
        ...extensionPolicy,
        'profile.hospital': 'SÄS Borås',
        'checks.presence.enabled': false,
      });
      await expect
        .poll(() => options.locator('#profile-hospital').inputValue(), { timeout: 30_000, interval: 250 })
        .toBe('SÄS Borås');
      timings.push(`policy file change shown on the open options page: ${seconds(changed)}`);
      await expect
        .poll(() => portal.locator('vmk-presence').count(), { timeout: 10_000, interval: 250 })
        .toBe(0);
      timings.push(`policy file change applied on the open portal page: ${seconds(changed)}`);
      await Promise.all([options.close(), portal.close()]);
    });

    it('reaches a portal added by policy alone in a tab already open, with no click (host permissions of a force-installed copy)', async () => {
      // A host no built-in pattern matches (tests/replicas/nord): nothing runs there yet.
      const korg = await openPage(`http://127.0.0.1:${replicas?.port}/nord/v3/korg`);
      const mark = () => korg.evaluate(() => document.documentElement.getAttribute('data-vmk-portal'));
      expect(await hasContentScriptWorld(korg, packaged.extensionId)).toBe(false);
      const added = performance.now();
      writeDeployPolicy({
        ...extensionPolicy,
        'portals.custom': JSON.stringify({
          nord: {
            name: 'Journalportalen Nord',
            urlPatterns: ['http://127.0.0.1/nord/*'],
            pages: { inbox: { paths: ['^/nord/v3/korg$'] } },
            selectors: {
              messageRow: ['tr[data-arende-nr]'],
              messageArrival: ['[data-inkom]', 'td.c_q7'],
              messageStatus: ['.p_3k'],
            },
            messageKey: { from: 'attribute', attribute: 'data-arende-nr' },
            arrival: { attributes: ['data-inkom'] },
          },
        }),
      });
      await expect.poll(mark, { timeout: 30_000, interval: 250 }).toBe('nord');
      timings.push(`portal added by policy running in the open tab: ${seconds(added)}`);
      // Obesvarade, Väntar på svar and Ny are open in the built-in Swedish words ("Att åtgärda" is not).
      await expect.poll(() => korg.locator('vmk-deadline').count(), { timeout: 15_000 }).toBe(3);
      await korg.close();
    });
  },
);
