import { checkExpectedKeys } from './expected-keys';
import { readDeliveredPolicy } from './flat-policy';
import { parseLeniently, type SettingProblem } from './lenient';
import { checkListCount, checkValue } from './policy-content';
import { settingsSchema, USER_EDITABLE_ROOTS, DEFAULT_SETTINGS, type Settings } from './schema';

export interface ResolvedSettings {
  settings: Settings;
  /** The policy fields that passed validation and are in effect (a partial settings object). */
  policy: Record<string, unknown>;
  /** Dotted paths of every field set by policy: shown locked on the options page. */
  lockedPaths: ReadonlySet<string>;
  /** Policy fields that were not taken, with the reason. */
  policyProblems: SettingProblem[];
  /**
   * What IT should know though nothing was refused: groups sent in the nested form (still applied, for one
   * release), and keys listed in `policy.expectedKeys` that never arrived (Chromium drops a value of the wrong
   * type before the extension sees it).
   */
  policyWarnings: SettingProblem[];
  /** Stored clinician settings that could not be read (an older or damaged store): left out, not lost silently. */
  userProblems: SettingProblem[];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function deepMerge(
  base: Record<string, unknown>,
  over: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const current = out[key];
    out[key] = isPlainObject(current) && isPlainObject(value) ? deepMerge(current, value) : value;
  }
  return out;
}

/** Leaf paths of a partial settings object; arrays count as one leaf. */
export function leafPaths(value: Record<string, unknown>, prefix: string[] = []): string[] {
  return Object.entries(value).flatMap(([key, child]) =>
    isPlainObject(child) ? leafPaths(child, [...prefix, key]) : [[...prefix, key].join('.')],
  );
}

/** Effective value = policy, else the clinician's, else the default. */
export function resolveSettings(rawPolicy: unknown, rawUser: unknown): ResolvedSettings {
  const delivered = readDeliveredPolicy(rawPolicy ?? {});
  const policy = parseLeniently(settingsSchema, delivered.nested, [], {
    list: checkListCount,
    value: checkValue,
  });
  const expected = checkExpectedKeys(delivered.expectedKeys, delivered.delivered);
  const userInput = isPlainObject(rawUser)
    ? Object.fromEntries(
        Object.entries(rawUser).filter(([key]) => (USER_EDITABLE_ROOTS as readonly string[]).includes(key)),
      )
    : {};
  const user = parseLeniently(settingsSchema, userInput);
  const merged = deepMerge(user.value, policy.value);
  const parsed = settingsSchema.safeParse(merged);
  return {
    settings: parsed.success ? parsed.data : DEFAULT_SETTINGS,
    policy: policy.value,
    lockedPaths: new Set(leafPaths(policy.value)),
    policyProblems: [...delivered.problems, ...policy.problems, ...expected.problems],
    policyWarnings: [
      ...delivered.nestedRoots.map((root): SettingProblem => ({
        path: root,
        value: '{…}',
        reason: 'nested-form',
        detail: 'nested-form',
      })),
      ...expected.missing,
    ],
    userProblems: user.problems,
  };
}

export function isLocked(lockedPaths: ReadonlySet<string>, path: string): boolean {
  for (const locked of lockedPaths) {
    if (locked === path || path.startsWith(`${locked}.`) || locked.startsWith(`${path}.`)) return true;
  }
  return false;
}
