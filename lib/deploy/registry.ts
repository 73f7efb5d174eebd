import type { JsonType, PolicyModel } from './policy-keys';
import { keyForPath, type PolicyObject } from './values';

/**
 * Windows registry files (.reg) for Chrome's and Edge's policy keys.
 *
 * How Chromium reads an extension's policy from the registry (components/policy/core/common/registry_dict.cc):
 * each object level is a subkey; REG_SZ becomes a string and REG_DWORD an integer, then each value is converted to
 * the type the extension's managed_schema asks for: a boolean from a DWORD (0/1), an integer from a DWORD or a
 * decimal string, a number (double) from a decimal string, a list either from a subkey with numbered values or from
 * a JSON string. Lists are written here as JSON strings: a subkey's values come back sorted as text ("10" before
 * "2"), which would reorder selector lists (the first matching alternative wins), and one line per list is what an
 * administrator can read and compare with the JSON policy.
 */

export type Browser = 'chrome' | 'edge';

export const BROWSER_POLICY_KEY: Record<Browser, string> = {
  chrome: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome',
  edge: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge',
};

export function extensionPolicyKey(browser: Browser, extensionId: string): string {
  return `${BROWSER_POLICY_KEY[browser]}\\3rdparty\\extensions\\${extensionId}\\policy`;
}

export type RegData = { kind: 'sz'; value: string } | { kind: 'dword'; value: number };

const DWORD_MAX = 0x7fffffff; // Chromium reads a DWORD as a signed int

/** The registry form of a policy value, chosen by the type in the managed schema (what Chromium converts by). */
export function regData(type: JsonType, value: unknown): RegData {
  switch (type) {
    case 'boolean':
      return { kind: 'dword', value: value ? 1 : 0 };
    case 'integer': {
      const number = Number(value);
      // Negative integers as text: Chromium parses a decimal string for an integer field.
      return Number.isInteger(number) && number >= 0 && number <= DWORD_MAX
        ? { kind: 'dword', value: number }
        : { kind: 'sz', value: String(value) };
    }
    case 'number':
      // A DWORD holds no fraction; Chromium parses a decimal string (with a point) for a number field.
      return { kind: 'sz', value: String(value) };
    case 'string':
      // A list or map of objects is JSON text in the policy (PolicyKey.jsonText).
      return { kind: 'sz', value: typeof value === 'string' ? value : JSON.stringify(value) };
    default:
      return { kind: 'sz', value: JSON.stringify(value) };
  }
}

function quote(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** UTF-16LE bytes of a text, as regedit reads them (no Node Buffer: the options page writes .reg files too). */
function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    bytes[index * 2] = code & 0xff;
    bytes[index * 2 + 1] = code >> 8;
  }
  return bytes;
}

/** REG_SZ with a line break or other control character cannot be written as "text": use hex(1) (UTF-16LE + NUL). */
function hexString(text: string, prefixLength: number): string {
  const bytes = [...utf16le(`${text}\0`)].map((byte) => byte.toString(16).padStart(2, '0'));
  const lines: string[] = [];
  let line = 'hex(1):';
  let width = prefixLength + line.length;
  bytes.forEach((byte, index) => {
    const piece = index < bytes.length - 1 ? `${byte},` : byte;
    if (width + piece.length > 76) {
      lines.push(`${line}\\`);
      line = '  ';
      width = 2;
    }
    line += piece;
    width += piece.length;
  });
  lines.push(line);
  return lines.join('\r\n');
}

export function formatRegValue(name: string, data: RegData): string {
  const prefix = `${quote(name)}=`;
  if (data.kind === 'dword') return `${prefix}dword:${data.value.toString(16).padStart(8, '0')}`;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f]/.test(data.value)) return prefix + hexString(data.value, prefix.length);
  return prefix + quote(data.value);
}

export interface RegValueLine {
  name: string;
  data: RegData;
  /** Comment lines written above the value. */
  comment?: readonly string[];
}

export interface RegKeyBlock {
  key: string;
  comment?: readonly string[];
  values: RegValueLine[];
  /** Written commented out (a template line to switch on by removing the semicolon). */
  off?: boolean;
}

function commentLines(lines: readonly string[] | undefined): string[] {
  return (lines ?? []).flatMap((line) => line.split('\n')).map((line) => (line ? `; ${line}` : ';'));
}

/** A .reg file's text (CRLF line ends). Lines switched off start with ";" directly before `[` or `"`. */
export function renderReg(header: readonly string[], blocks: readonly RegKeyBlock[]): string {
  const out: string[] = ['Windows Registry Editor Version 5.00', ''];
  out.push(...commentLines(header), '');
  for (const block of blocks) {
    const off = (text: string) =>
      block.off
        ? text
            .split('\r\n')
            .map((line) => `;${line}`)
            .join('\r\n')
        : text;
    out.push(...commentLines(block.comment));
    out.push(off(`[${block.key}]`));
    for (const value of block.values) {
      out.push(...commentLines(value.comment));
      out.push(off(formatRegValue(value.name, value.data)));
    }
    out.push('');
  }
  return out.join('\r\n').replace(/\r?\n/g, '\r\n');
}

/** Regedit reads version-5 files as UTF-16LE with a byte-order mark; anything else garbles å, ä and ö. */
export function encodeReg(text: string): Uint8Array {
  const body = utf16le(text);
  const bytes = new Uint8Array(body.length + 2);
  bytes.set([0xff, 0xfe]);
  bytes.set(body, 2);
  return bytes;
}

export interface PolicyBlockOptions {
  /** Comment lines for a value, from its key's path. */
  comment?: (path: readonly string[]) => readonly string[] | undefined;
  /** Comment lines above the first key of a part of the policy (`checks.deadlines`, say). */
  groupComment?: (path: readonly string[]) => readonly string[] | undefined;
  off?: boolean;
}

/** The part of the policy a key belongs to, for a heading comment: its first two levels, or its first. */
function sectionOf(path: readonly string[]): string[] {
  return path.slice(0, path.length > 2 ? 2 : 1);
}

/**
 * The extension's 3rdparty policy as registry values: every key one value named by its dotted path, directly
 * under the policy key (the managed schema's flat shape); a map of values (type object) is a subkey of that name.
 */
export function policyBlocks(
  browser: Browser,
  extensionId: string,
  policy: PolicyObject,
  model: PolicyModel,
  options: PolicyBlockOptions = {},
): RegKeyBlock[] {
  const root = extensionPolicyKey(browser, extensionId);
  const main: RegKeyBlock = { key: root, values: [], off: options.off };
  const maps: RegKeyBlock[] = [];
  let section = '';
  for (const [name, value] of Object.entries(policy)) {
    const key = keyForPath(model, [name]);
    const path = key?.path ?? [name];
    if (!key) throw new Error(`Not a policy key: ${name}`);
    const heading = sectionOf(path);
    const group = heading.join('.') !== section ? options.groupComment?.(heading) : undefined;
    section = heading.join('.');
    const comment = [...(group ? [...group, ''] : []), ...(options.comment?.(path) ?? [])];
    if (key.type === 'object' && typeof value === 'object' && value !== null && !Array.isArray(value)) {
      maps.push({
        key: `${root}\\${name}`,
        comment,
        values: Object.entries(value).map(([entry, data]) => ({
          name: entry,
          data: regData(key.itemType ?? 'string', data),
        })),
        off: options.off,
      });
    } else {
      main.values.push({ name, data: regData(key.type, value), comment });
    }
  }
  return [...(main.values.length > 0 ? [main] : []), ...maps];
}
