import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildManagedSchema, managedSchemaText } from '@/lib/settings/managed-schema';
import { leafPaths } from '@/lib/settings/effective';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';

type Node = { type?: string; properties?: Record<string, Node>; items?: Node; [key: string]: unknown };

function schemaLeafPaths(node: Node, prefix: string[] = []): string[] {
  if (node.type === 'object' && node.properties) {
    return Object.entries(node.properties).flatMap(([key, child]) =>
      schemaLeafPaths(child, [...prefix, key]),
    );
  }
  return [prefix.join('.')];
}

function collectKeywords(node: Node, out = new Set<string>()): Set<string> {
  Object.keys(node).forEach((key) => out.add(key));
  Object.values(node.properties ?? {}).forEach((child) => collectKeywords(child, out));
  if (node.items) collectKeywords(node.items, out);
  return out;
}

describe('public/managed_schema.json', () => {
  it('is the one generated from the zod schema (run `npm run build` after changing a schema)', () => {
    expect(readFileSync('public/managed_schema.json', 'utf8')).toBe(managedSchemaText());
  });

  it('covers every settings field that has a default', () => {
    const schemaPaths = new Set(schemaLeafPaths(buildManagedSchema() as Node));
    for (const path of leafPaths(DEFAULT_SETTINGS as unknown as Record<string, unknown>)) {
      expect(schemaPaths, path).toContain(path);
    }
  });

  it('constrains types only, so that Chromium passes nonsense values on for the extension to report', () => {
    const keywords = collectKeywords(buildManagedSchema() as Node);
    for (const forbidden of ['enum', 'pattern', 'minimum', 'maximum', 'required', 'default']) {
      expect(keywords.has(forbidden), forbidden).toBe(false);
    }
  });
});
