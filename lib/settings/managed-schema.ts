import { z } from 'zod';
import { NESTED_ROOTS, policySchema } from './policy-schema';

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

/**
 * Lists of objects and maps of objects arrive as JSON text, which the extension reads entry by entry: in the
 * schema, one bad field inside would cost the whole list (Chromium checks a value whole).
 */
function flatLeaf(node: JsonSchema): JsonSchema {
  const inner = (node.items ?? node.additionalProperties) as JsonSchema | undefined;
  if ((node.type === 'array' || node.type === 'object') && inner?.type === 'object') {
    const description = typeof node.description === 'string' ? `${node.description} ` : '';
    return { type: 'string', description: `${description}(JSON)` };
  }
  return node;
}

/**
 * Every key a top-level property named by its dotted path. A map (a zod record: free keys such as a program's
 * name) is one key: Chromium refused to load the extension with `patternProperties` in its managed schema
 * (measured, Chromium 156), so free keys cannot be top-level properties of their own.
 */
function flatten(node: JsonSchema, path: string[], out: JsonSchema): void {
  const properties = node.properties as Record<string, JsonSchema> | undefined;
  if (node.type === 'object' && properties) {
    for (const [key, child] of Object.entries(properties)) flatten(child, [...path, key], out);
    return;
  }
  out[path.join('.')] = flatLeaf(node);
}

/**
 * Chromium accepts or drops an extension's policy one top-level property at a time: one value of the wrong type
 * anywhere inside `checks` cost every `checks.*` value (measured, Chromium 156). So every policy key is a
 * top-level property named by its full dotted path, and a wrong value costs only itself. The nested form
 * (`profile`, `checks`, `portals` as objects) stays in the schema for one release, so that existing policies keep
 * working while IT moves to the flat keys; the options page lists it as a warning.
 */
export function buildManagedSchema(): JsonSchema {
  const full = typesOnly(z.toJSONSchema(policySchema, { io: 'input', unrepresentable: 'any' }) as JsonSchema);
  const flat: JsonSchema = {};
  flatten(full, [], flat);
  const nested = Object.fromEntries(
    Object.entries((full.properties as Record<string, JsonSchema> | undefined) ?? {}).filter(([root]) =>
      (NESTED_ROOTS as readonly string[]).includes(root),
    ),
  );
  return { type: 'object', properties: { ...flat, ...nested } };
}

export function managedSchemaText(): string {
  return `${JSON.stringify(buildManagedSchema(), null, 2)}\n`;
}
