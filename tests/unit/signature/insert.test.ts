// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { editorOf, editorText, insertSignature, replaceText } from '@/lib/checks/signature/insert';

/**
 * The DOM here has no editing commands (`execCommand('insertText')` does nothing), so these tests cover the
 * fallback path; the real path (undo history, React state, caret) is tested end to end in Chromium.
 */
const SIGNATURE = 'Med vänlig hälsning\n<img src=x onerror=alert(1)> Exempeldotter';

function inputEvents(element: HTMLElement): string[] {
  const seen: string[] = [];
  element.addEventListener('input', (event) => seen.push((event as InputEvent).inputType));
  return seen;
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
});

describe('inserting without editing commands', () => {
  it('appends to a textarea after a blank line and fires input, markup as text', () => {
    document.body.innerHTML = '<textarea>Hej!</textarea>';
    const field = document.querySelector('textarea')!;
    const events = inputEvents(field);
    expect(insertSignature(field, SIGNATURE)).toBe('inserted');
    expect(field.value).toBe(`Hej!\n\n${SIGNATURE}`);
    expect(events).toEqual(['insertText']);
    expect(field.selectionStart).toBe(field.value.length);
  });

  it('builds text nodes and line breaks in a rich-text editor, never elements from the text', () => {
    document.body.innerHTML = '<div contenteditable="true">Hej!</div>';
    const editor = document.querySelector<HTMLElement>('[contenteditable]')!;
    const events = inputEvents(editor);
    insertSignature(editor, SIGNATURE);
    expect(editor.querySelector('img')).toBeNull();
    expect(editor.textContent).toBe(`Hej!Med vänlig hälsning${SIGNATURE.split('\n')[1]}`);
    expect([...editor.childNodes].map((node) => node.nodeName)).toEqual([
      '#text',
      'BR',
      'BR',
      '#text',
      'BR',
      '#text',
    ]);
    expect(events).toEqual(['insertText']);
  });

  it('never inserts twice', () => {
    document.body.innerHTML = '<textarea></textarea>';
    const field = document.querySelector('textarea')!;
    expect(insertSignature(field, SIGNATURE)).toBe('inserted');
    expect(insertSignature(field, SIGNATURE)).toBe('already-signed');
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
