import { generateKeyPairSync } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEV_SIGNING_KEY,
  packageExtension,
  signingKeyFromEnv,
  type PackageResult,
} from '../../../scripts/package.ts';
import { readZip } from './zip-reader';

const DEV_ID = 'glondehmneckecaccigllhcbhcfnffbh';
const DEV_PUBLIC_KEY = readFileSync('tests/keys/dev-public-key.b64', 'utf8').trim();
let work: string;
let extensionDir: string;

function manifestIn(files: Map<string, Buffer>): Record<string, unknown> {
  const manifest = files.get('manifest.json');
  if (!manifest) throw new Error(`no manifest.json among ${[...files.keys()].join(', ')}`);
  return JSON.parse(manifest.toString('utf8')) as Record<string, unknown>;
}

function pack(
  out: string,
  extra: Partial<Parameters<typeof packageExtension>[0]> = {},
): Promise<PackageResult> {
  return packageExtension({
    extensionDir,
    outDir: join(work, out),
    signingKeyPem: readFileSync(DEV_SIGNING_KEY, 'utf8'),
    developmentKey: true,
    codebaseUrl: 'https://intranet.example/vmk',
    ...extra,
  });
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'vmk-package-test-'));
  extensionDir = join(work, 'ext');
  mkdirSync(join(extensionDir, '_locales', 'sv'), { recursive: true });
  writeFileSync(
    join(extensionDir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: '__MSG_extName__',
      version: '1.2.3',
      default_locale: 'sv',
      key: 'a-key-from-another-build',
      background: { service_worker: 'background.js' },
    }),
  );
  writeFileSync(join(extensionDir, 'background.js'), '// worker\n');
  writeFileSync(join(extensionDir, '_locales', 'sv', 'messages.json'), '{"extName":{"message":"Test"}}');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run package', () => {
  it('signs a CRX3 whose id follows from the signing key, with that key and the update URL in its manifest', async () => {
    const result = await pack('a');
    expect(result.extensionId).toBe(DEV_ID);
    const crx = readFileSync(result.crxPath);
    expect(crx.subarray(0, 4).toString('latin1')).toBe('Cr24');
    expect(crx.readUInt32LE(4)).toBe(3);
    const manifest = manifestIn(readZip(crx));
    expect(manifest.key).toBe(DEV_PUBLIC_KEY);
    expect(manifest.update_url).toBe('https://intranet.example/vmk/updates.xml');
  });

  it('makes a store zip without `key` or `update_url` (the stores refuse the one and set the other)', async () => {
    const result = await pack('b');
    const files = readZip(readFileSync(result.zipPath));
    expect([...files.keys()].sort()).toEqual(['_locales/sv/messages.json', 'background.js', 'manifest.json']);
    const manifest = manifestIn(files);
    expect(manifest).not.toHaveProperty('key');
    expect(manifest).not.toHaveProperty('update_url');
    expect(manifest.version).toBe('1.2.3');
  });

  it('writes the update manifest pointing at the versioned CRX under the codebase URL', async () => {
    const result = await pack('c');
    const xml = readFileSync(result.updateManifestPath, 'utf8');
    expect(xml).toContain(`<app appid='${DEV_ID}'>`);
    expect(xml).toContain(
      "<updatecheck codebase='https://intranet.example/vmk/vardmoteskollen-1.2.3.crx' version='1.2.3' />",
    );
    expect(result.updateUrl).toBe('https://intranet.example/vmk/updates.xml');
  });

  it('writes the policy files for both browsers, and says in package-info.json which key signed', async () => {
    const result = await pack('d');
    for (const browser of ['chrome', 'edge']) {
      expect(readdirSync(join(result.policyDir, browser)).sort()).toEqual([
        'install-extensionsettings.json',
        'install-extensionsettings.reg',
        'install-forcelist.json',
        'install-forcelist.reg',
        'policy-all-keys.json',
        'policy-template.reg',
        'sas-example.json',
        'sas-example.reg',
      ]);
    }
    const info = JSON.parse(readFileSync(join(work, 'd', 'package-info.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(info.signingKey).toMatch(/DEVELOPMENT KEY/);
    expect(info.extensionId).toBe(DEV_ID);
  });

  it('points the templates at the stores when the store ids are given', async () => {
    const chromeStoreId = 'a'.repeat(32);
    const edgeStoreId = 'b'.repeat(32);
    const result = await pack('e', { chromeStoreId, edgeStoreId });
    expect(result.targets).toEqual([
      {
        browser: 'chrome',
        extensionId: chromeStoreId,
        updateUrl: 'https://clients2.google.com/service/update2/crx',
      },
      {
        browser: 'edge',
        extensionId: edgeStoreId,
        updateUrl: 'https://edge.microsoft.com/extensionwebstorebase/v1/crx',
      },
    ]);
    const forcelist = JSON.parse(
      readFileSync(join(result.policyDir, 'edge', 'install-forcelist.json'), 'utf8'),
    ) as Record<string, string[]>;
    expect(forcelist.ExtensionInstallForcelist).toEqual([
      `${edgeStoreId};https://edge.microsoft.com/extensionwebstorebase/v1/crx`,
    ]);
  });

  it('refuses a build that misses a file its manifest names', async () => {
    const broken = join(work, 'broken');
    mkdirSync(broken);
    writeFileSync(
      join(broken, 'manifest.json'),
      JSON.stringify({
        manifest_version: 3,
        name: 'x',
        version: '1.0',
        background: { service_worker: 'gone.js' },
      }),
    );
    await expect(pack('f', { extensionDir: broken })).rejects.toThrow(/incomplete \(missing gone\.js\)/);
    expect(existsSync(join(work, 'f', 'vardmoteskollen-1.0.crx'))).toBe(false);
  });

  it('refuses a signing key that is too short to trust', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    await expect(pack('g', { signingKeyPem: pem })).rejects.toThrow(/at least 2048/);
  });
});

describe('the signing key from the environment', () => {
  it('is read from the path or the PEM text in VMK_SIGNING_KEY, else is the development key', () => {
    const devPem = readFileSync(DEV_SIGNING_KEY, 'utf8');
    expect(signingKeyFromEnv({})).toEqual({ pem: devPem, development: true });
    // Named explicitly, the development key is still the development key.
    expect(signingKeyFromEnv({ VMK_SIGNING_KEY: DEV_SIGNING_KEY })).toEqual({
      pem: devPem,
      development: true,
    });
    const own = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
      type: 'pkcs8',
      format: 'pem',
    });
    const ownPath = join(work, 'own.pem');
    writeFileSync(ownPath, own);
    expect(signingKeyFromEnv({ VMK_SIGNING_KEY: ownPath })).toEqual({
      pem: own.toString(),
      development: false,
    });
    expect(signingKeyFromEnv({ VMK_SIGNING_KEY: own.toString() })).toEqual({
      pem: own.toString().trim(),
      development: false,
    });
    expect(() => signingKeyFromEnv({ VMK_SIGNING_KEY: '/nowhere/key.pem' })).toThrow(/does not exist/);
  });
});
