import { z } from 'zod';
import { PORTALS } from '../portals/index';
import { applyProfile } from '../portals/resolve';
import { PORTAL_CHECK_IDS, type PageKind, type SelectorKey, type StatusWords } from '../portals/types';
import { policySchema } from '../settings/policy-schema';

/**
 * Every key IT can set by policy, read from the zod settings schema (the single source of truth) through its JSON
 * Schema. Templates, examples and the reference in docs/ are all generated from this list, so a key a check adds
 * shows up everywhere with no hand-kept copy.
 */

export type JsonType = 'string' | 'boolean' | 'integer' | 'number' | 'array' | 'object' | 'unknown';

/** Stands for the free key of a map (a zod record), e.g. a Stöd och behandling program's name. */
export const MAP_KEY = '<key>';

export interface PolicyKey {
  /**
   * Path segments; the key's name in the policy is their dotted join (one top-level property of the managed
   * schema). A map's free key is MAP_KEY, in the `entries` of a map only.
   */
  path: readonly string[];
  /** The JSON type Chromium checks against the manifest's managed_schema ('object' only for a map of values). */
  type: JsonType;
  /** For lists: the type of each entry; for maps: the type of each value. */
  itemType?: JsonType;
  /** A list or map of objects, written as JSON text (type 'string'): the extension reads it entry by entry. */
  jsonText?: boolean;
  /** For a map (free keys, e.g. a program's name): what each entry holds, paths under MAP_KEY. */
  entries?: PolicyKey[];
  /** The value when policy and the clinician leave the key unset; undefined when there is none. */
  default?: unknown;
  /** The schema's `.describe()` text (for a list without one: its entries' description). */
  description?: string;
  enum?: readonly (string | number)[];
  minimum?: number;
  maximum?: number;
  /** From `.meta({ examples: [...] })` in the schema, when a check gives one. */
  examples?: readonly unknown[];
  /**
   * What applies when the key is unset but the schema has no default: a portal's built-in URL patterns and
   * selectors (lib/portals/), which a policy list replaces as a whole.
   */
  builtIn?: unknown;
}

/** An object level of the policy (e.g. `checks.deadlines`), for headings in the reference. */
export interface PolicyGroup {
  path: readonly string[];
  description?: string;
}

export interface PolicyModel {
  keys: PolicyKey[];
  groups: PolicyGroup[];
}

type Node = Record<string, unknown>;

const SAFE = Number.MAX_SAFE_INTEGER;

function typeOf(node: Node): JsonType {
  if (typeof node.type === 'string') return node.type as JsonType;
  if (Array.isArray(node.enum) && node.enum.length > 0) {
    return node.enum.every((value) => typeof value === 'number') ? 'number' : 'string';
  }
  const branches = (node.anyOf ?? node.oneOf) as Node[] | undefined;
  if (Array.isArray(branches)) {
    const types = new Set(branches.map(typeOf));
    if (types.size === 1) return [...types][0] as JsonType;
  }
  return 'unknown';
}

function bound(value: unknown): number | undefined {
  return typeof value === 'number' && Math.abs(value) < SAFE ? value : undefined;
}

/** Looks through `$ref` (zod emits one for a schema used recursively or registered with an id). */
function deref(node: Node, root: Node): Node {
  const ref = node.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return node;
  const target = ref
    .slice(2)
    .split('/')
    .reduce<unknown>((at, part) => (at as Node | undefined)?.[part], root);
  return { ...(target as Node), ...node, $ref: undefined };
}

function walk(node: Node, root: Node, path: string[], model: PolicyModel, inherited?: string): void {
  const resolved = deref(node, root);
  const type = typeOf(resolved);
  // A map's values often carry no description of their own: the map's says what they are.
  const description = typeof resolved.description === 'string' ? resolved.description : inherited;
  const properties = resolved.properties as Record<string, Node> | undefined;
  const additional = resolved.additionalProperties;
  if (type === 'object' && properties) {
    if (path.length > 0) model.groups.push({ path, description });
    for (const [key, child] of Object.entries(properties)) walk(child, root, [...path, key], model);
    return;
  }
  if (type === 'object' && additional && typeof additional === 'object') {
    // A map is one key (free keys cannot be properties of the managed schema); its entries are described below it.
    const inner: PolicyModel = { keys: [], groups: [] };
    walk(additional as Node, root, [...path, MAP_KEY], inner, description);
    const valueType = typeOf(deref(additional as Node, root));
    model.keys.push({
      path,
      type: valueType === 'object' ? 'string' : 'object',
      itemType: valueType,
      jsonText: valueType === 'object' || undefined,
      entries: inner.keys,
      default: resolved.default,
      description,
    });
    return;
  }
  const items =
    resolved.items && typeof resolved.items === 'object' ? deref(resolved.items as Node, root) : undefined;
  const itemDescription = typeof items?.description === 'string' ? items.description : undefined;
  const listOfObjects = type === 'array' && items !== undefined && typeOf(items) === 'object';
  model.keys.push({
    path,
    type: listOfObjects ? 'string' : type === 'object' ? 'unknown' : type,
    jsonText: listOfObjects || undefined,
    itemType: items ? typeOf(items) : undefined,
    default: resolved.default,
    description: description ?? itemDescription,
    enum: (resolved.enum ?? items?.enum) as PolicyKey['enum'],
    minimum: bound(resolved.minimum),
    maximum: bound(resolved.maximum),
    examples: Array.isArray(resolved.examples) ? resolved.examples : undefined,
  });
}

/** The policy keys of a settings schema (by default the extension's own policy). */
export function policyModel(schema: z.ZodType = policySchema): PolicyModel {
  const root = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Node;
  const model: PolicyModel = { keys: [], groups: [] };
  walk(root, root, [], model);
  for (const key of model.keys) key.builtIn = portalBuiltIn(key.path);
  return model;
}

/** `portals.<id>.*`: the built-in profile's own values (lib/portals/), which a policy value replaces. */
function portalBuiltIn(path: readonly string[]): unknown {
  if (path[0] !== 'portals') return undefined;
  const definition = PORTALS.find((candidate) => candidate.id === path[1]);
  if (!definition) return undefined;
  const portal = applyProfile(definition, {});
  const [, , field, part, leaf] = path;
  if (path.length === 3 && field === 'urlPatterns') return [...portal.urlPatterns];
  if (path.length === 3 && field === 'name') return portal.name;
  if (path.length === 3 && field === 'checks') return [...(portal.checks ?? PORTAL_CHECK_IDS)];
  if (path.length === 4 && field === 'selectors') {
    return [...(portal.selectors[part as SelectorKey] ?? [])];
  }
  if (path.length === 4 && field === 'statusWords') {
    return [...(portal.statusWords[part as keyof StatusWords] ?? [])];
  }
  if (path.length === 4 && field === 'messageKey' && part === 'from') return portal.messageKey.from;
  if (path.length === 5 && field === 'pages' && (leaf === 'paths' || leaf === 'contains')) {
    const own = portal.pages[part as PageKind]?.[leaf];
    return own && own.length > 0 ? [...own] : undefined;
  }
  return undefined;
}

export function pathText(path: readonly string[]): string {
  return path.join('.');
}

/**
 * Descriptions follow the schemas' convention "Svensk text / English text"; a description without the separator
 * is used for both languages (and listed by `descriptionGaps`).
 */
export function describeIn(description: string | undefined, lang: 'sv' | 'en'): string {
  if (!description) return '';
  const at = description.indexOf(' / ');
  if (at < 0) return description;
  return lang === 'sv' ? description.slice(0, at) : description.slice(at + 3);
}

/** Keys with no description, or with one in a single language: what to ask the schema's owners for. */
export function descriptionGaps(model: PolicyModel): { missing: string[]; oneLanguage: string[] } {
  const missing = model.keys.filter((key) => !key.description).map((key) => pathText(key.path));
  const oneLanguage = model.keys
    .filter((key) => key.description && !key.description.includes(' / '))
    .map((key) => pathText(key.path));
  return { missing, oneLanguage };
}
