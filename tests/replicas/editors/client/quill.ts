// Quill 2 with the snow theme's defaults (toolbar left out: the signature needs none).
import Quill from 'quill';
import { registerPage } from './page';
import { versionOf } from './versions';

const quill = new Quill(document.getElementById('editor')!, { modules: { toolbar: false } });
quill.root.setAttribute('role', 'textbox');
quill.root.setAttribute('aria-label', 'Svar');

registerPage({
  library: versionOf('quill'),
  // Quill's text always ends with the line break of its last line.
  model: () => quill.getText().replace(/\n$/, ''),
});
