import { pathText, policyModel, type PolicyModel } from '../deploy/policy-keys';
import { encodeReg, policyBlocks, renderReg, type Browser } from '../deploy/registry';
import { keyForPath, type PolicyObject } from '../deploy/values';
import { isBuiltInPortal } from '../portals/types';
import type { Draft } from './draft';

/**
 * The draft as policy, in every format the admin guide covers: the extension's flat keys as JSON (a Linux policy
 * file; on macOS the same keys in a configuration profile) and Windows .reg files for Chrome and for Edge, written
 * by the same generator as the policy templates (lib/deploy/registry.ts). Only the draft's fields go in:
 * selectors, address patterns, paths, attribute names and status words; never text read from a page.
 */

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A built-in portal's draft as `portals.<id>.<field…>` keys, each a key of the policy model. */
function builtInKeys(draft: Draft, model: PolicyModel): PolicyObject {
  const out: PolicyObject = {};
  const walk = (value: unknown, path: string[]) => {
    const key = keyForPath(model, path);
    if (key && value !== undefined) {
      out[pathText(path)] = value;
      return;
    }
    if (isPlainObject(value)) for (const [name, child] of Object.entries(value)) walk(child, [...path, name]);
  };
  walk(draft.profile, ['portals', draft.id]);
  return out;
}

/**
 * The extension policy the draft adds. A new portal goes into `portals.custom`, which is one value for all the
 * portals defined by policy: the ones policy already defines are kept beside it (`customInPolicy`), so deploying
 * the export replaces none of them.
 */
export function draftPolicy(
  draft: Draft,
  customInPolicy: Record<string, unknown> | undefined,
  model: PolicyModel = policyModel(),
): PolicyObject {
  if (isBuiltInPortal(draft.id)) return builtInKeys(draft, model);
  const others = Object.fromEntries(Object.entries(customInPolicy ?? {}).filter(([id]) => id !== draft.id));
  return { 'portals.custom': JSON.stringify({ ...others, [draft.id]: draft.profile }) };
}

/** A Linux managed-policy file (Chrome: /etc/opt/chrome/policies/managed, Edge: /etc/opt/edge/policies/managed). */
export function policyJson(extensionId: string, policy: PolicyObject): string {
  return `${JSON.stringify({ '3rdparty': { extensions: { [extensionId]: policy } } }, null, 2)}\n`;
}

const BROWSER_NAME: Record<Browser, string> = { chrome: 'Google Chrome', edge: 'Microsoft Edge' };

/** The .reg text for one browser (regedit wants it saved as UTF-16LE: regFileBytes). */
export function policyReg(
  browser: Browser,
  extensionId: string,
  policy: PolicyObject,
  model: PolicyModel = policyModel(),
): string {
  const header = [
    `Vårdmöteskollen: portalprofil från kartläggningen, ${BROWSER_NAME[browser]}.`,
    `Tilläggets id: ${extensionId}. Importera med "reg import" eller i en GPO (se administratörsguiden).`,
  ];
  return renderReg(header, policyBlocks(browser, extensionId, policy, model));
}

export function regFileBytes(text: string): Uint8Array {
  return encodeReg(text);
}

export interface DraftExport {
  policy: PolicyObject;
  json: string;
  reg: Record<Browser, string>;
}

export function exportDraft(
  draft: Draft,
  extensionId: string,
  customInPolicy: Record<string, unknown> | undefined,
): DraftExport {
  const model = policyModel();
  const policy = draftPolicy(draft, customInPolicy, model);
  return {
    policy,
    json: policyJson(extensionId, policy),
    reg: {
      chrome: policyReg('chrome', extensionId, policy, model),
      edge: policyReg('edge', extensionId, policy, model),
    },
  };
}
