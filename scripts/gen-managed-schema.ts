// Writes public/managed_schema.json from the zod settings schema (the single source of truth).
import { writeFileSync, readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createJiti } from 'jiti';

const root = resolve(import.meta.dirname, '..');
const jiti = createJiti(import.meta.url, { alias: { '@': root } });
const { managedSchemaText } = await jiti.import<typeof import('../lib/settings/managed-schema')>(
  resolve(root, 'lib/settings/managed-schema.ts'),
);
const target = resolve(root, 'public/managed_schema.json');
const text = managedSchemaText();
if (!existsSync(target) || readFileSync(target, 'utf8') !== text) {
  writeFileSync(target, text);
  console.info('public/managed_schema.json updated');
}
