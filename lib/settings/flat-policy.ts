import type { z } from 'zod';
import { preview, type SettingProblem } from './lenient';
import { MAX_JSON_TEXT_LENGTH } from './policy-content';
import { NESTED_ROOTS } from './policy-schema';
import { settingsSchema } from './schema';

/**
 * Reads IT's policy as Chromium delivers it: every key a top-level property named by its dotted path (the managed
 * schema's shape, so that a value Chromium drops costs only itself), lists and maps of objects as JSON text; and,
 * for one release, the older nested form (`profile`, `checks`, `portals` as objects), which a flat key overrides.
 */

type AnySchema = z.core.$ZodType;
type Json = Record<string, unknown>;

export interface DeliveredPolicy {
  /** The policy in the settings' nested shape, for field-by-field validation. */
  nested: Json;
  /** Flat keys that name no setting, and JSON text that could not be read. */
  problems: SettingProblem[];
  /** Groups that came in the nested form. */
  nestedRoots: string[];
  /** Every key that arrived (flat keys, nested leaves and the groups above them). */
  delivered: Set<string>;
  /** `policy.expectedKeys` as delivered (checked by ./expected-keys.ts). */
  expectedKeys: unknown;
}

function isPlainObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function definition(schema: AnySchema): {
  type: string;
  shape?: Record<string, AnySchema>;
  inner?: AnySchema;
} {
  const def = schema._zod.def as {
    type: string;
    shape?: Record<string, AnySchema>;
    innerType?: AnySchema;
    element?: AnySchema;
    valueType?: AnySchema;
  };
  return { type: def.type, shape: def.shape, inner: def.innerType ?? def.element ?? def.valueType };
}

function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (let def = definition(current); ['optional', 'default', 'prefault', 'nullable'].includes(def.type);) {
    if (!def.inner) break;
    current = def.inner;
    def = definition(current);
  }
  return current;
}

/** The schema a flat key names: objects are walked by name; it must end on a value (not an object's level). */
export function schemaForKey(key: string, root: AnySchema = settingsSchema): AnySchema | undefined {
  let node: AnySchema | undefined = root;
  for (const part of key.split('.')) {
    const def = definition(unwrap(node));
    node = def.type === 'object' ? def.shape?.[part] : undefined;
    if (!node) return undefined;
  }
  return definition(unwrap(node)).type === 'object' ? undefined : node;
}

/** A list or map whose entries are objects: sent as JSON text. */
export function isJsonTextKey(schema: AnySchema): boolean {
  const def = definition(unwrap(schema));
  if (def.type !== 'array' && def.type !== 'record') return false;
  return def.inner !== undefined && definition(unwrap(def.inner)).type === 'object';
}

function setAt(target: Json, path: readonly string[], value: unknown): void {
  let node = target;
  path.slice(0, -1).forEach((part) => {
    if (!isPlainObject(node[part])) node[part] = {};
    node = node[part] as Json;
  });
  node[path.at(-1) as string] = value;
}

function deliveredKeys(value: unknown, prefix: string, out: Set<string>): void {
  out.add(prefix);
  const dot = prefix.lastIndexOf('.');
  if (dot > 0) out.add(prefix.slice(0, dot));
  if (isPlainObject(value)) {
    for (const [key, child] of Object.entries(value)) deliveredKeys(child, `${prefix}.${key}`, out);
  }
}

function readJsonText(key: string, text: string, problems: SettingProblem[]): unknown {
  if (text.length > MAX_JSON_TEXT_LENGTH) {
    const detail = `max-length:${MAX_JSON_TEXT_LENGTH}`;
    problems.push({ path: key, value: preview(text), reason: 'too-long', detail });
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    problems.push({ path: key, value: preview(text), reason: 'invalid-value', detail: 'invalid-json' });
    return undefined;
  }
}

export function readDeliveredPolicy(raw: unknown): DeliveredPolicy {
  const result: DeliveredPolicy = {
    nested: {},
    problems: [],
    nestedRoots: [],
    delivered: new Set(),
    expectedKeys: undefined,
  };
  if (!isPlainObject(raw)) return result;
  const flat: Json = {};
  for (const [key, value] of Object.entries(raw)) {
    if ((NESTED_ROOTS as readonly string[]).includes(key) && isPlainObject(value)) {
      result.nestedRoots.push(key);
      result.nested[key] = value;
      deliveredKeys(value, key, result.delivered);
      continue;
    }
    result.delivered.add(key);
    if (key === 'policy.expectedKeys') {
      result.expectedKeys = value;
      continue;
    }
    const schema = schemaForKey(key);
    if (!schema) {
      result.problems.push({
        path: key,
        value: preview(value),
        reason: 'unknown-key',
        detail: 'unknown key',
      });
      continue;
    }
    deliveredKeys(value, key, result.delivered);
    const read =
      isJsonTextKey(schema) && typeof value === 'string' ? readJsonText(key, value, result.problems) : value;
    if (read !== undefined) setAt(flat, key.split('.'), read);
  }
  result.nested = mergeFlat(result.nested, flat);
  return result;
}

/** The flat keys win over the nested form's values for the same setting. */
function mergeFlat(base: Json, over: Json): Json {
  const out: Json = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const current = out[key];
    out[key] = isPlainObject(current) && isPlainObject(value) ? mergeFlat(current, value) : value;
  }
  return out;
}
