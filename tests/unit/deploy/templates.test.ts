// @vitest-environment happy-dom
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pathText, policyModel } from '@/lib/deploy/policy-keys';
import { policyReference, REFERENCE_FILES } from '@/lib/deploy/reference';
import { z } from 'zod';
import {
  BROWSER_POLICY_KEY,
  encodeReg,
  extensionPolicyKey,
  policyBlocks,
  renderReg,
  type Browser,
} from '@/lib/deploy/registry';
import { SAS_EXAMPLE, examplePolicy } from '@/lib/deploy/sas-example';
import { policyFiles, type DeployFile } from '@/lib/deploy/templates';
import { EXPECTED_KEYS, getAt } from '@/lib/deploy/values';
import { isLocked, resolveSettings } from '@/lib/settings/effective';
import { buildManagedSchema } from '@/lib/settings/managed-schema';
import { NESTED_ROOTS } from '@/lib/settings/policy-schema';
import { convertKey, decodeRegFile, keyAt, parseReg, schemaViolations } from './reg-reader';

const ID = 'glondehmneckecaccigllhcbhcfnffbh';
const UPDATE_URL = 'https://intranet.example/vardmoteskollen/updates.xml';
const BROWSERS: Browser[] = ['chrome', 'edge'];
const files = policyFiles(
  BROWSERS.map((browser) => ({ browser, extensionId: ID, updateUrl: UPDATE_URL })),
  { version: '9.9.9' },
);
const managedSchema = buildManagedSchema() as Parameters<typeof schemaViolations>[1];

function file(path: string): DeployFile {
  const found = files.find((candidate) => candidate.path === path);
  if (!found) throw new Error(`no ${path} among ${files.map((f) => f.path).join(', ')}`);
  return found;
}

function json(path: string): Record<string, unknown> {
  return JSON.parse(String(file(path).content)) as Record<string, unknown>;
}

function reg(path: string, switchedOn = false) {
  return parseReg(decodeRegFile(file(path).content as Uint8Array), { switchedOn });
}

/** What Chromium on Windows would hand the extension from this .reg file. */
function policyFromReg(browser: Browser, path: string, switchedOn = false): unknown {
  const key = keyAt(reg(`${browser}/${path}`, switchedOn), extensionPolicyKey(browser, ID));
  if (!key) throw new Error(`${path} writes no policy for ${ID}`);
  return convertKey(key, managedSchema);
}

/**
 * Every key of the managed schema Chromium validates against, found independently of lib/deploy: its top-level
 * properties (one per key, named by the dotted path), less the nested form's groups.
 */
const leaves = Object.keys(managedSchema?.properties ?? {}).filter(
  (key) => !(NESTED_ROOTS as readonly string[]).includes(key),
);
const at = (policy: unknown, leaf: string) => (policy as Record<string, unknown>)[leaf];

describe('policy keys read from the zod schema', () => {
  it('are exactly the leaves of the managed schema Chromium checks policy against', () => {
    expect(
      policyModel()
        .keys.map((key) => pathText(key.path))
        .sort(),
    ).toEqual([...leaves].sort());
    expect(leaves.length).toBeGreaterThan(20);
  });

  it('all have a type Chromium can check', () => {
    expect(
      policyModel()
        .keys.filter((key) => key.type === 'unknown')
        .map((key) => pathText(key.path)),
    ).toEqual([]);
  });
});

describe.each(BROWSERS)('the %s templates', (browser) => {
  const allKeys = getAt(json(`${browser}/policy-all-keys.json`), ['3rdparty', 'extensions', ID]);

  it('hold every policy key in the JSON file, each of the type the managed schema wants', () => {
    for (const leaf of leaves) expect(at(allKeys, leaf), leaf).not.toBeUndefined();
    expect(schemaViolations(allKeys, managedSchema)).toEqual([]);
  });

  it('hold every policy key in the .reg template, switched off, and read back by Chromium as the JSON file', () => {
    // As shipped, nothing is switched on: importing the template changes nothing.
    expect(keyAt(reg(`${browser}/policy-template.reg`), extensionPolicyKey(browser, ID))).toBeUndefined();
    const fromRegistry = policyFromReg(browser, 'policy-template.reg', true);
    for (const leaf of leaves) expect(at(fromRegistry, leaf), leaf).not.toBeUndefined();
    expect(fromRegistry).toEqual(allKeys);
  });

  it('give values that the extension takes without a problem, every key locked, none missing', () => {
    const resolved = resolveSettings(allKeys, {});
    expect(resolved.policyProblems).toEqual([]);
    expect(resolved.policyWarnings).toEqual([]);
    for (const leaf of leaves.filter((key) => key !== EXPECTED_KEYS)) {
      expect(isLocked(resolved.lockedPaths, leaf), leaf).toBe(true);
    }
    expect(at(allKeys, EXPECTED_KEYS)).toEqual(leaves.filter((key) => key !== EXPECTED_KEYS));
  });

  it(`write under ${BROWSER_POLICY_KEY[browser]}, as UTF-16 with CRLF line ends`, () => {
    for (const path of ['install-forcelist.reg', 'install-extensionsettings.reg', 'sas-example.reg']) {
      const text = decodeRegFile(file(`${browser}/${path}`).content as Uint8Array);
      const keys = text.split('\r\n').filter((line) => /^;?\[-?HKEY/.test(line));
      expect(keys.length, path).toBeGreaterThan(0);
      for (const line of keys)
        expect(line.replace(/^;?\[-?/, '')).toMatch(
          new RegExp(`^${BROWSER_POLICY_KEY[browser].replace(/\\/g, '\\\\')}`),
        );
    }
  });

  it('install by force from the update URL, and keep the icon in the toolbar', () => {
    const forcelist = keyAt(
      reg(`${browser}/install-forcelist.reg`),
      `${BROWSER_POLICY_KEY[browser]}\\ExtensionInstallForcelist`,
    );
    expect(forcelist?.values.get('1')?.data).toEqual({ kind: 'sz', value: `${ID};${UPDATE_URL}` });
    expect(json(`${browser}/install-forcelist.json`)).toEqual({
      ExtensionInstallForcelist: [`${ID};${UPDATE_URL}`],
    });

    const settings = keyAt(reg(`${browser}/install-extensionsettings.reg`), BROWSER_POLICY_KEY[browser]);
    const data = settings?.values.get('extensionsettings')?.data;
    expect(data?.kind).toBe('sz');
    const entry = JSON.parse(String(data?.value)) as Record<string, Record<string, unknown>>;
    expect(entry).toEqual(json(`${browser}/install-extensionsettings.json`).ExtensionSettings);
    expect(entry[ID]).toMatchObject({ installation_mode: 'force_installed', update_url: UPDATE_URL });
    // Chrome pins with toolbar_pin; Edge shows the icon with toolbar_state.
    expect(entry[ID]).toEqual(
      expect.objectContaining(
        browser === 'edge' ? { toolbar_state: 'force_shown' } : { toolbar_pin: 'force_pinned' },
      ),
    );
  });

  it('give the SÄS example the same in the registry and in JSON, with a note on each value', () => {
    const fromJson = getAt(json(`${browser}/sas-example.json`), ['3rdparty', 'extensions', ID]);
    expect(fromJson).toEqual(examplePolicy());
    expect(policyFromReg(browser, 'sas-example.reg')).toEqual(fromJson);
    const text = decodeRegFile(file(`${browser}/sas-example.reg`).content as Uint8Array);
    for (const entry of SAS_EXAMPLE) expect(text).toContain(`; SÄS: ${entry.note.sv}`);
    // The alternative install and the clean-slate line stay switched off.
    expect(text).toContain(';[-HKEY');
    expect(text).toMatch(/^;\[.*ExtensionInstallForcelist\]$/m);
  });
});

describe('the SÄS example', () => {
  it('sets only keys the schema has, with values the extension accepts', () => {
    const paths = new Set(leaves);
    for (const entry of SAS_EXAMPLE) expect(paths, entry.path).toContain(entry.path);
    const resolved = resolveSettings(examplePolicy(), {});
    expect(resolved.policyProblems).toEqual([]);
    expect(resolved.policyWarnings).toEqual([]);
  });
});

describe('registry values', () => {
  it('come back from the registry as the same JSON, whatever the type (as Chromium reads them)', () => {
    const schema = z.object({
      text: z.string(),
      flag: z.boolean(),
      count: z.int(),
      negative: z.int(),
      ratio: z.number(),
      whole: z.number(),
      list: z.array(z.string()),
      rows: z.array(z.object({ name: z.string() })),
      words: z.record(z.string(), z.string()),
      map: z.record(z.string(), z.object({ days: z.int() })),
    });
    const value = {
      text: 'Ö "citat" C:\\väg\\ rad ett\nrad två\r\ntre',
      flag: false,
      count: 2,
      negative: -3,
      ratio: 0.35,
      whole: 15,
      // More than nine entries: numbered registry values would come back as 1, 10, 11, 2, …
      list: Array.from({ length: 12 }, (_, index) => `li:nth-child(${index + 1})`),
      rows: [{ name: 'a|b' }],
      words: { 'camera-on': 'Kameran på', 'quiet-room': 'Tyst rum' },
      map: { 'Program för ångest': { days: 5 } },
    };
    const text = renderReg([], policyBlocks('edge', ID, value, policyModel(schema)));
    const key = keyAt(parseReg(decodeRegFile(encodeReg(text))), extensionPolicyKey('edge', ID));
    if (!key) throw new Error('no policy key written');
    expect(convertKey(key, z.toJSONSchema(schema) as Parameters<typeof convertKey>[1])).toEqual(value);
    expect(text).toContain('"flag"=dword:00000000');
    expect(text).toContain('"count"=dword:00000002');
    expect(text).toContain('"negative"="-3"');
    expect(text).toContain('"ratio"="0.35"');
    expect(text).toContain('"text"=hex(1):');
    expect(text).toContain('"rows"="[{\\"name\\":\\"a|b\\"}]"');
  });
});

describe('the policy reference in docs/', () => {
  it.each(['sv', 'en'] as const)('(%s) is the one generated from the schema (run `npm run docs`)', (lang) => {
    expect(readFileSync(REFERENCE_FILES[lang], 'utf8')).toBe(policyReference(lang));
  });

  it.each(['sv', 'en'] as const)('(%s) lists every policy key', (lang) => {
    const text = readFileSync(REFERENCE_FILES[lang], 'utf8');
    for (const leaf of leaves) expect(text, leaf).toContain(`| \`${leaf}\` |`);
  });
});

describe('the admin guides', () => {
  it.each(['sv', 'en'] as const)('(%s) link to files that exist, the policy reference among them', (lang) => {
    const text = readFileSync(`docs/admin-guide.${lang}.md`, 'utf8');
    const links = [...text.matchAll(/\]\(([^)#:]+)\)/g)].map((match) => match[1] ?? '');
    expect(links).toContain(`policy-reference.${lang}.md`);
    for (const link of links) expect(existsSync(`docs/${link}`), link).toBe(true);
  });
});
