/**
 * Whether a reply already carries the signature. Editors lay text out differently (a textarea keeps `\n`, a
 * rich-text editor makes paragraphs whose text may join without any whitespace, spaces may become no-break
 * spaces), so the comparison ignores all whitespace.
 */
export function compact(text: string): string {
  return text.replace(/[\s\u00a0\u200b\ufeff]+/g, '');
}

export function containsSignature(fieldText: string, signature: string): boolean {
  const needle = compact(signature);
  return needle !== '' && compact(fieldText).includes(needle);
}

/** Whether a reply has any text of its own (a blank field is not a reply about to be sent unsigned). */
export function hasText(fieldText: string): boolean {
  return compact(fieldText) !== '';
}
