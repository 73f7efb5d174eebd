import type { SignatureNoticeContent } from '@/components/signature/SignatureNotice';
import { t } from '../../i18n';
import { sendToBackground } from '../../messages';
import { closestOf, queryFirst } from '../../portals/query';
import type { ResolvedPortal } from '../../portals/types';
import { replyEditorIn } from './buttons';
import { containsSignature, hasText } from './detect';
import { editorText, insertSignature } from './insert';
import { incompleteNotice } from './sign';
import type { UnsignedSendMode } from './settings';
import { isComplete, type RenderedSignature } from './template';

/**
 * Notices a reply going out without the signature, on the portal's own send (its button, or its form's submit),
 * and never stands in its way: the listeners run in the capture phase, before the portal's own, and never call
 * preventDefault or stop the event.
 *
 * - `warn`: a notice that the reply went unsigned.
 * - `insert`: the signature is typed in synchronously, before the portal's handler reads the field (a form
 *   serialises its fields after `submit`; an app's click handler runs after this listener), then a notice.
 *   When the signature is incomplete, it warns instead.
 *
 * Whatever the mode, each send is told to the background (`reply:sent`: the portal and whether it was signed,
 * never the text), which reminds the clinician to document the contact.
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

  const onSend = (origin: Element) => {
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
    const insertsNow = mode === 'insert' && !signed && isComplete(rendered);
    void sendToBackground({
      type: 'reply:sent',
      portal: portal.id,
      at: Date.now(),
      signed: signed || insertsNow,
    });
    if (signed || mode === 'off') return;

    const problem = incompleteNotice(rendered, t('signatureSentWithout'));
    if (mode === 'insert' && !problem) {
      insertSignature(editor, rendered.text);
      show({ kind: 'info', text: t('signatureAddedOnSend') });
      return;
    }
    show({ ...(problem ?? { kind: 'warning', text: t('signatureSentWithout') }), persist: true });
  };

  document.addEventListener(
    'click',
    (event) => {
      const target = event.composedPath()[0];
      if (!(target instanceof Element)) return;
      const button = closestOf(portal, 'sendButton', target);
      if (button && !(button as HTMLButtonElement).disabled) onSend(button);
    },
    { capture: true, signal },
  );
  document.addEventListener(
    'submit',
    (event) => {
      const form = event.target;
      if (form instanceof HTMLFormElement && queryFirst(portal, 'replyField', form)) onSend(form);
    },
    { capture: true, signal },
  );
}
