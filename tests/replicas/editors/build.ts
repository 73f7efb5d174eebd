/**
 * Builds the editor test pages (real editor libraries from npm, bundled by Vite) into build/replicas/editors-<hash>/.
 * The hash covers the pages' sources and the installed versions, so the build runs once and later server starts
 * reuse it. As for the SoB app, the build runs in a child process and lands by an atomic rename.
 *
 *   node tests/replicas/editors/build.ts [outDir]
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLIENT_DIR = fileURLToPath(new URL('./client', import.meta.url));
const PROJECT_ROOT = resolve(CLIENT_DIR, '..', '..', '..', '..');
const BUILD_ROOT = join(PROJECT_ROOT, 'build', 'replicas');
const THIS_FILE = fileURLToPath(import.meta.url);
const FIND_NODE_SHIM = join(CLIENT_DIR, 'react-dom-find-node.ts');

/** The libraries the pages name, with the version installed. */
const LIBRARIES = [
  'lexical',
  '@lexical/rich-text',
  '@tiptap/core',
  'prosemirror-view',
  'quill',
  'ckeditor5',
  'slate',
  'slate-react',
  'draft-js',
  'tinymce',
  'react',
  'vite',
];

function packageVersion(name: string): string {
  const require = createRequire(join(PROJECT_ROOT, 'package.json'));
  const path = join(PROJECT_ROOT, 'node_modules', name, 'package.json');
  const file = existsSync(path) ? path : require.resolve(`${name}/package.json`);
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

function versions(): Record<string, string> {
  return Object.fromEntries(LIBRARIES.map((name) => [name, packageVersion(name)]));
}

/** The pages, by name: each `<name>.html` in client/. */
export function editorPageNames(): string[] {
  return readdirSync(CLIENT_DIR)
    .filter((name) => name.endsWith('.html'))
    .map((name) => name.slice(0, -'.html'.length))
    .sort();
}

export function editorsBuildDir(): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(CLIENT_DIR).sort()) {
    hash.update(name).update(readFileSync(join(CLIENT_DIR, name)));
  }
  hash.update(readFileSync(THIS_FILE)).update(JSON.stringify(versions()));
  return join(BUILD_ROOT, `editors-${hash.digest('hex').slice(0, 12)}`);
}

/** Returns the folder holding the built pages, building them first if needed. */
export async function ensureEditorsBuild(): Promise<string> {
  const dir = editorsBuildDir();
  if (existsSync(join(dir, 'lexical.html'))) return dir;
  await new Promise<void>((resolvePromise, reject) => {
    const child = spawn(process.execPath, [THIS_FILE, dir], { stdio: ['ignore', 'inherit', 'inherit'] });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolvePromise() : reject(new Error(`editor pages build failed (exit ${code})`)),
    );
  });
  if (!existsSync(join(dir, 'lexical.html')))
    throw new Error(`editor pages build left no ${dir}/lexical.html`);
  return dir;
}

async function buildInto(dir: string): Promise<void> {
  mkdirSync(BUILD_ROOT, { recursive: true });
  const temporary = `${dir}.tmp-${process.pid}-${Date.now()}`;
  const { build } = await import('vite');
  await build({
    configFile: false,
    root: CLIENT_DIR,
    base: '/redigerare/',
    mode: 'production',
    logLevel: 'warn',
    // The pages' JSX is React's (the project's own is Preact's), in its production form.
    oxc: { jsx: { runtime: 'automatic', importSource: 'react', development: false } },
    define: {
      'process.env.NODE_ENV': JSON.stringify('production'),
      __EDITOR_VERSIONS__: JSON.stringify(versions()),
      // Draft.js's helpers still name Node's `global`.
      global: 'globalThis',
    },
    plugins: [
      {
        name: 'ckeditor5-untyped',
        // The CKEditor page imports `ckeditor5` under another name (client/ckeditor5-untyped.d.ts says why).
        resolveId(source, importer) {
          return source === 'ckeditor5-untyped' ? this.resolve('ckeditor5', importer) : null;
        },
      },
      {
        name: 'draft-js-react-dom',
        enforce: 'pre',
        // Only Draft.js gets react-dom with findDOMNode (react-dom-find-node.ts); everything else the real one.
        resolveId(source, importer) {
          if (source === 'react-dom' && importer?.includes(`${'/node_modules/'}draft-js/`))
            return FIND_NODE_SHIM;
          return null;
        },
      },
    ],
    build: {
      outDir: temporary,
      emptyOutDir: true,
      reportCompressedSize: false,
      sourcemap: false,
      target: 'es2022',
      chunkSizeWarningLimit: 4096,
      rollupOptions: {
        input: Object.fromEntries(editorPageNames().map((name) => [name, join(CLIENT_DIR, `${name}.html`)])),
      },
    },
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
    if (!name.startsWith('editors-') || path === keep) continue;
    try {
      if (statSync(path).mtimeMs < hourAgo) rmSync(path, { recursive: true, force: true });
    } catch {
      // gone already (another process pruned it)
    }
  }
}

if (import.meta.main) {
  await buildInto(process.argv[2] ?? editorsBuildDir());
}
