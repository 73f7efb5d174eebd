// Lexical (Meta) as its docs set up a plain rich-text field without React: rich text and undo history.
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import { $getRoot, createEditor } from 'lexical';
import { registerPage } from './page';
import { versionOf } from './versions';

const root = document.getElementById('editor')!;
root.contentEditable = 'true';
root.setAttribute('role', 'textbox');
root.setAttribute('aria-label', 'Svar');
const editor = createEditor({
  namespace: 'svar',
  nodes: [HeadingNode, QuoteNode],
  onError: (error) => {
    throw error;
  },
});
editor.setRootElement(root);
mergeRegister(registerRichText(editor), registerHistory(editor, createEmptyHistoryState(), 300));

registerPage({
  library: versionOf('lexical'),
  // Lexical joins paragraphs with a blank line; one line break each, as the other pages.
  model: () =>
    editor.getEditorState().read(() =>
      $getRoot()
        .getChildren()
        .map((block) => block.getTextContent())
        .join('\n'),
    ),
});
