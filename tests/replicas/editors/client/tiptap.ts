// TipTap (ProseMirror) with its starter kit, as its docs set it up without a framework.
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { registerPage } from './page';
import { versionOf } from './versions';

const editor = new Editor({
  element: document.getElementById('editor')!,
  extensions: [StarterKit],
  editorProps: { attributes: { role: 'textbox', 'aria-label': 'Svar' } },
});

registerPage({
  library: `${versionOf('@tiptap/core')}, ${versionOf('prosemirror-view')}`,
  model: () => editor.getText({ blockSeparator: '\n' }),
});
