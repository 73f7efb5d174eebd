import { z } from 'zod';
import type { ContentProblem } from './policy-content';

/** One field of a policy (or of stored settings) that could not be used. */
export interface SettingProblem {
  /** Dotted path, e.g. `portals.1177.selectors.messageRow.2`. */
  path: string;
  /** The value as received, shortened for display. */
  value: string;
  reason:
    | 'unknown-key'
    | 'wrong-type'
    | 'invalid-value'
    | 'too-long'
    | 'too-many'
    /** A group of the policy in the nested form, accepted for one release. */
    | 'nested-form'
    /** Listed in `policy.expectedKeys` but not delivered (Chromium dropped it, or it was never set). */
    | 'not-delivered';
  /**
   * zod's message (a code such as `invalid-css-selector`, or zod's English text); a content check's code carries
   * its argument after a colon (`max-length:1000`).
   */
  detail: string;
}

export interface LenientResult {
  /** A partial object of the schema's shape holding only the fields that passed. */
  value: Record<string, unknown>;
  problems: SettingProblem[];
}

type AnySchema = z.core.$ZodType;

/** Optional, default, prefault and nullable only wrap: look through them to the shape. */
function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (;;) {
    const def = current._zod.def as { type: string; innerType?: AnySchema };
    if (['optional', 'default', 'prefault', 'nullable'].includes(def.type) && def.innerType) {
      current = def.innerType;
    } else {
      return current;
    }
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Content checks run before the schema's (policy only: see ./policy-content.ts). */
export interface ContentChecks {
  list(path: readonly string[], list: readonly unknown[]): ContentProblem | undefined;
  value(path: readonly string[], value: unknown): ContentProblem | undefined;
}

export function preview(value: unknown): string {
  let text: string;
  try {
    // A megabyte of text is shortened before it is quoted, not after.
    const short = typeof value === 'string' && value.length > 200 ? value.slice(0, 200) : value;
    text = JSON.stringify(short) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

function leafProblem(path: string[], value: unknown, error: z.ZodError): SettingProblem {
  const issue = error.issues[0];
  const wrongType = issue?.code === 'invalid_type';
  return {
    path: path.join('.'),
    value: preview(value),
    reason: wrongType ? 'wrong-type' : 'invalid-value',
    detail: issue?.message ?? 'invalid',
  };
}

/**
 * Validates field by field: every field that fails is left out (so its default or the clinician's value applies)
 * and reported; the rest is kept. Objects are walked key by key, arrays entry by entry (a bad selector in a list
 * drops that entry only). Never throws.
 */
export function parseLeniently(
  schema: AnySchema,
  input: unknown,
  path: string[] = [],
  checks?: ContentChecks,
): LenientResult {
  const problems: SettingProblem[] = [];
  const value = walk(schema, input, path, problems, checks);
  return { value: isPlainObject(value) ? value : {}, problems };
}

function wrongType(path: string[], input: unknown, expected: string): SettingProblem {
  return {
    path: path.join('.'),
    value: preview(input),
    reason: 'wrong-type',
    detail: `expected ${expected}`,
  };
}

function contentProblem(path: string[], input: unknown, found: ContentProblem): SettingProblem {
  return { path: path.join('.'), value: preview(input), ...found };
}

function walk(
  schema: AnySchema,
  input: unknown,
  path: string[],
  problems: SettingProblem[],
  checks: ContentChecks | undefined,
): unknown {
  const inner = unwrap(schema);
  const def = inner._zod.def as {
    type: string;
    shape?: Record<string, AnySchema>;
    element?: AnySchema;
    keyType?: AnySchema;
    valueType?: AnySchema;
  };
  // An object's keys are fixed by its shape; a record takes any key its key schema accepts, each with the same
  // value schema (a key it refuses costs only its own entry, as an unknown key of an object does).
  const keyOk = (key: string) =>
    def.type !== 'record' || !def.keyType || z.safeParse(def.keyType, key).success;
  const childSchema =
    def.type === 'object' && def.shape
      ? (key: string) => def.shape?.[key]
      : def.type === 'record' && def.valueType
        ? () => def.valueType
        : undefined;
  if (childSchema) {
    if (!isPlainObject(input)) {
      problems.push(wrongType(path, input, 'object'));
      return undefined;
    }
    const out: Record<string, unknown> = {};
    for (const [key, raw] of Object.entries(input)) {
      const refusedKey = !keyOk(key);
      const field = refusedKey ? undefined : childSchema(key);
      if (!field) {
        problems.push({
          path: [...path, key].join('.'),
          value: preview(raw),
          reason: refusedKey ? 'invalid-value' : 'unknown-key',
          detail: refusedKey ? 'invalid-key' : 'unknown key',
        });
        continue;
      }
      const kept = walk(field, raw, [...path, key], problems, checks);
      if (kept !== undefined) out[key] = kept;
    }
    return out;
  }
  if (def.type === 'array' && def.element) {
    if (!Array.isArray(input)) {
      problems.push(wrongType(path, input, 'array'));
      return undefined;
    }
    const tooMany = checks?.list(path, input);
    if (tooMany) {
      problems.push(contentProblem(path, input, tooMany));
      return undefined;
    }
    const kept: unknown[] = [];
    input.forEach((entry, index) => {
      const refused = checks?.value([...path, String(index)], entry);
      if (refused) {
        problems.push(contentProblem([...path, String(index)], entry, refused));
        return;
      }
      const result = z.safeParse(def.element as AnySchema, entry);
      if (result.success) kept.push(result.data);
      else problems.push(leafProblem([...path, String(index)], entry, result.error));
    });
    // A list whose every entry was refused is not in effect: the built-in list applies.
    return input.length > 0 && kept.length === 0 ? undefined : kept;
  }
  const refused = checks?.value(path, input);
  if (refused) {
    problems.push(contentProblem(path, input, refused));
    return undefined;
  }
  const result = z.safeParse(inner, input);
  if (result.success) return result.data;
  problems.push(leafProblem(path, input, result.error));
  return undefined;
}
