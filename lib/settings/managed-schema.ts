import { z } from 'zod';
import { settingsSchema } from './schema';

type JsonSchema = Record<string, unknown>;

/**
 * Chromium silently drops a policy value that fails the manifest's managed_schema, so the extension never sees it
 * and cannot report it. The managed schema therefore keeps types only (type, properties, items); meaning (enums,
 * patterns, ranges, CSS validity) is checked in zod, where a problem can be shown on the options page.
 */
function typesOnly(node: JsonSchema): JsonSchema {
  const out: JsonSchema = {};
  if (typeof node.type === 'string') out.type = node.type;
  if (typeof node.description === 'string') out.description = node.description;
  if (node.properties && typeof node.properties === 'object') {
    out.properties = Object.fromEntries(
      Object.entries(node.properties as Record<string, JsonSchema>).map(([key, child]) => [
        key,
        typesOnly(child),
      ]),
    );
  }
  if (node.items && typeof node.items === 'object') out.items = typesOnly(node.items as JsonSchema);
  if (node.additionalProperties && typeof node.additionalProperties === 'object') {
    out.additionalProperties = typesOnly(node.additionalProperties as JsonSchema);
  }
  if (!out.type && Array.isArray(node.enum)) {
    out.type = typeof node.enum[0] === 'number' ? 'number' : 'string';
  }
  return out;
}

export function buildManagedSchema(): JsonSchema {
  const full = z.toJSONSchema(settingsSchema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return { type: 'object', properties: (typesOnly(full).properties as JsonSchema) ?? {} };
}

export function managedSchemaText(): string {
  return `${JSON.stringify(buildManagedSchema(), null, 2)}\n`;
}
