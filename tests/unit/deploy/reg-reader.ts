/**
 * Reads a .reg file the way regedit imports it, and turns the extension's policy key into JSON the way Chromium
 * does on Windows (components/policy/core/common/registry_dict.cc: ConvertRegistryValue, RegistryDict::
 * ConvertToJSON), driven by the managed schema. Written from Chromium's rules, not from our generator, so a test
 * can compare what Windows would deliver with the JSON policy files.
 */

export type RegValue = { kind: 'sz'; value: string } | { kind: 'dword'; value: number };

export interface RegKey {
  values: Map<string, { name: string; data: RegValue }>;
  keys: Map<string, { name: string; key: RegKey }>;
}

type Schema = {
  type?: string;
  properties?: Record<string, Schema>;
  additionalProperties?: Schema | boolean;
  items?: Schema;
};

function newKey(): RegKey {
  return { values: new Map(), keys: new Map() };
}

/** The registry's names are case-insensitive and case-preserving. */
function child(key: RegKey, name: string, create: boolean): RegKey | undefined {
  const found = key.keys.get(name.toLowerCase());
  if (found) return found.key;
  if (!create) return undefined;
  const made = newKey();
  key.keys.set(name.toLowerCase(), { name, key: made });
  return made;
}

export function decodeRegFile(bytes: Uint8Array): string {
  if (bytes[0] !== 0xff || bytes[1] !== 0xfe) throw new Error('not UTF-16LE with a byte-order mark');
  return Buffer.from(bytes.subarray(2)).toString('utf16le');
}

function unquote(text: string, from: number): { value: string; end: number } {
  if (text[from] !== '"') throw new Error(`expected a quote in ${text}`);
  let value = '';
  let at = from + 1;
  while (at < text.length && text[at] !== '"') {
    if (text[at] === '\\') at += 1;
    value += text[at];
    at += 1;
  }
  if (text[at] !== '"') throw new Error(`unterminated string in ${text}`);
  return { value, end: at + 1 };
}

function parseData(text: string): RegValue {
  if (text.startsWith('"')) {
    const { value, end } = unquote(text, 0);
    if (end !== text.length) throw new Error(`trailing text after ${text}`);
    return { kind: 'sz', value };
  }
  const dword = /^dword:([0-9a-f]{8})$/.exec(text);
  if (dword?.[1]) return { kind: 'dword', value: parseInt(dword[1], 16) | 0 };
  const hex = /^hex\(1\):([0-9a-f,]*)$/.exec(text);
  if (hex) {
    const bytes = Buffer.from(
      (hex[1] ?? '')
        .split(',')
        .filter(Boolean)
        .map((byte) => parseInt(byte, 16)),
    );
    return { kind: 'sz', value: bytes.toString('utf16le').replace(/\0$/, '') };
  }
  throw new Error(`unsupported value data: ${text}`);
}

/**
 * The keys and values a .reg file writes. `switchedOn` also reads the lines a template leaves commented out
 * (`;[key]`, `;"name"=…` and their continuation lines).
 */
export function parseReg(text: string, options: { switchedOn?: boolean } = {}): RegKey {
  const lines = text.split('\r\n');
  if (lines[0] !== 'Windows Registry Editor Version 5.00') throw new Error('missing the version-5 header');
  if (text.replace(/\r\n/g, '').includes('\n')) throw new Error('a line ends with LF only');
  const root = newKey();
  let current: RegKey | undefined;
  let pending = '';
  let continuing = false;
  for (let line of lines.slice(1)) {
    if (options.switchedOn && (/^;[["]/.test(line) || (continuing && line.startsWith(';'))))
      line = line.slice(1);
    if (continuing) {
      pending += line.trim();
    } else {
      if (line === '' || line.startsWith(';')) continue;
      pending = line;
    }
    continuing = pending.endsWith('\\') && !pending.startsWith('[');
    if (continuing) {
      pending = pending.slice(0, -1);
      continue;
    }
    if (pending.startsWith('[')) {
      const path = pending.slice(1, -1);
      if (path.startsWith('-')) {
        const parts = path.slice(1).split('\\');
        const parent = parts
          .slice(0, -1)
          .reduce<RegKey | undefined>((at, part) => at && child(at, part, false), root);
        parent?.keys.delete((parts.at(-1) ?? '').toLowerCase());
        current = undefined;
      } else {
        current = path.split('\\').reduce<RegKey>((at, part) => child(at, part, true) as RegKey, root);
      }
      continue;
    }
    if (!current) throw new Error(`a value outside a key: ${pending}`);
    const { value: name, end } = unquote(pending, 0);
    if (pending[end] !== '=') throw new Error(`expected = in ${pending}`);
    current.values.set(name.toLowerCase(), { name, data: parseData(pending.slice(end + 1)) });
  }
  return root;
}

export function keyAt(root: RegKey, path: string): RegKey | undefined {
  return path.split('\\').reduce<RegKey | undefined>((at, part) => at && child(at, part, false), root);
}

function subschema(schema: Schema | undefined, name: string): Schema | undefined {
  if (!schema) return undefined;
  return (
    schema.properties?.[name] ??
    (typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined)
  );
}

const numerical = (name: string) => /^[+-]?\d+$/.test(name);

/** ConvertRegistryValue: one registry value to the schema's type; undefined where Chromium gives up. */
export function convertValue(data: RegValue, schema: Schema | undefined): unknown {
  if (!schema?.type) return data.value; // no schema: taken as is (and later dropped as an unknown key)
  switch (schema.type) {
    case 'string':
      return data.kind === 'sz' ? data.value : undefined;
    case 'boolean':
      if (data.kind === 'dword') return data.value !== 0;
      return /^[+-]?\d+$/.test(data.value) ? Number(data.value) !== 0 : undefined;
    case 'integer':
      if (data.kind === 'dword') return data.value;
      return /^[+-]?\d+$/.test(data.value) ? Number(data.value) : undefined;
    case 'number':
      if (data.kind === 'dword') return data.value;
      return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(data.value) ? Number(data.value) : undefined;
    case 'array':
    case 'object': {
      if (data.kind !== 'sz') return undefined;
      try {
        const parsed: unknown = JSON.parse(data.value);
        const isArray = Array.isArray(parsed);
        const ok =
          schema.type === 'array' ? isArray : typeof parsed === 'object' && parsed !== null && !isArray;
        return ok ? parsed : undefined;
      } catch {
        return undefined;
      }
    }
    default:
      return undefined;
  }
}

/** RegistryDict::ConvertToJSON: a key and its subkeys as the schema's object or list. */
export function convertKey(key: RegKey, schema: Schema | undefined): unknown {
  // A subkey where the schema wants a plain value cannot be converted: Chromium logs and drops it.
  if (schema?.type && schema.type !== 'object' && schema.type !== 'array') return undefined;
  if (schema?.type === 'array') {
    const out: unknown[] = [];
    for (const { name, key: sub } of key.keys.values())
      if (numerical(name)) out.push(convertKey(sub, schema.items));
    for (const { name, data } of key.values.values())
      if (numerical(name)) out.push(convertValue(data, schema.items));
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const { name, data } of key.values.values()) {
    const converted = convertValue(data, subschema(schema, name));
    if (converted !== undefined) out[name] = converted;
  }
  for (const { name, key: sub } of key.keys.values()) {
    const converted = convertKey(sub, subschema(schema, name));
    if (converted !== undefined) out[name] = converted;
  }
  return out;
}

/** What Chromium would drop against the managed schema: wrong types and unknown keys (as dotted paths). */
export function schemaViolations(value: unknown, schema: Schema | undefined, path: string[] = []): string[] {
  const here = path.join('.') || '(root)';
  if (!schema) return [`${here}: unknown key`];
  const actual = Array.isArray(value)
    ? 'array'
    : value === null
      ? 'null'
      : typeof value === 'number'
        ? Number.isInteger(value)
          ? 'integer'
          : 'number'
        : typeof value;
  const fits = actual === schema.type || (schema.type === 'number' && actual === 'integer');
  if (!fits) return [`${here}: ${actual} where the schema wants ${schema.type}`];
  if (Array.isArray(value))
    return value.flatMap((entry, index) => schemaViolations(entry, schema.items, [...path, String(index)]));
  if (actual === 'object') {
    if (!schema.properties && typeof schema.additionalProperties !== 'object') return [];
    return Object.entries(value as Record<string, unknown>).flatMap(([key, entry]) =>
      schemaViolations(entry, subschema(schema, key), [...path, key]),
    );
  }
  return [];
}
