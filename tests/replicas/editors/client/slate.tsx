/** @jsxImportSource react */
// Slate with slate-react and slate-history, as its docs' plain-text example sets it up (React 19).
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createEditor, Node, type Descendant } from 'slate';
import { withHistory } from 'slate-history';
import { Editable, Slate, withReact } from 'slate-react';
import { registerPage } from './page';
import { versionOf } from './versions';

const editor = withHistory(withReact(createEditor()));
const initialValue: Descendant[] = [{ children: [{ text: '' }] } as Descendant];

function Reply() {
  const [value] = useState(initialValue);
  return (
    <Slate editor={editor} initialValue={value}>
      <Editable aria-label="Svar" />
    </Slate>
  );
}

createRoot(document.getElementById('editor')!).render(<Reply />);
registerPage({
  library: `${versionOf('slate')}, ${versionOf('slate-react')}`,
  model: () => editor.children.map((block) => Node.string(block)).join('\n'),
});
