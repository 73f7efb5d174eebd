import { containsSignature } from './detect';

/** A field a reply is written in: a textarea, a text input, or a rich-text editor's contenteditable host. */
export type ReplyEditor = HTMLTextAreaElement | HTMLInputElement | HTMLElement;

const TEXT_INPUT_TYPES = ['text', 'search', ''];

function isTextControl(element: Element): element is HTMLTextAreaElement | HTMLInputElement {
  if (element instanceof HTMLTextAreaElement) return true;
  return element instanceof HTMLInputElement && TEXT_INPUT_TYPES.includes(element.getAttribute('type') ?? '');
}

/**
 * The editable field an event target belongs to: the textarea or input itself, or the outermost editing host of a
 * rich-text editor (the element whose text is the whole reply). Null when the target is not editable.
 */
export function editorOf(target: EventTarget | null): ReplyEditor | null {
  const node = target instanceof Node ? target : null;
  const element = node instanceof Element ? node : (node?.parentElement ?? null);
  if (!element) return null;
  if (isTextControl(element)) return element.disabled || element.readOnly ? null : element;
  if (!element.closest('[contenteditable]') || !(element as HTMLElement).isContentEditable) return null;
  let host = element as HTMLElement;
  while (host.parentElement?.isContentEditable) host = host.parentElement;
  return host;
}

/** The reply's text as the clinician sees it (line breaks included where the browser lays them out). */
export function editorText(editor: ReplyEditor): string {
  if (isTextControl(editor)) return editor.value;
  return (typeof editor.innerText === 'string' ? editor.innerText : editor.textContent) ?? '';
}

/** A blank line between the reply and the signature, however much of it the reply already ends with. */
export function separatorBefore(text: string): string {
  const end = text.replace(/[ \t\u00a0]+$/, '');
  if (end.trim() === '') return '';
  if (end.endsWith('\n\n')) return '';
  return end.endsWith('\n') ? '\n' : '\n\n';
}

/** Puts the caret at the very end of the field, where a signature goes whatever the clinician was editing. */
export function placeCaretAtEnd(editor: ReplyEditor): void {
  if (isTextControl(editor)) {
    const end = editor.value.length;
    editor.setSelectionRange(end, end);
    return;
  }
  const selection = editor.ownerDocument.getSelection();
  if (!selection) return;
  const range = editor.ownerDocument.createRange();
  range.selectNodeContents(editor);
  range.collapse(false);
  selection.removeAllRanges();
  selection.addRange(range);
}

/** Only when the browser refuses `insertText`: the text goes in without undo history, still as plain text. */
function insertWithoutUndo(editor: ReplyEditor, text: string): void {
  if (isTextControl(editor)) {
    const end = editor.value.length;
    // setRangeText bypasses the `value` setter, so a framework's value tracker sees the change on `input`.
    editor.setRangeText(text, end, end, 'end');
  } else {
    const doc = editor.ownerDocument;
    const fragment = doc.createDocumentFragment();
    text.split('\n').forEach((line, index) => {
      if (index > 0) fragment.append(doc.createElement('br'));
      if (line) fragment.append(doc.createTextNode(line));
    });
    editor.append(fragment);
    placeCaretAtEnd(editor);
  }
  editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
}

export type InsertOutcome = 'inserted' | 'already-signed';

/**
 * Types the signature at the end of the reply the way a person's typing would: through the browser's own editing
 * command, so that `beforeinput`/`input` fire (a framework's state follows), the undo history gets one step (one
 * undo removes the whole signature), and the caret ends after it. The text is never parsed as markup. A reply that
 * already holds the signature is left alone.
 */
export function insertSignature(editor: ReplyEditor, signature: string): InsertOutcome {
  if (containsSignature(editorText(editor), signature)) {
    editor.focus();
    placeCaretAtEnd(editor);
    return 'already-signed';
  }
  editor.focus();
  placeCaretAtEnd(editor);
  const before = editorText(editor);
  const text = separatorBefore(before) + signature;
  let done = false;
  try {
    done = editor.ownerDocument.execCommand('insertText', false, text);
  } catch {
    done = false;
  }
  if (!done && editorText(editor) === before) insertWithoutUndo(editor, text);
  return 'inserted';
}

/**
 * Replaces the field's whole text (the portal's own signature setting), as selecting all and typing would: one
 * undo brings the old text back.
 */
export function replaceText(editor: ReplyEditor, text: string): void {
  editor.focus();
  if (isTextControl(editor)) editor.setSelectionRange(0, editor.value.length);
  else editor.ownerDocument.getSelection()?.selectAllChildren(editor);
  let done = false;
  try {
    done = editor.ownerDocument.execCommand('insertText', false, text);
  } catch {
    done = false;
  }
  if (done) return;
  if (isTextControl(editor)) editor.setRangeText('', 0, editor.value.length, 'end');
  else editor.replaceChildren();
  insertWithoutUndo(editor, text);
}
