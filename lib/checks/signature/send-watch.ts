import type { SignatureNoticeContent } from '@/components/signature/SignatureNotice';
import { t } from '../../i18n';
import { sendToBackground } from '../../messages';
import { closestOf, queryFirst } from '../../portals/query';
import type { ResolvedPortal } from '../../portals/types';
import { compact, containsSignature, hasText } from './detect';
import { editorText, isTextControl, replyEditorIn, type ReplyEditor } from './editor';
import { insertIntoTextControl, insertSignature, type InsertOutcome } from './insert';
import { incompleteNotice } from './sign';
import type { UnsignedSendMode } from './settings';
import type { RenderedSignature } from './template';

const isSigned = (outcome: InsertOutcome) => outcome === 'inserted' || outcome === 'already-signed';

/**
 * Per field, the reply (compacted) whose send was held because the field refused the signature: sending the same
 * text again sends it as it is. Kept across the check's restarts (a settings change while the notice shows).
 */
const refusedReplies = new WeakMap<Element, string>();

/**
 * Notices a reply going out without the signature, on the portal's own send (its button, or its form's submit).
 * The listeners run in the capture phase, before the portal's own.
 *
 * - `warn`: a notice that the reply went unsigned; the send is never touched.
 * - `insert`: the signature goes in before the portal reads the field, by the same verified insertion as the
 *   button. A textarea takes it synchronously, before the portal's handler runs. A rich-text editor takes it
 *   asynchronously, so its send is held: the signature goes in, the field is read back, and only then is the
 *   send repeated (the portal's button clicked, its form submitted). If the field refuses the signature, the reply
 *   is not sent and the clinician is told so, with the signature to copy; a second send of the same text goes out
 *   as it is. When the signature is incomplete, it warns instead.
 *
 * Each send that goes out is told to the background (`reply:sent`: the portal and whether it was signed, never the
 * text), which reminds the clinician to document the contact.
 */
export function watchSends(options: {
  portal: ResolvedPortal;
  mode: UnsignedSendMode;
  rendered: RenderedSignature;
  show: (notice: SignatureNoticeContent) => void;
  signal: AbortSignal;
}): void {
  const { portal, mode, rendered, show, signal } = options;
  let lastHandled = Number.NEGATIVE_INFINITY;
  let resending = false;

  const report = (signed: boolean) =>
    void sendToBackground({ type: 'reply:sent', portal: portal.id, at: Date.now(), signed });
  const warnUnsigned = (problem?: SignatureNoticeContent) =>
    show({ ...(problem ?? { kind: 'warning', text: t('signatureSentWithout') }), persist: true });

  const resend = (origin: Element, submitter: HTMLElement | null) => {
    resending = true;
    try {
      if (origin.localName === 'form') (origin as HTMLFormElement).requestSubmit(submitter ?? undefined);
      else (origin as HTMLElement).click();
    } finally {
      resending = false;
    }
  };

  /** A rich-text editor: hold this send, insert, read back, then send again (or say why not). */
  const signThenSend = (editor: ReplyEditor, origin: Element, event: Event) => {
    const submitter = event instanceof SubmitEvent ? event.submitter : null;
    event.preventDefault();
    event.stopImmediatePropagation();
    void insertSignature(editor, rendered.text).then((outcome) => {
      if (signal.aborted) return; // the check restarted meanwhile: the clinician sends again
      if (!isSigned(outcome)) {
        refusedReplies.set(editor, compact(editorText(editor)));
        lastHandled = Number.NEGATIVE_INFINITY; // that send did not go: the next one is a send of its own
        show({ kind: 'warning', text: t('signatureSendHeld'), copyText: rendered.text });
        return;
      }
      report(true);
      show({ kind: 'info', text: t('signatureAddedOnSend') });
      if (origin.isConnected) resend(origin, submitter);
    });
  };

  const onSend = (origin: Element, event: Event) => {
    if (resending) return;
    // A submit button's click is followed by its form's submit: one send.
    if (performance.now() - lastHandled < 500) return;
    const scope = origin.closest('form') ?? document;
    const field = queryFirst(portal, 'replyField', scope) ?? queryFirst(portal, 'replyField');
    const editor = field && replyEditorIn(field);
    if (!editor) return;
    const text = editorText(editor);
    if (!hasText(text)) return;
    lastHandled = performance.now();
    const signed = Boolean(rendered.text) && containsSignature(text, rendered.text);
    const problem = incompleteNotice(rendered, t('signatureSentWithout'));
    const sendAsItIs = refusedReplies.get(editor) === compact(text);
    refusedReplies.delete(editor);
    if (signed || mode === 'off' || mode === 'warn' || problem || sendAsItIs) {
      report(signed);
      if (!signed && mode !== 'off') warnUnsigned(problem);
      return;
    }
    if (!isTextControl(editor)) return signThenSend(editor, origin, event);
    const outcome = insertIntoTextControl(editor, rendered.text);
    report(isSigned(outcome));
    if (isSigned(outcome)) show({ kind: 'info', text: t('signatureAddedOnSend') });
    else warnUnsigned({ kind: 'warning', text: t('signatureSentWithout'), copyText: rendered.text });
  };

  document.addEventListener(
    'click',
    (event) => {
      const target = event.composedPath()[0];
      if (!(target instanceof Element)) return;
      const button = closestOf(portal, 'sendButton', target);
      if (button && !(button as HTMLButtonElement).disabled) onSend(button, event);
    },
    { capture: true, signal },
  );
  document.addEventListener(
    'submit',
    (event) => {
      const form = event.target;
      if (form instanceof HTMLFormElement && queryFirst(portal, 'replyField', form)) onSend(form, event);
    },
    { capture: true, signal },
  );
}
