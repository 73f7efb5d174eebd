/**
 * Made up, not a library: a web component of the design-system kind that takes over a form's textarea. It hides
 * the form's own textarea, shows its own field inside an open shadow root, and copies its value back for the
 * form, as components that enhance a plain form do.
 */
import { registerPage } from './page';

class ReplyField extends HTMLElement {
  readonly field: HTMLTextAreaElement;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = `<style>textarea { box-sizing: border-box; font: inherit; min-height: 8rem; width: 100%; }</style>
      <textarea part="field" aria-label="Svar"></textarea>`;
    this.field = root.querySelector('textarea')!;
  }
}
customElements.define('svar-falt', ReplyField);

const original = document.querySelector<HTMLTextAreaElement>('textarea.sob-svarsfalt')!;
const component = document.createElement('svar-falt') as ReplyField;
original.hidden = true;
original.after(component);
component.field.addEventListener('input', () => {
  original.value = component.field.value;
});

registerPage({ library: 'påhittad webbkomponent, inget bibliotek', model: () => component.field.value });
