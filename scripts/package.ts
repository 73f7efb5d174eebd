/**
 * `npm run package`: everything IT needs to deploy the built extension (.output/chrome-mv3), in build/:
 *
 *   vardmoteskollen-<version>-store.zip  for the Chrome Web Store and Edge Add-ons (no `key`: the store assigns the id)
 *   vardmoteskollen-<version>.crx        signed, for self-hosting; its id follows from the signing key
 *   updates.xml                          the update manifest that ExtensionInstallForcelist/ExtensionSettings point at
 *   policy/{chrome,edge}/                .reg files (install, template with every key, SÄS example) and JSON files
 *   package-info.json                    id, version, URLs, which key signed it
 *
 * Settings (environment, or the same as --options):
 *   VMK_SIGNING_KEY      path to the PEM private key, or the PEM text itself. Unset: the development key in
 *                        tests/keys/, with a loud warning (its private half is public: tests only).
 *   VMK_CODEBASE_URL     --codebase-url=URL   the folder URL where the .crx and updates.xml will be served
 *   VMK_CHROME_STORE_ID  --chrome-store-id=ID the id the Chrome Web Store gave (templates then install from the store)
 *   VMK_EDGE_STORE_ID    --edge-store-id=ID   the id Edge Add-ons gave
 *   --from=DIR (default .output/chrome-mv3)   --out=DIR (default build)
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import crx3 from 'crx3';
import { createJiti } from 'jiti';

const root = resolve(import.meta.dirname, '..');
const jiti = createJiti(import.meta.url, { alias: { '@': root } });
const { readSigningKey } = await jiti.import<typeof import('../lib/deploy/extension-id')>(
  resolve(root, 'lib/deploy/extension-id.ts'),
);
const { STORE_UPDATE_URL, updateManifestXml } = await jiti.import<typeof import('../lib/deploy/install')>(
  resolve(root, 'lib/deploy/install.ts'),
);
const { policyFiles } = await jiti.import<typeof import('../lib/deploy/templates')>(
  resolve(root, 'lib/deploy/templates.ts'),
);
type InstallTarget = import('../lib/deploy/install').InstallTarget;

export const DEV_SIGNING_KEY = resolve(root, 'tests/keys/dev-signing-key.pem');
export const PLACEHOLDER_CODEBASE = 'https://intranet.example/vardmoteskollen/';
const NAME = 'vardmoteskollen';

export interface PackageOptions {
  /** The built, unpacked extension. */
  extensionDir: string;
  outDir: string;
  signingKeyPem: string;
  /** True when signed with the development key: said loudly, and recorded in package-info.json. */
  developmentKey: boolean;
  /** Folder URL the .crx and updates.xml are served from. */
  codebaseUrl: string;
  chromeStoreId?: string;
  edgeStoreId?: string;
  /** ExtensionSettings runtime_blocked_hosts for the generated install files (none by default). */
  runtimeBlockedHosts?: string[];
}

export interface PackageResult {
  extensionId: string;
  version: string;
  crxPath: string;
  zipPath: string;
  updateManifestPath: string;
  updateUrl: string;
  crxUrl: string;
  policyDir: string;
  targets: InstallTarget[];
}

type Manifest = Record<string, unknown> & { version?: string };

function readManifest(dir: string): Manifest {
  const path = join(dir, 'manifest.json');
  if (!existsSync(path)) throw new Error(`No built extension in ${dir}: run \`npm run build\` first.`);
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

/** Files the manifest names (a build interrupted halfway, say by a second build, would miss some). */
function referencedFiles(manifest: Manifest): string[] {
  const files: unknown[] = [];
  const background = manifest.background as { service_worker?: string } | undefined;
  files.push(background?.service_worker);
  for (const script of (manifest.content_scripts as { js?: string[]; css?: string[] }[] | undefined) ?? []) {
    files.push(...(script.js ?? []), ...(script.css ?? []));
  }
  files.push((manifest.options_ui as { page?: string } | undefined)?.page);
  files.push((manifest.action as { default_popup?: string } | undefined)?.default_popup);
  files.push((manifest.storage as { managed_schema?: string } | undefined)?.managed_schema);
  if (typeof manifest.default_locale === 'string')
    files.push(`_locales/${manifest.default_locale}/messages.json`);
  files.push(...Object.values((manifest.icons as Record<string, string> | undefined) ?? {}));
  return files.filter((file): file is string => typeof file === 'string' && file.length > 0);
}

function stage(from: string, to: string, edit: (manifest: Manifest) => void): Manifest {
  cpSync(from, to, { recursive: true });
  const manifest = readManifest(to);
  const missing = referencedFiles(manifest).filter((file) => !existsSync(join(to, file)));
  if (missing.length > 0) {
    throw new Error(
      `The build in ${from} is incomplete (missing ${missing.join(', ')}): run \`npm run build\`.`,
    );
  }
  edit(manifest);
  writeFileSync(join(to, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return manifest;
}

function folderUrl(url: string): string {
  const parsed = new URL(url); // throws on a malformed URL
  if (!parsed.pathname.endsWith('/')) parsed.pathname += '/';
  return parsed.href;
}

const STORE_ID = /^[a-p]{32}$/;

export async function packageExtension(options: PackageOptions): Promise<PackageResult> {
  const key = readSigningKey(options.signingKeyPem);
  const source = readManifest(options.extensionDir);
  const version = source.version;
  if (!version) throw new Error('The manifest has no version.');
  const codebase = folderUrl(options.codebaseUrl);
  const updateUrl = new URL('updates.xml', codebase).href;
  const crxName = `${NAME}-${version}.crx`;
  const crxUrl = new URL(crxName, codebase).href;
  for (const [name, id] of [
    ['Chrome Web Store', options.chromeStoreId],
    ['Edge Add-ons', options.edgeStoreId],
  ] as const) {
    if (id !== undefined && !STORE_ID.test(id)) throw new Error(`${name} id ${id} is not an extension id.`);
  }

  const outDir = resolve(options.outDir);
  mkdirSync(outDir, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'vmk-package-'));
  try {
    // crx3 signs from a key file; the key may have come as text, so it goes to a private temporary file.
    const keyPath = join(work, 'signing-key.pem');
    writeFileSync(keyPath, options.signingKeyPem, { mode: 0o600 });

    // Self-hosted CRX: the manifest carries the signing key's public half (so the id is the same unpacked) and
    // the update URL, where the browser looks for later versions.
    const crxStage = join(work, 'crx');
    stage(options.extensionDir, crxStage, (manifest) => {
      manifest.key = key.manifestKey;
      manifest.update_url = updateUrl;
    });
    const crxPath = join(outDir, crxName);
    const signed = await crx3([join(crxStage, 'manifest.json')], { keyPath, crxPath });
    if (signed.appId !== key.extensionId) {
      throw new Error(`crx3 signed for id ${signed.appId}, expected ${key.extensionId}.`);
    }

    // Store zip: the stores refuse a manifest `key` and assign their own id; they serve updates themselves.
    const storeStage = join(work, 'store');
    stage(options.extensionDir, storeStage, (manifest) => {
      delete manifest.key;
      delete manifest.update_url;
    });
    const zipPath = join(outDir, `${NAME}-${version}-store.zip`);
    await crx3([join(storeStage, 'manifest.json')], { keyPath, crxPath: join(work, 'unused.crx'), zipPath });

    const updateManifestPath = join(outDir, 'updates.xml');
    writeFileSync(updateManifestPath, updateManifestXml(key.extensionId, version, crxUrl));

    const targets: InstallTarget[] = [
      {
        browser: 'chrome',
        extensionId: options.chromeStoreId ?? key.extensionId,
        updateUrl: options.chromeStoreId ? STORE_UPDATE_URL.chrome : updateUrl,
      },
      {
        browser: 'edge',
        extensionId: options.edgeStoreId ?? key.extensionId,
        updateUrl: options.edgeStoreId ? STORE_UPDATE_URL.edge : updateUrl,
      },
    ];
    const policyDir = join(outDir, 'policy');
    rmSync(policyDir, { recursive: true, force: true });
    for (const file of policyFiles(targets, { version, runtimeBlockedHosts: options.runtimeBlockedHosts })) {
      const path = join(policyDir, file.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.content);
    }

    const result: PackageResult = {
      extensionId: key.extensionId,
      version,
      crxPath,
      zipPath,
      updateManifestPath,
      updateUrl,
      crxUrl,
      policyDir,
      targets,
    };
    const info = {
      ...result,
      crxPath: relative(outDir, crxPath),
      zipPath: relative(outDir, zipPath),
      updateManifestPath: relative(outDir, updateManifestPath),
      policyDir: relative(outDir, policyDir),
      signingKey: options.developmentKey
        ? 'DEVELOPMENT KEY (tests/keys/dev-signing-key.pem): for tests only, never deploy'
        : `RSA ${key.bits} bits from VMK_SIGNING_KEY`,
      codebasePlaceholder: codebase === PLACEHOLDER_CODEBASE,
    };
    writeFileSync(join(outDir, 'package-info.json'), `${JSON.stringify(info, null, 2)}\n`);
    return result;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function loud(lines: string[]): void {
  const bar = '!'.repeat(78);
  console.warn(['', bar, ...lines.map((line) => `!! ${line}`), bar, ''].join('\n'));
}

/**
 * The signing key from VMK_SIGNING_KEY (a path, or the PEM text), else the development key. `development` is
 * true whenever the key is the development one, however it was named.
 */
export function signingKeyFromEnv(env: NodeJS.ProcessEnv = process.env): {
  pem: string;
  development: boolean;
} {
  const devPem = readFileSync(DEV_SIGNING_KEY, 'utf8');
  const value = env.VMK_SIGNING_KEY?.trim();
  let pem = devPem;
  if (value?.startsWith('-----BEGIN')) pem = value;
  else if (value) {
    if (!existsSync(value)) throw new Error(`VMK_SIGNING_KEY names ${value}, which does not exist.`);
    pem = readFileSync(value, 'utf8');
  }
  const development = readSigningKey(pem).manifestKey === readSigningKey(devPem).manifestKey;
  return { pem, development };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      from: { type: 'string', default: join(root, '.output', 'chrome-mv3') },
      out: { type: 'string', default: join(root, 'build') },
      'codebase-url': { type: 'string' },
      'chrome-store-id': { type: 'string' },
      'edge-store-id': { type: 'string' },
    },
  });
  const key = signingKeyFromEnv();
  const keyFile = process.env.VMK_SIGNING_KEY?.trim();
  if (
    !key.development &&
    keyFile &&
    !keyFile.startsWith('-----BEGIN') &&
    !relative(root, resolve(keyFile)).startsWith('..')
  ) {
    loud([
      `The signing key ${keyFile} lies inside the project folder.`,
      'Keep it outside any repository (a secrets store); a committed key lets anyone sign updates for this id.',
    ]);
  }
  if (key.development) {
    loud([
      'SIGNED WITH THE DEVELOPMENT KEY (tests/keys/dev-signing-key.pem).',
      'Its private half is in the repository: anyone can sign an update for this extension id.',
      'For tests only. To deploy, make your own key and set VMK_SIGNING_KEY (docs/admin-guide.sv.md).',
    ]);
  }
  const codebaseUrl = values['codebase-url'] ?? process.env.VMK_CODEBASE_URL ?? PLACEHOLDER_CODEBASE;
  if (codebaseUrl === PLACEHOLDER_CODEBASE) {
    loud([
      `No VMK_CODEBASE_URL: updates.xml and the policy files point at ${PLACEHOLDER_CODEBASE}`,
      'Set VMK_CODEBASE_URL (or --codebase-url) to the folder where IT serves the .crx and updates.xml.',
    ]);
  }
  const result = await packageExtension({
    extensionDir: resolve(values.from),
    outDir: resolve(values.out),
    signingKeyPem: key.pem,
    developmentKey: key.development,
    codebaseUrl,
    chromeStoreId: values['chrome-store-id'] ?? process.env.VMK_CHROME_STORE_ID,
    edgeStoreId: values['edge-store-id'] ?? process.env.VMK_EDGE_STORE_ID,
  });
  const shown = (path: string) => relative(process.cwd(), path);
  console.info(
    [
      `Vårdmöteskollen ${result.version}, extension id ${result.extensionId}`,
      `  store zip        ${shown(result.zipPath)}`,
      `  signed CRX       ${shown(result.crxPath)}  (serve at ${result.crxUrl})`,
      `  update manifest  ${shown(result.updateManifestPath)}  (serve at ${result.updateUrl})`,
      `  policy files     ${shown(result.policyDir)}/{chrome,edge}/`,
    ].join('\n'),
  );
}

if (import.meta.main) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
