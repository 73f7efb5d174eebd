import { isBuiltInPortal, type PortalId } from '../../portals/types';
import { isSignatureField, type SignatureField } from './fields';
import type { SignatureSettings } from './settings';

export type SignatureValues = Record<SignatureField, string>;

export interface RenderedSignature {
  /** The signature as plain text, lines joined with `\n`; empty when nothing is left to insert. */
  text: string;
  /** Required fields that the template uses and that are empty: nothing may be inserted while any is missing. */
  missing: SignatureField[];
  /** `{words}` in the template that name no field: a template error, so nothing is inserted either. */
  unknown: string[];
}

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;
/** Punctuation that joins placeholders on a line ("{unit}, {hospital}"); a hyphen is not one (phone numbers). */
const SEPARATOR = '[,;·|–—]';
const SEPARATOR_RUN = new RegExp(`(\\s*${SEPARATOR}\\s*)(?:${SEPARATOR}\\s*)+`, 'g');
const EDGE_SEPARATORS = new RegExp(`^(?:\\s|${SEPARATOR})+|(?:\\s|${SEPARATOR})+$`, 'g');

/** A value as one line of plain text: a policy value with a line break must not reshape the template. */
function clean(value: string | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}

/** Tidies a line where some placeholders were empty: no empty brackets, doubled or dangling separators. */
function tidy(line: string): string {
  return line
    .replace(/\s*\(\s*\)/g, '')
    .replace(/\s*\[\s*\]/g, '')
    .replace(SEPARATOR_RUN, '$1')
    .replace(/ {2,}/g, ' ')
    .replace(EDGE_SEPARATORS, '');
}

/**
 * Fills a template's `{field}` placeholders with the clinician's values, as plain text: values are never parsed
 * again (a value holding `{name}` or markup stays those characters). A line whose first field is empty is left
 * out (with its label); an empty field later on a line goes with its brackets or separator.
 */
export function renderSignature(
  template: string,
  values: Partial<SignatureValues>,
  required: readonly SignatureField[],
): RenderedSignature {
  const missing = new Set<SignatureField>();
  const unknown = new Set<string>();
  const lines: string[] = [];

  for (const line of template.replace(/\r\n?/g, '\n').split('\n')) {
    const names = [...line.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '');
    const known = names.filter(isSignatureField);
    names.filter((name) => !isSignatureField(name)).forEach((name) => unknown.add(name));
    for (const field of known) {
      if (!clean(values[field]) && required.includes(field)) missing.add(field);
    }
    // A line is about its first field ("Telefon {phone} ({phoneHours})"): without it the line goes.
    const first = known[0];
    if (first !== undefined && !clean(values[first])) continue;
    const filled = line.replace(PLACEHOLDER, (whole, name: string) =>
      isSignatureField(name) ? clean(values[name]) : whole,
    );
    const someEmpty = known.some((field) => !clean(values[field]));
    lines.push(someEmpty ? tidy(filled) : filled.trimEnd());
  }

  const text = lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\s*\n|\n\s*$/g, '')
    .trim();
  return { text, missing: [...missing], unknown: [...unknown] };
}

/** The template in effect on a portal: its own, else the default. */
export function templateFor(
  settings: SignatureSettings,
  portal: PortalId | 'default',
  portalTemplate?: string,
): string {
  // A portal defined by policy carries its own template (`portals.custom.<id>.signatureTemplate`).
  const own = portalTemplate ?? (isBuiltInPortal(portal) ? settings.templates[portal] : '');
  return own.trim() ? own : settings.templates.default;
}

/** The signature for a portal, from the clinician's profile and the check's settings. */
export function signatureFor(
  settings: SignatureSettings,
  profile: Partial<SignatureValues>,
  portal: PortalId | 'default',
  portalTemplate?: string,
): RenderedSignature {
  return renderSignature(templateFor(settings, portal, portalTemplate), profile, settings.required);
}

/** Whether the rendered signature may be inserted. */
export function isComplete(rendered: RenderedSignature): boolean {
  return rendered.text !== '' && rendered.missing.length === 0 && rendered.unknown.length === 0;
}
