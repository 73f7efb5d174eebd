/**
 * What every editor page shares: the page's own send (it reads the editor's model, never the DOM, and lists what
 * went), and `window.editorPage` for the tests to read that model.
 */
export interface EditorPage {
  /** The library and version the page runs, as installed. */
  library: string;
  /** The reply as the editor's own model holds it (paragraphs joined by line breaks). */
  model(): string;
}

declare global {
  interface Window {
    editorPage?: EditorPage;
  }
}

function showSent(text: string): void {
  const item = document.createElement('li');
  item.className = 'skickat-svar';
  item.textContent = text;
  document.getElementById('skickat')?.append(item);
}

/** Wires the page's send (a button, or a form's submit) to the editor's model. */
export function registerPage(page: EditorPage): void {
  window.editorPage = page;
  const version = document.getElementById('version');
  if (version) version.textContent = page.library;
  document.querySelector('.vc-send-button')?.addEventListener('click', () => showSent(page.model()));
  document.querySelector('form.sob-svarsformular')?.addEventListener('submit', (event) => {
    event.preventDefault();
    showSent(page.model());
  });
}
