/**
 * `npm run bench`: builds once, then runs each benchmark part (scripts/bench-*.ts) in turn, one at a time so they
 * do not compete for the machine's cores. Each part prints its own JSON lines; this prints a header per part.
 * `npm run bench -- inbox` runs only the parts whose name contains "inbox".
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';

const here = import.meta.dirname;
const filter = process.argv[2];
const parts = readdirSync(here)
  .filter((file) => /^bench-.+\.ts$/.test(file))
  .filter((file) => !filter || file.includes(filter))
  .sort();

if (parts.length === 0) {
  console.error(`No benchmark part matches ${filter ?? '(any)'}.`);
  process.exit(1);
}
if (process.env.VMK_SKIP_BUILD !== '1') {
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
}
let failed = 0;
for (const part of parts) {
  console.log(`# ${part.replace(/^bench-|\.ts$/g, '')}`);
  try {
    execFileSync(process.execPath, [resolve(here, part)], {
      stdio: 'inherit',
      env: { ...process.env, VMK_SKIP_BUILD: '1' },
    });
  } catch {
    failed += 1;
    console.error(`benchmark part ${part} failed`);
  }
}
process.exit(failed > 0 ? 1 : 0);
