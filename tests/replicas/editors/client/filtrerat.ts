/**
 * Made up, not a library: a reply field that refuses the signature. It keeps its own model and redraws the field
 * from it, takes only what is typed on the keyboard (trusted `beforeinput`), blocks pasting and dropping, and puts
 * back any change made to its DOM from outside, as fields that forbid pasting do.
 */
import { registerPage } from './page';

const field = document.getElementById('editor')!;
field.contentEditable = 'true';
field.setAttribute('role', 'textbox');
field.setAttribute('aria-label', 'Svar');
let model = '';
let drawing = false;

function draw(): void {
  drawing = true;
  field.textContent = model;
  const selection = getSelection();
  selection?.selectAllChildren(field);
  selection?.collapseToEnd();
  observer.takeRecords();
  drawing = false;
}

const observer = new MutationObserver(() => {
  if (!drawing) draw();
});
observer.observe(field, { childList: true, subtree: true, characterData: true });

field.addEventListener('beforeinput', (event) => {
  event.preventDefault();
  if (!event.isTrusted) return;
  if (event.inputType === 'insertText') model += event.data ?? '';
  else if (event.inputType === 'insertParagraph' || event.inputType === 'insertLineBreak') model += '\n';
  else if (event.inputType === 'deleteContentBackward') model = model.slice(0, -1);
  else return;
  draw();
});
field.addEventListener('paste', (event) => event.preventDefault());
field.addEventListener('drop', (event) => event.preventDefault());

registerPage({ library: 'påhittat fält, inget bibliotek', model: () => model });
