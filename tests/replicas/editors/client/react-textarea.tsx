/** @jsxImportSource react */
// A React 19 controlled <textarea>: the field shows the component's state, which only real input events change.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { registerPage } from './page';
import { versionOf } from './versions';

let current = '';

function ReplyForm() {
  const [value, setValue] = useState('');
  current = value;
  return (
    <form className="sob-svarsformular" action="#">
      <textarea
        className="sob-svarsfalt"
        name="svar"
        aria-label="Svar"
        value={value}
        onChange={(event) => setValue(event.target.value)}
      />
      <button type="submit">Skicka</button>
    </form>
  );
}

const app = document.getElementById('app')!;
createRoot(app).render(<ReplyForm />);
// The form is React's: wait for it before wiring the page's send to it.
new MutationObserver((_, observer) => {
  if (!app.querySelector('form')) return;
  observer.disconnect();
  registerPage({ library: versionOf('react'), model: () => current });
}).observe(app, { childList: true, subtree: true });
