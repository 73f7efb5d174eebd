/**
 * Reply fields as the clinician sees them: a textarea, a text input, or a rich-text editor's editing host, also
 * inside a same-origin iframe (classic editors edit an iframe's `<body>`) or an open shadow root. Elements of an
 * iframe belong to another JavaScript realm, so nothing here relies on `instanceof`.
 */

/** A field a reply is written in: a textarea, a text input, or a rich-text editor's contenteditable host. */
export type ReplyEditor = HTMLTextAreaElement | HTMLInputElement | HTMLElement;

const TEXT_INPUT_TYPES = ['text', 'search', ''];

function isElement(node: unknown): node is HTMLElement {
  return typeof node === 'object' && node !== null && (node as Node).nodeType === 1;
}

export function isTextControl(element: Element): element is HTMLTextAreaElement | HTMLInputElement {
  if (element.localName === 'textarea') return true;
  return element.localName === 'input' && TEXT_INPUT_TYPES.includes(element.getAttribute('type') ?? '');
}

function isEditableBody(element: HTMLElement): boolean {
  return element.isContentEditable || element.ownerDocument.designMode === 'on';
}

/**
 * The editable field an event target belongs to: the textarea or input itself, or the outermost editing host of a
 * rich-text editor (the element whose text is the whole reply). Null when the target is not editable.
 */
export function editorOf(target: EventTarget | null): ReplyEditor | null {
  const node = target !== null && typeof (target as Node).nodeType === 'number' ? (target as Node) : null;
  const element = isElement(node) ? node : (node?.parentElement ?? null);
  if (!element) return null;
  if (isTextControl(element)) return element.disabled || element.readOnly ? null : element;
  if (element.localName === 'body' && isEditableBody(element)) return element;
  if (!element.isContentEditable) return null;
  let host = element;
  while (host.parentElement?.isContentEditable) host = host.parentElement;
  return host;
}

/** The body of a same-origin iframe whose document is being edited (TinyMCE, CKEditor 4 and their kind). */
function editableFrameBody(frame: Element): HTMLElement | null {
  if (frame.localName !== 'iframe') return null;
  try {
    const body = (frame as HTMLIFrameElement).contentDocument?.body;
    return body && isEditableBody(body) ? body : null;
  } catch {
    return null; // another origin: out of reach, as for the clinician's own scripts
  }
}

const EDITABLE = 'textarea, input, [contenteditable=""], [contenteditable="true"], iframe';

function firstEditorWithin(root: ParentNode): ReplyEditor | null {
  for (const candidate of Array.from(root.querySelectorAll(EDITABLE))) {
    const editor =
      editableFrameBody(candidate) ?? (candidate.localName === 'iframe' ? null : editorOf(candidate));
    if (editor) return editor;
  }
  return null;
}

/** The first editor in an element's light DOM, else in its open shadow root (a web component's field). */
function editorInside(element: Element): ReplyEditor | null {
  return firstEditorWithin(element) ?? (element.shadowRoot ? firstEditorWithin(element.shadowRoot) : null);
}

function isRendered(element: Element): boolean {
  return (element as HTMLElement).getClientRects().length > 0;
}

/**
 * A rich-text editor set up on a form's textarea hides the textarea and shows itself right after it (TinyMCE,
 * CKEditor, a web component with its field in a shadow root): the field the clinician types in is that editor,
 * and the editor copies its text back on send.
 */
function editorInPlaceOf(textarea: Element): ReplyEditor | null {
  for (let next = textarea.nextElementSibling; next; next = next.nextElementSibling) {
    // The extension's own button may sit between the textarea and the editor.
    if (next.localName.startsWith('vmk-')) continue;
    const editor = isRendered(next) ? (editableFrameBody(next) ?? editorInside(next)) : null;
    if (editor) return editor;
  }
  return null;
}

/**
 * The editor a matched reply-field element stands for (the selector may name the field, a wrapper of it, an iframe
 * holding it, the host of a shadow root holding it, or the hidden textarea an editor replaced).
 */
export function replyEditorIn(element: Element): ReplyEditor | null {
  if (isTextControl(element) && !isRendered(element)) {
    const replacing = editorInPlaceOf(element);
    if (replacing) return replacing;
  }
  return editableFrameBody(element) ?? editorOf(element) ?? editorInside(element);
}

/** The element that has focus, looking into open shadow roots and same-origin iframes of the host page. */
export function deepActiveElement(doc: Document = document): Element | null {
  let active = doc.activeElement;
  for (;;) {
    if (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    else if (active?.localName === 'iframe' && editableFrameBody(active)) {
      active = (active as HTMLIFrameElement).contentDocument?.activeElement ?? null;
    } else return active;
  }
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

/** Gives the field focus, also when it is the body of an iframe (the frame takes focus first). */
export function focusEditor(editor: ReplyEditor): void {
  const view = editor.ownerDocument.defaultView;
  if (view && view !== window) view.focus();
  editor.focus();
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
