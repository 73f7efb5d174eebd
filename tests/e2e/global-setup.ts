import { execFileSync } from 'node:child_process';
import { chromiumPath } from '../../scripts/chromium.ts';

/** Builds the extension once for all end-to-end files (VMK_SKIP_BUILD=1 reuses .output when iterating). */
export default function setup(): void {
  chromiumPath(); // fails early, with the install hint, when there is no browser
  if (process.env.VMK_SKIP_BUILD === '1') return;
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
}
