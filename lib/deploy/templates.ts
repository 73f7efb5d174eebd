import {
  extensionSettingsEntry,
  forcelistEntry,
  type ExtensionSettingsOptions,
  type InstallTarget,
} from './install';
import { pathText, policyModel, type PolicyModel } from './policy-keys';
import {
  BROWSER_POLICY_KEY,
  encodeReg,
  policyBlocks,
  renderReg,
  type Browser,
  type RegKeyBlock,
} from './registry';
import { registryLabel, typeLabel, valueText } from './labels';
import { SAS_EXAMPLE, SAS_NAME, examplePolicy } from './sas-example';
import { allKeysPolicy, keyForPath, type PolicyObject } from './values';

/**
 * The policy files IT deploys, per browser: Windows .reg files (install, a template with every key switched off,
 * the annotated hospital example) and JSON managed-policy files for Linux. Everything is generated from the
 * settings schema at package time.
 */

export interface DeployFile {
  /** Relative to the policy output folder. */
  path: string;
  content: string | Uint8Array;
}

const BROWSER_NAME: Record<Browser, string> = { chrome: 'Google Chrome', edge: 'Microsoft Edge' };

/** Where a Linux machine reads managed policy files (Chromium itself: /etc/chromium/policies/managed). */
export const LINUX_POLICY_DIR: Record<Browser, string> = {
  chrome: '/etc/opt/chrome/policies/managed',
  edge: '/etc/opt/edge/policies/managed',
};

function keyComment(model: PolicyModel, path: readonly string[]): string[] {
  const key = keyForPath(model, path);
  if (!key) return [];
  const lines = [`${pathText(path)}: ${key.description ?? '(ingen beskrivning)'}`];
  lines.push(
    `Typ: ${typeLabel(key, 'sv')}, ${registryLabel(key, 'sv')}. Standard: ${valueText(key.default)}.`,
  );
  return lines;
}

function groupComment(model: PolicyModel, path: readonly string[]): string[] | undefined {
  const group = model.groups.find((candidate) => pathText(candidate.path) === pathText(path));
  return group?.description ? [`${pathText(path)}: ${group.description}`] : undefined;
}

const CHECK_RESULT = [
  'Kontrollera resultatet på chrome://policy (Edge: edge://policy) och i tilläggets inställningar,',
  'avsnittet "Policy från IT": Chromium kastar tyst ett värde av fel typ och en okänd nyckel (bara det',
  'värdet), så en inställning som inte står där som gällande har inte tagits emot. Nycklarna i',
  'policy.expectedKeys som inte kommer fram listas där; lägg till och ta bort nycklar där när ni ändrar.',
];

const REG_FORMAT = [
  'Format: varje nyckel ett värde med hela sitt punktade namn direkt under policy-nyckeln. Text som REG_SZ;',
  'sant/falskt (0/1) och heltal som REG_DWORD; decimaltal som REG_SZ med decimalpunkt; listor som REG_SZ med',
  'JSON-text (ordningen behålls); listor och kartor av objekt som JSON-text; en karta av text som en',
  'undernyckel med nyckelns namn.',
];

function forcelistBlock(target: InstallTarget, slot: number, off = false): RegKeyBlock {
  return {
    key: `${BROWSER_POLICY_KEY[target.browser]}\\ExtensionInstallForcelist`,
    comment: [
      `Installation: ExtensionInstallForcelist, post nummer ${slot}. Installerar tillägget tvingande (det`,
      'kan inte tas bort av användaren). Har ni redan tvingade tillägg i listan: välj nästa lediga nummer,',
      'annars skrivs ett annat tillägg över.',
    ],
    values: [{ name: String(slot), data: { kind: 'sz', value: forcelistEntry(target) } }],
    off,
  };
}

function extensionSettingsBlock(
  target: InstallTarget,
  options: ExtensionSettingsOptions,
  off = false,
): RegKeyBlock {
  const pin = target.browser === 'edge' ? 'toolbar_state "force_shown"' : 'toolbar_pin "force_pinned"';
  return {
    key: BROWSER_POLICY_KEY[target.browser],
    comment: [
      `Installation: ExtensionSettings (tvingande installation, ikonen fäst i verktygsfältet: ${pin}).`,
      'OBS: ExtensionSettings är ETT värde för alla tillägg. Att importera raden ersätter hela värdet. Har ni',
      'redan ExtensionSettings: lägg in tilläggets post (se install-extensionsettings.json) i er befintliga JSON.',
    ],
    values: [
      {
        name: 'ExtensionSettings',
        data: { kind: 'sz', value: JSON.stringify(extensionSettingsEntry(target, options)) },
      },
    ],
    off,
  };
}

function header(target: InstallTarget, title: string, version: string): string[] {
  return [
    `Vårdmöteskollen ${version}: ${title}, ${BROWSER_NAME[target.browser]}.`,
    `Tilläggets id: ${target.extensionId}. Uppdateringsadress: ${target.updateUrl}`,
    'Genererad från tilläggets inställningsschema (npm run package): ändra inte för hand, generera om.',
  ];
}

function linuxFile(policy: PolicyObject): string {
  return `${JSON.stringify(policy, null, 2)}\n`;
}

export interface TemplateOptions {
  version: string;
  /** Host patterns to keep the extension off, in the ExtensionSettings entry (none by default). */
  runtimeBlockedHosts?: readonly string[];
  model?: PolicyModel;
}

export function browserPolicyFiles(target: InstallTarget, options: TemplateOptions): DeployFile[] {
  const model = options.model ?? policyModel();
  const { browser, extensionId } = target;
  const hospital = examplePolicy();
  const settingsOptions = { runtimeBlockedHosts: options.runtimeBlockedHosts };
  const files: DeployFile[] = [];
  const reg = (path: string, title: string, intro: string[], blocks: RegKeyBlock[]) =>
    files.push({
      path: `${browser}/${path}`,
      content: encodeReg(renderReg([...header(target, title, options.version), '', ...intro], blocks)),
    });

  reg('install-forcelist.reg', 'installation med ExtensionInstallForcelist', [], [forcelistBlock(target, 1)]);
  reg(
    'install-extensionsettings.reg',
    'installation med ExtensionSettings',
    [],
    [extensionSettingsBlock(target, settingsOptions)],
  );

  reg(
    'policy-template.reg',
    'mall med alla policynycklar',
    [
      'Alla rader är avstängda. Slå på en inställning genom att ta bort semikolonet framför dess nyckel [...]',
      'och framför värdet. Ett värde som sätts här gäller för alla och visas låst i tilläggets inställningar.',
      'Värdena är standardvärden eller exempel.',
      ...REG_FORMAT,
      ...CHECK_RESULT,
    ],
    policyBlocks(browser, extensionId, allKeysPolicy(model, hospital), model, {
      comment: (path) => keyComment(model, path),
      groupComment: (path) => groupComment(model, path),
      off: true,
    }),
  );

  const notes = new Map(SAS_EXAMPLE.map((entry) => [entry.path, entry.note.sv]));
  reg(
    'sas-example.reg',
    `exempel för ${SAS_NAME}`,
    [
      'Ett komplett exempel: installation (ExtensionSettings, eller ExtensionInstallForcelist som alternativ)',
      'och de inställningar som är gemensamma för sjukhuset. Allt annat lämnas åt var och en.',
      ...REG_FORMAT,
      ...CHECK_RESULT,
    ],
    [
      extensionSettingsBlock(target, settingsOptions),
      forcelistBlock(target, 1, true),
      {
        key: `-${BROWSER_POLICY_KEY[browser]}\\3rdparty\\extensions\\${extensionId}\\policy`,
        comment: [
          'Valfritt: slå på raden nedan (ta bort semikolonet) för att först radera allt som tidigare satts för',
          'tillägget, så att registret blir exakt det som står i den här filen.',
        ],
        values: [],
        off: true,
      },
      ...policyBlocks(browser, extensionId, hospital, model, {
        comment: (path) => [
          ...keyComment(model, path),
          ...(notes.has(pathText(path)) ? [`SÄS: ${notes.get(pathText(path))}`] : []),
        ],
      }),
    ],
  );

  // JSON managed-policy files (Linux: LINUX_POLICY_DIR), named as the .reg files they match.
  files.push({
    path: `${browser}/install-forcelist.json`,
    content: linuxFile({ ExtensionInstallForcelist: [forcelistEntry(target)] }),
  });
  files.push({
    path: `${browser}/install-extensionsettings.json`,
    content: linuxFile({ ExtensionSettings: extensionSettingsEntry(target, settingsOptions) }),
  });
  files.push({
    path: `${browser}/policy-all-keys.json`,
    content: linuxFile({ '3rdparty': { extensions: { [extensionId]: allKeysPolicy(model, hospital) } } }),
  });
  files.push({
    path: `${browser}/sas-example.json`,
    content: linuxFile({
      ExtensionSettings: extensionSettingsEntry(target, settingsOptions),
      '3rdparty': { extensions: { [extensionId]: hospital } },
    }),
  });
  return files;
}

export function policyFiles(targets: readonly InstallTarget[], options: TemplateOptions): DeployFile[] {
  const model = options.model ?? policyModel();
  return targets.flatMap((target) => browserPolicyFiles(target, { ...options, model }));
}
