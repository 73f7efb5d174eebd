import type { SignatureNoticeContent } from '@/components/signature/SignatureNotice';
import { t } from '../../i18n';
import { FIELD_LABEL_KEYS } from './fields';
import { insertSignature, type InsertOutcome, type ReplyEditor } from './insert';
import { isComplete, type RenderedSignature } from './template';

/** Why the signature cannot go in: what is missing, in the clinician's words. Undefined when it can. */
export function incompleteNotice(
  rendered: RenderedSignature,
  intro: string,
): SignatureNoticeContent | undefined {
  if (isComplete(rendered)) return undefined;
  if (rendered.unknown.length > 0) {
    return {
      kind: 'warning',
      text: `${intro} ${t('signatureUnknownPlaceholders', rendered.unknown.map((name) => `{${name}}`).join(', '))}`,
    };
  }
  if (rendered.missing.length > 0) {
    return {
      kind: 'warning',
      text: `${intro} ${t('signatureMissingFields')}`,
      missing: rendered.missing.map((field) => t(FIELD_LABEL_KEYS[field])),
      openOptions: true,
    };
  }
  return { kind: 'warning', text: `${intro} ${t('signatureEmpty')}`, openOptions: true };
}

export type SignOutcome = InsertOutcome | 'incomplete';

/**
 * The clinician asked for the signature (button, shortcut, context menu): insert it, or say what is missing
 * instead of inserting half a signature.
 */
export function signReply(
  editor: ReplyEditor,
  rendered: RenderedSignature,
  show: (notice: SignatureNoticeContent) => void,
): SignOutcome {
  const problem = incompleteNotice(rendered, t('signatureNotInserted'));
  if (problem) {
    show(problem);
    return 'incomplete';
  }
  const outcome = insertSignature(editor, rendered.text);
  show({
    kind: 'info',
    text: outcome === 'inserted' ? t('signatureInserted') : t('signatureAlreadyThere'),
  });
  return outcome;
}
