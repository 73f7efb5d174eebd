import { MAP_KEY, pathText, type PolicyKey, type PolicyModel } from './policy-keys';

/** The map key used in concrete files (templates, the all-keys example) where the reference writes `<key>`. */
export const EXAMPLE_MAP_KEY = 'Exempel';

export type PolicyObject = Record<string, unknown>;

function isPlainObject(value: unknown): value is PolicyObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function getAt(object: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((node, key) => (isPlainObject(node) ? node[key] : undefined), object);
}

export function setAt(object: PolicyObject, path: readonly string[], value: unknown): void {
  let node = object;
  path.forEach((key, index) => {
    if (index === path.length - 1) {
      node[key] = value;
      return;
    }
    const next = node[key];
    if (!isPlainObject(next)) node[key] = {};
    node = node[key] as PolicyObject;
  });
}

/** The key `policy.expectedKeys`: in the generated files, the list of the keys each file sets. */
export const EXPECTED_KEYS = 'policy.expectedKeys';

/** The key's path with the reference's `<key>` replaced by a concrete map key. */
export function concretePath(key: PolicyKey): string[] {
  return key.path.map((part) => (part === MAP_KEY ? EXAMPLE_MAP_KEY : part));
}

/** Whether a default says something an example should show (an empty text or list does not). */
function informative(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (isPlainObject(value)) return Object.keys(value).length > 0;
  return true;
}

/**
 * Examples chosen from what a key's description says it holds, for keys whose default is empty. Matched on the
 * description, not on the key's name, so new keys of the same kind get them too.
 */
const HINTS: { test: RegExp; entry: (key: PolicyKey) => unknown }[] = [
  { test: /CSS/i, entry: (key) => `[data-testid="${kebab(key.path.at(-1) ?? 'element')}"]` },
  { test: /match pattern|matchningsmönster/i, entry: () => 'https://portal-test.region.example/*' },
  { test: /YYYY-MM-DD|ÅÅÅÅ-MM-DD/, entry: () => '2026-12-28' },
  { test: /HH:MM/, entry: () => '16:30' },
];

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

function hinted(key: PolicyKey): unknown {
  const hint = HINTS.find(({ test }) => test.test(key.description ?? ''));
  if (!hint) return undefined;
  const entry = hint.entry(key);
  if (key.type === 'array') {
    // A list that replaces built-in entries: keep them and add one, as IT would.
    return Array.isArray(key.builtIn) && key.builtIn.length > 0 ? [...key.builtIn, entry] : [entry];
  }
  return key.type === 'string' ? entry : undefined;
}

/** The default of the nearest key with the same name (a per-service override of a top-level value, say). */
function namesakeDefault(key: PolicyKey, model: PolicyModel): unknown {
  const name = key.path.at(-1);
  const candidates = model.keys.filter(
    (other) =>
      other !== key && other.path.at(-1) === name && other.type === key.type && informative(other.default),
  );
  const shared = (other: PolicyKey) => {
    const at = other.path.findIndex((part, index) => key.path[index] !== part);
    return at < 0 ? other.path.length : at;
  };
  // Only within the same part of the policy (e.g. one check): `required` in two checks means two things.
  const near = candidates.filter((other) => shared(other) >= 2).sort((a, b) => shared(b) - shared(a));
  return near[0]?.default;
}

function typeFallback(key: PolicyKey): unknown {
  if (key.jsonText) return key.entries ? {} : [];
  switch (key.type) {
    case 'boolean':
      return true;
    case 'integer':
    case 'number':
      return key.minimum ?? 1;
    case 'array':
      return [];
    default:
      return key.enum?.[0] ?? 'Exempel';
  }
}

/**
 * An example value for the reference: the schema's own example, else the hospital example's value, else a
 * default worth showing, else one read from the description. Undefined when there is nothing better than a blank.
 */
export function referenceExample(key: PolicyKey, model: PolicyModel, hospital: PolicyObject): unknown {
  const example = plainExample(key, model, hospital);
  return example === undefined ? undefined : encoded(key, example);
}

/** A value as the policy holds it: lists and maps of objects as JSON text (see PolicyKey.jsonText). */
export function encoded(key: PolicyKey, value: unknown): unknown {
  return key.jsonText && typeof value !== 'string' ? JSON.stringify(value) : value;
}

/** A map's example: one entry under EXAMPLE_MAP_KEY, each of its parts with a template value. */
function mapExample(key: PolicyKey, model: PolicyModel, hospital: PolicyObject): PolicyObject {
  const map: PolicyObject = {};
  for (const entry of key.entries ?? []) {
    setAt(map, concretePath(entry).slice(key.path.length), plainTemplateValue(entry, model, hospital));
  }
  return map;
}

function plainExample(key: PolicyKey, model: PolicyModel, hospital: PolicyObject): unknown {
  if (key.examples?.length) return key.examples[0];
  const fromHospital = hospital[pathText(key.path)];
  if (fromHospital !== undefined) return fromHospital;
  if (key.entries) return mapExample(key, model, hospital);
  if (informative(key.default)) return key.default;
  const namesake = namesakeDefault(key, model);
  if (namesake !== undefined) return namesake;
  return hinted(key) ?? (key.enum ? (key.type === 'array' ? [key.enum[0]] : key.enum[0]) : undefined);
}

/**
 * A valid value for every key, for the commented-out template lines and the all-keys example: a default (or a
 * portal's built-in list) worth showing, else an example, else the (empty) default, else a value of the right type.
 * Set as a whole, such a policy changes nothing but locks every field.
 */
export function templateValue(key: PolicyKey, model: PolicyModel, hospital: PolicyObject): unknown {
  return encoded(key, plainTemplateValue(key, model, hospital));
}

function plainTemplateValue(key: PolicyKey, model: PolicyModel, hospital: PolicyObject): unknown {
  if (informative(key.default)) return key.default;
  if (key.builtIn !== undefined) return key.builtIn;
  return plainExample(key, model, hospital) ?? key.default ?? typeFallback(key);
}

/**
 * A policy object holding every key once, each with a valid example value, and `policy.expectedKeys` naming
 * them all (so that a key Chromium drops is shown as missing).
 */
export function allKeysPolicy(model: PolicyModel, hospital: PolicyObject): PolicyObject {
  const policy: PolicyObject = {};
  for (const key of model.keys) {
    const name = pathText(key.path);
    if (name !== EXPECTED_KEYS) policy[name] = templateValue(key, model, hospital);
  }
  policy[EXPECTED_KEYS] = Object.keys(policy);
  return policy;
}

/** The key a path names (compared by dotted name: a schema's own key may hold a dot). */
export function keyForPath(model: PolicyModel, path: readonly string[]): PolicyKey | undefined {
  const name = pathText(path);
  return model.keys.find((key) => pathText(key.path) === name);
}
