// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { editorOf, editorText, replyEditorIn } from '@/lib/checks/signature/editor';
import { insertSignature, replaceText } from '@/lib/checks/signature/insert';

/**
 * This DOM has no editing commands (`execCommand('insertText')` does nothing), so a textarea gets the fallback,
 * and the rich-text editors here are small stand-ins that behave as the families of real ones do: they keep their
 * own model and redraw from it. The real editors (Lexical, ProseMirror, Quill, CKEditor 5, Slate, Draft.js,
 * TinyMCE) are tested end to end in Chromium (tests/e2e/signature-editors.test.ts).
 */
const SIGNATURE = 'Med vänlig hälsning\n<img src=x onerror=alert(1)> Exempeldotter';

function inputEvents(element: HTMLElement): string[] {
  const seen: string[] = [];
  element.addEventListener('input', (event) => seen.push((event as InputEvent).inputType));
  return seen;
}

/**
 * A rich-text editor that keeps its text in a model and redraws the field from it a moment later (as frameworks
 * commit), and puts its own text back over any change made to its DOM from outside. `takes` says which input it
 * handles; `keep` cuts what it takes (a length limit).
 */
function modelEditor(options: { takes: ('paste' | 'beforeinput')[]; keep?: number; initial?: string }) {
  document.body.innerHTML = '<div class="composer"><div id="editor" contenteditable="true"></div></div>';
  const field = document.getElementById('editor')!;
  const seen: string[] = [];
  let model = options.initial ?? '';
  const draw = () => {
    field.textContent = model;
  };
  const take = (text: string) =>
    queueMicrotask(() => {
      model += options.keep === undefined ? text : text.slice(0, options.keep);
      draw();
    });
  field.addEventListener('paste', (event) => {
    seen.push('paste');
    event.preventDefault(); // a field that blocks pasting cancels it too
    if (options.takes.includes('paste')) take(event.clipboardData?.getData('text/plain') ?? '');
  });
  field.addEventListener('beforeinput', (event) => {
    seen.push('beforeinput');
    event.preventDefault();
    if (options.takes.includes('beforeinput')) take(event.data ?? '');
  });
  draw();
  return { field, seen, model: () => model };
}

describe('finding the field a request is for', () => {
  it('takes a textarea, the outermost editing host of a rich-text editor, and nothing read-only', () => {
    document.body.innerHTML = `
      <textarea id="plain"></textarea><textarea id="locked" readonly></textarea>
      <div id="rich" contenteditable="true"><p><b id="inner">Hej</b></p></div><p id="static">Text</p>`;
    expect(editorOf(document.getElementById('plain'))?.id).toBe('plain');
    expect(editorOf(document.getElementById('locked'))).toBeNull();
    expect(editorOf(document.getElementById('inner'))?.id).toBe('rich');
    expect(editorOf(document.getElementById('inner')?.firstChild ?? null)?.id).toBe('rich');
    expect(editorOf(document.getElementById('static'))).toBeNull();
  });

  it('reaches a field inside the open shadow root of a matched element', () => {
    document.body.innerHTML = '<reply-box id="box"></reply-box>';
    const box = document.getElementById('box')!;
    box.attachShadow({ mode: 'open' }).innerHTML = '<div contenteditable="true" id="inside">Hej</div>';
    expect(replyEditorIn(box)?.id).toBe('inside');
  });
});

describe('a textarea without editing commands', () => {
  it('appends after a blank line and fires input, markup as text, and says it is in', async () => {
    document.body.innerHTML = '<textarea>Hej!</textarea>';
    const field = document.querySelector('textarea')!;
    const events = inputEvents(field);
    expect(await insertSignature(field, SIGNATURE)).toBe('inserted');
    expect(field.value).toBe(`Hej!\n\n${SIGNATURE}`);
    expect(events).toEqual(['insertText']);
    expect(field.selectionStart).toBe(field.value.length);
  });

  it('never inserts twice', async () => {
    document.body.innerHTML = '<textarea></textarea>';
    const field = document.querySelector('textarea')!;
    expect(await insertSignature(field, SIGNATURE)).toBe('inserted');
    expect(await insertSignature(field, SIGNATURE)).toBe('already-signed');
    expect(field.value).toBe(SIGNATURE);
    expect(editorText(field)).toBe(SIGNATURE);
  });

  it('replaces the whole text of a portal’s own signature setting', () => {
    document.body.innerHTML = '<textarea>Med vänlig hälsning\nEva</textarea>';
    const field = document.querySelector('textarea')!;
    replaceText(field, SIGNATURE);
    expect(field.value).toBe(SIGNATURE);
  });
});

describe('a rich-text editor that redraws from its own model', () => {
  it('gets the signature as a paste when it takes pastes, once, and nothing else is tried', async () => {
    const editor = modelEditor({ takes: ['paste'], initial: 'Hej!' });
    expect(await insertSignature(editor.field, SIGNATURE)).toBe('inserted');
    expect(editor.model()).toBe(`Hej!\n\n${SIGNATURE}`);
    expect(editor.seen).toEqual(['paste']);
    expect(editor.field.querySelector('img')).toBeNull();
    expect(await insertSignature(editor.field, SIGNATURE)).toBe('already-signed');
    expect(editor.model()).toBe(`Hej!\n\n${SIGNATURE}`);
  });

  it('gets it as beforeinput when it blocks pasting but takes typed input', async () => {
    const editor = modelEditor({ takes: ['beforeinput'], initial: 'Hej!' });
    expect(await insertSignature(editor.field, SIGNATURE)).toBe('inserted');
    expect(editor.model()).toBe(`Hej!\n\n${SIGNATURE}`);
    expect(editor.seen).toEqual(['paste', 'beforeinput']);
  });

  it('reports a refusal as refused, with the clinician’s text as it was', async () => {
    const editor = modelEditor({ takes: [], initial: 'Hej!' });
    expect(await insertSignature(editor.field, SIGNATURE)).toBe('refused');
    expect(editor.model()).toBe('Hej!');
    expect(editorText(editor.field)).toBe('Hej!');
  });

  it('says so when the field cut the signature, and offers nothing a second time', async () => {
    const editor = modelEditor({ takes: ['paste', 'beforeinput'], keep: 12, initial: 'Hej!' });
    expect(await insertSignature(editor.field, SIGNATURE)).toBe('altered');
    expect(editor.seen).toEqual(['paste']);
    expect(editor.model()).toBe(`Hej!\n\n${SIGNATURE}`.slice(0, 'Hej!'.length + 12));
  });
});
