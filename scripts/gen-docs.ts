// Writes the policy-key reference (docs/policy-reference.{sv,en}.md) from the zod settings schema.
// `--check` only compares, and fails when a file is out of date. `--gaps` lists the keys whose description is
// missing or in one language only (the schemas' convention is "Svenska / English").
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createJiti } from 'jiti';

const root = resolve(import.meta.dirname, '..');
const jiti = createJiti(import.meta.url, { alias: { '@': root } });
const { policyReference, REFERENCE_FILES } = await jiti.import<typeof import('../lib/deploy/reference')>(
  resolve(root, 'lib/deploy/reference.ts'),
);
const check = process.argv.includes('--check');
if (process.argv.includes('--gaps')) {
  const { descriptionGaps, policyModel } = await jiti.import<typeof import('../lib/deploy/policy-keys')>(
    resolve(root, 'lib/deploy/policy-keys.ts'),
  );
  const gaps = descriptionGaps(policyModel());
  console.info(`No description (${gaps.missing.length}):\n  ${gaps.missing.join('\n  ')}`);
  console.info(`One language only (${gaps.oneLanguage.length}):\n  ${gaps.oneLanguage.join('\n  ')}`);
  process.exit(0);
}
let stale = 0;
for (const lang of ['sv', 'en'] as const) {
  const target = resolve(root, REFERENCE_FILES[lang]);
  const text = policyReference(lang);
  if (existsSync(target) && readFileSync(target, 'utf8') === text) continue;
  if (check) {
    console.error(`${REFERENCE_FILES[lang]} is out of date: run \`npm run docs\``);
    stale += 1;
  } else {
    writeFileSync(target, text);
    console.info(`${REFERENCE_FILES[lang]} updated`);
  }
}
process.exitCode = stale > 0 ? 1 : 0;
