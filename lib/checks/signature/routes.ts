/**
 * The ways text can go into a rich-text editor as the clinician's own input. Editors differ in what they accept:
 * most take a paste and insert it through their own model (one undo step), some take `beforeinput`, and a plain
 * contenteditable takes only the browser's editing command (which fires no `beforeinput`, so editors that redraw
 * from their own model put their old text back). Which one a field takes is found out by trying them in this
 * order and reading the field back after each, never by the editor's name.
 */
import type { ReplyEditor } from './editor';

export type Route = 'paste' | 'beforeinput' | 'command';

export const RICH_ROUTES: readonly Route[] = ['paste', 'beforeinput', 'command'];

/**
 * Sends `text` to the editor by one route. Nothing happens when the editor does not take that route. True when the
 * editor claimed the input (cancelled the event to handle it itself) or the browser ran the command.
 */
export function sendBy(route: Route, editor: ReplyEditor, text: string): boolean {
  const doc = editor.ownerDocument;
  // The editor's own realm (an iframe has its own), so that its `instanceof` checks on the event hold.
  const view = (doc.defaultView ?? window) as typeof window;
  if (route === 'paste') {
    const data = new view.DataTransfer();
    data.setData('text/plain', text);
    const event = new view.ClipboardEvent('paste', {
      clipboardData: data,
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    targetOf(editor).dispatchEvent(event);
    return event.defaultPrevented;
  } else if (route === 'beforeinput') {
    const event = new view.InputEvent('beforeinput', {
      inputType: 'insertText',
      data: text,
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    targetOf(editor).dispatchEvent(event);
    return event.defaultPrevented;
  }
  try {
    return doc.execCommand('insertText', false, text);
  } catch {
    return false; // refused by the browser: the read-back tells
  }
}

/** Where a typing person's events start: the element holding the caret inside the editor, else the editor. */
function targetOf(editor: ReplyEditor): Element {
  const focus = editor.ownerDocument.getSelection()?.focusNode;
  const element = focus?.nodeType === 1 ? (focus as Element) : (focus?.parentElement ?? null);
  return element && editor.contains(element) ? element : editor;
}

/** A while for an editor that claimed the input but has not shown it yet (work of its own before it draws). */
export function grace(ms = 300): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Resolves once the editor has had the chance to take the input and redraw: two animation frames and a task
 * (frameworks commit in a microtask or the next frame), or at most `limitMs` when the page draws no frames (a tab
 * in the background).
 */
export function settle(editor: ReplyEditor, limitMs = 200): Promise<void> {
  const view = editor.ownerDocument.defaultView ?? window;
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      resolve();
    };
    view.requestAnimationFrame(() => view.requestAnimationFrame(() => setTimeout(finish, 0)));
    setTimeout(finish, limitMs);
  });
}
