/**
 * Builds the Stöd och behandling replica's browser app (real React 19, bundled by Vite) into
 * build/replicas/sob-<hash>/. The hash covers the app's sources and the React and Vite versions, so the build
 * runs once and later server starts reuse it. The build runs in a child process (Vite inside a Vitest worker is
 * asking for trouble) and lands by an atomic rename, so servers started in parallel never see half a build.
 *
 *   node tests/replicas/sob/build.ts [outDir]
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLIENT_DIR = fileURLToPath(new URL('./client', import.meta.url));
const PROJECT_ROOT = resolve(CLIENT_DIR, '..', '..', '..', '..');
const BUILD_ROOT = join(PROJECT_ROOT, 'build', 'replicas');
const THIS_FILE = fileURLToPath(import.meta.url);

function packageVersion(name: string): string {
  const require = createRequire(join(PROJECT_ROOT, 'package.json'));
  return (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string })
    .version;
}

export function sobBuildDir(): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(CLIENT_DIR).sort()) {
    hash.update(name).update(readFileSync(join(CLIENT_DIR, name)));
  }
  hash.update(readFileSync(THIS_FILE));
  for (const name of ['react', 'react-dom', 'vite']) hash.update(`${name}@${packageVersion(name)}`);
  return join(BUILD_ROOT, `sob-${hash.digest('hex').slice(0, 12)}`);
}

/** Returns the folder holding the built app, building it first if needed. */
export async function ensureSobBuild(): Promise<string> {
  const dir = sobBuildDir();
  if (existsSync(join(dir, 'index.html'))) return dir;
  await new Promise<void>((resolvePromise, reject) => {
    const child = spawn(process.execPath, [THIS_FILE, dir], { stdio: ['ignore', 'inherit', 'inherit'] });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolvePromise() : reject(new Error(`SoB replica build failed (exit ${code})`)),
    );
  });
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`SoB replica build left no ${dir}/index.html`);
  return dir;
}

async function buildInto(dir: string): Promise<void> {
  const temporary = `${dir}.tmp-${process.pid}-${Date.now()}`;
  const { build } = await import('vite');
  await build({
    configFile: false,
    root: CLIENT_DIR,
    base: '/',
    mode: 'production',
    logLevel: 'warn',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: { outDir: temporary, emptyOutDir: true, reportCompressedSize: false, sourcemap: false },
  });
  try {
    renameSync(temporary, dir);
  } catch {
    // Another process finished the same build first: keep theirs.
    rmSync(temporary, { recursive: true, force: true });
  }
  pruneOldBuilds(dir);
}

/** Builds of earlier sources; left alone for an hour in case a server started before the change still uses one. */
function pruneOldBuilds(keep: string): void {
  const hourAgo = Date.now() - 60 * 60_000;
  for (const name of readdirSync(BUILD_ROOT)) {
    const path = join(BUILD_ROOT, name);
    if (!name.startsWith('sob-') || path === keep) continue;
    try {
      if (statSync(path).mtimeMs < hourAgo) rmSync(path, { recursive: true, force: true });
    } catch {
      // gone already (another process pruned it)
    }
  }
}

if (import.meta.main) {
  await buildInto(process.argv[2] ?? sobBuildDir());
}
