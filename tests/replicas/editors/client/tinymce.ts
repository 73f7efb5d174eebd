// TinyMCE in its classic (iframe) mode, replacing the form's textarea as a portal's setup would; self-hosted
// (model, theme, icons and skin bundled as its bundling guide does), under its GPL licence key.
import tinymce from 'tinymce';
import 'tinymce/icons/default';
import 'tinymce/models/dom';
import 'tinymce/skins/content/default/content.js';
import 'tinymce/skins/ui/oxide/content.js';
import 'tinymce/skins/ui/oxide/skin.js';
import 'tinymce/themes/silver';
import { registerPage } from './page';
import { versionOf } from './versions';

const [editor] = await tinymce.init({
  target: document.querySelector<HTMLElement>('textarea.sob-svarsfalt')!,
  license_key: 'gpl',
  skin_url: 'default',
  content_css: 'default',
  menubar: false,
  toolbar: false,
  statusbar: false,
  height: 240,
});

registerPage({
  library: versionOf('tinymce'),
  model: () => editor?.getContent({ format: 'text' }) ?? '',
});
