// A plain <textarea> in a form, the browser's own field.
import { registerPage } from './page';

const field = document.querySelector<HTMLTextAreaElement>('textarea.sob-svarsfalt')!;
registerPage({ library: 'webbläsarens textarea', model: () => field.value });
