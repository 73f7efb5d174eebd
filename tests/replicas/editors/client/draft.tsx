/** @jsxImportSource react */
// Draft.js (archived by Meta, still in many apps) as its docs set up a plain editor. It calls ReactDOM.findDOMNode,
// which React 19 dropped from its public exports: build.ts hands it react-dom-find-node.ts instead.
import { Editor, EditorState } from 'draft-js';
import 'draft-js/dist/Draft.css';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { registerPage } from './page';
import { versionOf } from './versions';

let current = EditorState.createEmpty();

function Reply() {
  const [state, setState] = useState(current);
  current = state;
  return (
    <Editor
      editorState={state}
      onChange={(next) => {
        current = next;
        setState(next);
      }}
      ariaLabel="Svar"
    />
  );
}

createRoot(document.getElementById('editor')!).render(<Reply />);
registerPage({
  library: versionOf('draft-js'),
  model: () => current.getCurrentContent().getPlainText('\n'),
});
