import type { JsonType, PolicyKey } from './policy-keys';

export type Lang = 'sv' | 'en';

const TYPE_NAMES: Record<Lang, Record<JsonType, string>> = {
  sv: {
    string: 'text',
    boolean: 'sant/falskt',
    integer: 'heltal',
    number: 'decimaltal',
    array: 'lista',
    object: 'objekt',
    unknown: 'okänd typ',
  },
  en: {
    string: 'text',
    boolean: 'true/false',
    integer: 'integer',
    number: 'number',
    array: 'list',
    object: 'object',
    unknown: 'unknown type',
  },
};

/** "lista av text", "heltal 1–60", "text: end-of-day | same-time". */
export function typeLabel(key: PolicyKey, lang: Lang): string {
  const names = TYPE_NAMES[lang];
  if (key.jsonText) {
    const what = key.entries ? (lang === 'sv' ? 'karta' : 'map') : lang === 'sv' ? 'lista' : 'list';
    return lang === 'sv' ? `text: JSON (${what} av objekt)` : `text: JSON (${what} of objects)`;
  }
  if (key.type === 'object' && key.itemType) {
    return lang === 'sv'
      ? `objekt (karta) av ${names[key.itemType]}`
      : `object (map) of ${names[key.itemType]}`;
  }
  let label = names[key.type];
  if (key.type === 'array' && key.itemType)
    label += lang === 'sv' ? ` av ${names[key.itemType]}` : ` of ${names[key.itemType]}`;
  if (key.minimum !== undefined || key.maximum !== undefined) {
    label += ` ${key.minimum ?? '…'}–${key.maximum ?? '…'}`;
  }
  if (key.enum?.length) label += `: ${key.enum.join(' | ')}`;
  return label;
}

/** How the value is written in the Windows registry (see registry.ts for why). */
export function registryLabel(key: PolicyKey, lang: Lang): string {
  switch (key.type) {
    case 'boolean':
      return 'REG_DWORD (0/1)';
    case 'integer':
      return 'REG_DWORD';
    case 'number':
      return lang === 'sv' ? 'REG_SZ (med decimalpunkt)' : 'REG_SZ (decimal point)';
    case 'string':
      return key.jsonText ? 'REG_SZ (JSON)' : 'REG_SZ';
    case 'object':
      return lang === 'sv' ? 'undernyckel, ett värde per post' : 'subkey, one value per entry';
    default:
      return lang === 'sv' ? 'REG_SZ (JSON)' : 'REG_SZ (JSON)';
  }
}

/** A value as JSON text, for tables and comments. */
export function valueText(value: unknown): string {
  return value === undefined ? '–' : JSON.stringify(value);
}
