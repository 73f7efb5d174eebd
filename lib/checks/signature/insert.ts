import { compact, containsSignature } from './detect';
import {
  editorText,
  focusEditor,
  isTextControl,
  placeCaretAtEnd,
  separatorBefore,
  type ReplyEditor,
} from './editor';
import { grace, RICH_ROUTES, sendBy, settle } from './routes';

/**
 * - `inserted`: read back from the field after the editor redrew: the clinician's text, then the signature, once.
 * - `already-signed`: the field held the signature already; nothing was typed.
 * - `refused`: the field did not take it; the clinician's text is as it was.
 * - `altered`: the field took something but not the signature as sent (it cut or changed it): the clinician must
 *   look at the reply.
 */
export type InsertOutcome = 'inserted' | 'already-signed' | 'refused' | 'altered';

type ReadBack = 'signed' | 'unchanged' | 'changed';

function readBack(editor: ReplyEditor, before: string, text: string): ReadBack {
  const now = compact(editorText(editor));
  if (now === compact(before)) return 'unchanged';
  return now === compact(before + text) ? 'signed' : 'changed';
}

/** The browser's editing command; only if the browser refuses it, `setRangeText` (no undo step) and `input`. */
function typeIntoTextControl(field: HTMLTextAreaElement | HTMLInputElement, text: string): void {
  const before = field.value;
  let done = false;
  try {
    done = field.ownerDocument.execCommand('insertText', false, text);
  } catch {
    done = false;
  }
  if (done || field.value !== before) return;
  const end = field.value.length;
  // setRangeText bypasses the `value` setter, so a framework's value tracker sees the change on `input`.
  field.setRangeText(text, end, end, 'end');
  const view = (field.ownerDocument.defaultView ?? window) as typeof window;
  field.dispatchEvent(new view.InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
}

/** Takes back what the browser's own editing command just did (its undo history is the field's). */
function undoCommand(editor: ReplyEditor, before: string): void {
  try {
    editor.ownerDocument.execCommand('undo');
  } catch {
    // nothing to undo with
  }
  if (isTextControl(editor) && editor.value !== before) editor.value = before;
}

/**
 * A textarea or text input, synchronously (the send watch types the signature in before the portal reads the
 * field): the browser's `insertText`, so `input` fires (React's value tracker follows), the undo history gets one
 * step and the caret ends after it. A field that cut or changed the text (a length limit) gets its text back.
 */
export function insertIntoTextControl(
  field: HTMLTextAreaElement | HTMLInputElement,
  signature: string,
): InsertOutcome {
  if (containsSignature(field.value, signature)) {
    focusEditor(field);
    placeCaretAtEnd(field);
    return 'already-signed';
  }
  focusEditor(field);
  placeCaretAtEnd(field);
  const before = field.value;
  const text = separatorBefore(before) + signature;
  typeIntoTextControl(field, text);
  const result = readBack(field, before, text);
  if (result === 'signed') return 'inserted';
  if (result === 'changed') undoCommand(field, before);
  return field.value === before ? 'refused' : 'altered';
}

/**
 * Types the signature at the end of the reply as the clinician's own input, then reads the field back after the
 * editor has redrawn, and says only what it found there. A rich-text editor is offered the text by each route in
 * turn (`routes.ts`) until its text changes; the text is never parsed as markup. A reply that already holds the
 * signature is left alone.
 */
export async function insertSignature(editor: ReplyEditor, signature: string): Promise<InsertOutcome> {
  if (isTextControl(editor)) return insertIntoTextControl(editor, signature);
  focusEditor(editor);
  if (containsSignature(editorText(editor), signature)) {
    placeCaretAtEnd(editor);
    return 'already-signed';
  }
  const before = editorText(editor);
  const text = separatorBefore(before) + signature;
  for (const route of RICH_ROUTES) {
    placeCaretAtEnd(editor);
    const claimed = sendBy(route, editor, text);
    await settle(editor);
    let result = readBack(editor, before, text);
    // An editor that took the event may still be drawing: give it longer before offering the text again.
    if (result === 'unchanged' && claimed) {
      await grace();
      await settle(editor);
      result = readBack(editor, before, text);
    }
    if (result === 'signed') return 'inserted';
    if (result === 'changed') {
      if (route === 'command') undoCommand(editor, before);
      return readBack(editor, before, text) === 'unchanged' ? 'refused' : 'altered';
    }
  }
  return 'refused';
}

/**
 * Replaces the field's whole text (the portal's own signature setting), as selecting all and typing would: one
 * undo brings the old text back.
 */
export function replaceText(editor: ReplyEditor, text: string): void {
  focusEditor(editor);
  if (isTextControl(editor)) editor.setSelectionRange(0, editor.value.length);
  else editor.ownerDocument.getSelection()?.selectAllChildren(editor);
  let done = false;
  try {
    done = editor.ownerDocument.execCommand('insertText', false, text);
  } catch {
    done = false;
  }
  if (done) return;
  if (isTextControl(editor)) {
    editor.setRangeText('', 0, editor.value.length, 'end');
    typeIntoTextControl(editor, text);
  } else {
    editor.textContent = text;
  }
}
