// CKEditor 5, the classic editor with its essentials (typing, clipboard, undo, enter), under its GPL licence key.
import { ClassicEditor, Essentials, Paragraph, type ModelNode } from 'ckeditor5-untyped';
import 'ckeditor5/ckeditor5.css';
import { registerPage } from './page';
import { versionOf } from './versions';

const editor = await ClassicEditor.create(document.getElementById('editor')!, {
  licenseKey: 'GPL',
  plugins: [Essentials, Paragraph],
  toolbar: [],
});

function blockText(block: ModelNode): string {
  return Array.from(block.getChildren?.() ?? [])
    .map((node) =>
      node.is('$text') || node.is('$textProxy')
        ? (node.data ?? '')
        : node.is('element', 'softBreak')
          ? '\n'
          : '',
    )
    .join('');
}

registerPage({
  library: versionOf('ckeditor5'),
  model: () =>
    Array.from(editor.model.document.getRoot().getChildren?.() ?? [])
      .map(blockText)
      .join('\n'),
});
