/**
 * Editors close the clinician's typing into an undo step only once typing pauses (ProseMirror after 0.5 s, Quill
 * after 1 s, Lexical as set up): text put in sooner joins that step, and one undo would take the clinician's last
 * words with the signature. So the signature waits for such a pause after the last keystroke in the field's
 * document. Only when the time of a keystroke is recorded; never the text.
 */
export const TYPING_PAUSE_MS = 1100;

const lastTyped = new WeakMap<Document, number>();

/** Records when the clinician last typed in `doc` (beforeinput covers editors that cancel the browser's input). */
export function watchTyping(doc: Document, signal: AbortSignal): void {
  if (lastTyped.has(doc) || signal.aborted) return;
  lastTyped.set(doc, Number.NEGATIVE_INFINITY);
  const record = (event: Event) => {
    if (event.isTrusted) lastTyped.set(doc, performance.now());
  };
  for (const type of ['beforeinput', 'input']) doc.addEventListener(type, record, { capture: true, signal });
  signal.addEventListener('abort', () => lastTyped.delete(doc), { once: true });
}

/** Resolves once the pause has passed since the last keystroke in `doc` (at once if there was none lately). */
export function afterTypingPause(doc: Document, signal: AbortSignal): Promise<void> {
  // A document not watched before (an editor's iframe met for the first time): its last keystroke is unknown.
  const last = lastTyped.get(doc) ?? performance.now();
  watchTyping(doc, signal);
  const wait = TYPING_PAUSE_MS - (performance.now() - last);
  return wait > 0 ? new Promise((resolve) => setTimeout(resolve, wait)) : Promise.resolve();
}
