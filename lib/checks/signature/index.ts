import { browser } from 'wxt/browser';
import { t } from '../../i18n';
import { queryFirst } from '../../portals/query';
import type { ResolvedPortal } from '../../portals/types';
import { defineCheck } from '../types';
import { watchReplyFields } from './buttons';
import { deepActiveElement, editorOf, replyEditorIn, type ReplyEditor } from './editor';
import { parseInsertRequest } from './messages';
import { createNotices } from './notices';
import { offerPortalSignature } from './portal-signature';
import { watchSends } from './send-watch';
import { signReply } from './sign';
import { signatureFor } from './template';
import { watchTyping } from './typing';

function isMultiline(editor: ReplyEditor): boolean {
  return editor.localName !== 'input';
}

function firstVisibleReplyEditor(portal: ResolvedPortal): ReplyEditor | null {
  const field = queryFirst(portal, 'replyField');
  return field ? replyEditorIn(field) : null;
}

/**
 * Signature blocks in written replies (domain: "formell underskrift med namn, titel, arbetsplats och
 * kontaktuppgifter"): a button beside each reply field, the keyboard shortcut and the context menu insert it;
 * a reply sent without it is noticed. See README.md beside this file.
 */
export const signatureCheck = defineCheck({
  id: 'signature',
  portals: 'all',
  start({ ctx, portal, page, settings, signal }) {
    const own = settings.checks.signature;
    const rendered = signatureFor(own, settings.profile, portal.id, portal.signatureTemplate);
    const notices = createNotices(ctx, portal, signal);
    const sign = (editor: ReplyEditor) => void signReply(editor, rendered, notices.show, signal);
    watchTyping(document, signal);

    watchReplyFields(ctx, portal, signal, sign);
    watchSends({ portal, mode: own.onUnsignedSend, rendered, show: notices.show, signal });
    if (page === 'settings' && own.offerPortalSignature) {
      offerPortalSignature({ ctx, portal, signal, settings, show: notices.show });
    }

    // The context menu names no element: remember which editable field it was opened on.
    let contextTarget: ReplyEditor | null = null;
    document.addEventListener(
      'contextmenu',
      (event) => {
        contextTarget = editorOf(event.composedPath()[0] ?? null);
      },
      { capture: true, signal },
    );

    const onMessage = (raw: unknown) => {
      const request = parseInsertRequest(raw);
      if (!request) return undefined;
      const focused = editorOf(deepActiveElement());
      const chosen =
        request.via === 'contextMenu'
          ? contextTarget?.isConnected
            ? contextTarget
            : focused
          : focused && isMultiline(focused)
            ? focused
            : firstVisibleReplyEditor(portal);
      if (!chosen) notices.show({ kind: 'warning', text: t('signatureNoField') });
      else if (!isMultiline(chosen)) notices.show({ kind: 'warning', text: t('signatureSingleLine') });
      else sign(chosen);
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), {
      once: true,
    });
  },
});
