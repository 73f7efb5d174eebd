import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { SignatureButton } from '@/components/signature/SignatureButton';
import type { SignatureNoticeContent } from '@/components/signature/SignatureNotice';
import { t } from '../../i18n';
import { queryFirst } from '../../portals/query';
import type { ResolvedPortal } from '../../portals/types';
import type { Settings } from '../../settings/schema';
import { containsSignature } from './detect';
import { editorText, replyEditorIn } from './editor';
import { replaceText } from './insert';
import { incompleteNotice } from './sign';
import { signatureFor } from './template';

/**
 * On a portal's personal settings page (1177: "Signatur", which the staff tool appends to every answer), offer to
 * fill the portal's own signature with the full one (name, title, workplace, contact details), so that every
 * answer carries it even where the extension is not in the reply. The clinician reviews it and saves the portal's
 * form; nothing is saved for them.
 */
export function offerPortalSignature(options: {
  ctx: ContentScriptContext;
  portal: ResolvedPortal;
  signal: AbortSignal;
  settings: Settings;
  show: (notice: SignatureNoticeContent) => void;
}): void {
  const { ctx, portal, signal, settings, show } = options;
  const field = queryFirst(portal, 'signatureSetting');
  if (!field || !replyEditorIn(field)) return;
  const full = signatureFor(settings.checks.signature, settings.profile, 'default');

  const fill = () => {
    const editor = replyEditorIn(field);
    if (!editor) return;
    const problem = incompleteNotice(full, t('signatureNotFilled'));
    if (problem) return show(problem);
    if (containsSignature(editorText(editor), full.text)) {
      return show({ kind: 'info', text: t('signaturePortalAlready') });
    }
    replaceText(editor, full.text);
    show({ kind: 'info', text: t('signaturePortalFilled') });
  };

  void createShadowRootUi(ctx, {
    name: 'vmk-signature-fill',
    position: 'inline',
    anchor: field,
    append: 'after',
    onMount(container, _shadow, host) {
      host.setAttribute('data-vmk-signature-fill', portal.id);
      render(<SignatureButton variant="portalSetting" onInsert={fill} />, container);
      return container;
    },
    onRemove: (container) => container && render(null, container),
  }).then((ui) => {
    if (signal.aborted) return;
    ui.mount();
    signal.addEventListener('abort', () => ui.remove(), { once: true });
  });
}
