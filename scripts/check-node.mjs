// The toolchain (WXT, Vitest) needs Node >= 22. `npm run` puts node_modules/.bin first on PATH, where the
// `node` devDependency provides Node 24 even on a machine whose system Node is older.
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(
    `Vårdmöteskollen needs Node >= 22 to build and test; this is Node ${process.versions.node}.\n` +
      'Run `npm ci` (it installs Node 24 into node_modules) and start scripts with `npm run …`.',
  );
  process.exit(1);
}
