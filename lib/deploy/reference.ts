import { registryLabel, typeLabel, valueText, type Lang } from './labels';
import { describeIn, pathText, policyModel, type PolicyKey, type PolicyModel } from './policy-keys';
import { examplePolicy } from './sas-example';
import { encoded, referenceExample } from './values';

/**
 * docs/policy-reference.{sv,en}.md: every policy key with its type, registry form, default, an example and its
 * effect, generated from the settings schema (`npm run docs`; a unit test fails when the file is out of date).
 */

const TEXT = {
  sv: {
    title: 'Policynycklar: referens',
    generated:
      'Genererad från tilläggets inställningsschema med `npm run docs`. Ändra inte för hand: ändra beskrivningen i schemat och generera om.',
    intro: [
      'Varje nyckel skrivs med hela sitt namn, punkterna inräknade, direkt i tilläggets policy (`3rdparty` →',
      '`extensions` → tilläggets id): i JSON `"checks.deadlines.workingDays": 2`, i Windows-registret ett värde',
      'med det namnet direkt under `…\\3rdparty\\extensions\\<id>\\policy`. Listor och kartor av objekt skrivs som',
      'JSON-text; en karta av enkla värden är ett objekt (i registret en undernyckel med nyckelns namn). En nyckel',
      'som sätts gäller för alla och visas låst i tilläggets inställningar; en nyckel som inte sätts lämnas åt var',
      'och en (annars gäller standardvärdet).',
      '',
      'Chromium kastar tyst ett värde av fel typ och en okänd nyckel innan tillägget ser dem: bara det värdet, resten',
      'av policyn gäller (uppmätt i Chromium 156). Lista nycklarna ni sätter i `policy.expectedKeys`, så visas de som',
      'inte kom fram under "Policy från IT" på tilläggets inställningssida. Värden av rätt typ men med fel innehåll',
      '(en ogiltig CSS-väljare, ett tal utanför intervallet, en text över 1 000 tecken, en lista över 200 poster, ett',
      'okänt fält i en signaturmall) når tillägget, används inte och listas där med nyckel och orsak. Den äldre,',
      'nästlade formen (`profile`, `checks`, `portals` som objekt) gäller ännu i den här versionen, med en varning;',
      'där kostar ett enda fel värde hela gruppen. Se administratörsguiden om hur ni går över.',
    ],
    columns: ['Nyckel', 'Typ', 'I registret', 'Standard', 'Exempel', 'Verkan'],
    count: (n: number) => `${n} nycklar.`,
    builtIn: '(inbyggt; en lista i policy ersätter den helt)',
  },
  en: {
    title: 'Policy keys: reference',
    generated:
      "Generated from the extension's settings schema by `npm run docs`. Do not edit by hand: change the description in the schema and generate again.",
    intro: [
      "Each key is written by its full name, dots included, directly in the extension's policy (`3rdparty` →",
      '`extensions` → the extension id): in JSON `"checks.deadlines.workingDays": 2`, in the Windows registry a',
      'value of that name directly under `…\\3rdparty\\extensions\\<id>\\policy`. Lists and maps of objects are',
      'written as JSON text; a map of plain values is an object (in the registry a subkey named by the key). A key',
      "that is set applies to everyone and is shown locked in the extension's settings; a key that is not set is",
      'left to each clinician (otherwise the default applies).',
      '',
      'Chromium silently drops a value of the wrong type and an unknown key before the extension sees them: only',
      'that value, the rest of the policy applies (measured on Chromium 156). List the keys you set in',
      '`policy.expectedKeys` and those that did not arrive are shown under "Policy from IT" on the extension\'s',
      'options page. Values of the right type but with bad content (an invalid CSS selector, a number out of range,',
      'a text over 1,000 characters, a list over 200 entries, an unknown field in a signature template) reach the',
      'extension, are not used, and are listed there with key and reason. The older nested form (`profile`,',
      '`checks`, `portals` as objects) still applies in this version, with a warning; there one wrong value costs',
      'the whole group. See the admin guide on moving over.',
    ],
    columns: ['Key', 'Type', 'In the registry', 'Default', 'Example', 'Effect'],
    count: (n: number) => `${n} keys.`,
    builtIn: '(built in; a list set by policy replaces it whole)',
  },
} as const;

/** Markdown text in a table cell: backslash and pipe escaped, one line. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** A value in a code span: only the pipe needs escaping there (GFM tables). */
function code(value: unknown): string {
  const text = valueText(value);
  if (text === '–') return text;
  // Backticks inside a value would end the code span: use a longer fence.
  const fence = text.includes('`') ? '`` ' : '`';
  return `${fence}${text.replace(/\|/g, '\\|')}${[...fence].reverse().join('')}`;
}

/** Keys are grouped under their first level, and under their first two levels where there are more levels. */
function sectionOf(key: PolicyKey): string {
  return key.path.length > 2 ? pathText(key.path.slice(0, 2)) : pathText(key.path.slice(0, 1));
}

/** What each entry of a map of objects holds (the map's own description says what an entry is). */
function entryFields(key: PolicyKey, lang: Lang): string {
  const fields = (key.entries ?? [])
    .filter((entry) => entry.path.length > key.path.length + 1)
    .map((entry) => `${entry.path.at(-1) ?? ''} (${typeLabel(entry, lang)})`);
  if (fields.length === 0) return '';
  return lang === 'sv' ? `. Varje post: ${fields.join(', ')}` : `. Each entry: ${fields.join(', ')}`;
}

export function policyReference(lang: Lang, model: PolicyModel = policyModel()): string {
  const text = TEXT[lang];
  const hospital = examplePolicy();
  const out: string[] = [
    `# ${text.title}`,
    '',
    `_${text.generated}_`,
    '',
    ...text.intro,
    '',
    text.count(model.keys.length),
  ];
  // Generated tables stay as written (one row per line), whatever the formatter would make of them.
  out.push('', '<!-- prettier-ignore-start -->');
  let section = '';
  for (const key of model.keys) {
    const current = sectionOf(key);
    if (current !== section) {
      section = current;
      const group = model.groups.find((candidate) => pathText(candidate.path) === current);
      out.push('', `## \`${current}\``, '');
      if (group?.description) out.push(describeIn(group.description, lang), '');
      out.push(`| ${text.columns.join(' | ')} |`, `|${text.columns.map(() => ' --- ').join('|')}|`);
    }
    const example = referenceExample(key, model, hospital);
    out.push(
      `| ${[
        `\`${pathText(key.path)}\``,
        cell(typeLabel(key, lang)),
        cell(registryLabel(key, lang)),
        key.default === undefined && key.builtIn !== undefined
          ? `${code(key.builtIn)} ${text.builtIn}`
          : code(key.default === undefined ? undefined : encoded(key, key.default)),
        code(example),
        cell(describeIn(key.description, lang) + entryFields(key, lang)),
      ].join(' | ')} |`,
    );
  }
  out.push('', '<!-- prettier-ignore-end -->', '');
  return out.join('\n');
}

export const REFERENCE_FILES: Record<Lang, string> = {
  sv: 'docs/policy-reference.sv.md',
  en: 'docs/policy-reference.en.md',
};
