import type { SignatureNoticeContent } from '@/components/signature/SignatureNotice';
import { t } from '../../i18n';
import type { ReplyEditor } from './editor';
import { FIELD_LABEL_KEYS } from './fields';
import { insertSignature, type InsertOutcome } from './insert';
import { isComplete, type RenderedSignature } from './template';
import { afterTypingPause } from './typing';

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

/** What the clinician is told once the field has been read back. */
export function outcomeNotice(outcome: InsertOutcome, signature: string): SignatureNoticeContent {
  switch (outcome) {
    case 'inserted':
      return { kind: 'info', text: t('signatureInserted') };
    case 'already-signed':
      return { kind: 'info', text: t('signatureAlreadyThere') };
    case 'refused':
      return { kind: 'warning', text: t('signatureRefused'), copyText: signature };
    case 'altered':
      return { kind: 'warning', text: t('signatureAltered'), copyText: signature };
  }
}

export type SignOutcome = InsertOutcome | 'incomplete';

/**
 * The clinician asked for the signature (button, shortcut, context menu): insert it once the editor has closed
 * their typing into its own undo step (`typing.ts`), and say what the field holds afterwards; or say what is
 * missing instead of inserting half a signature.
 */
export async function signReply(
  editor: ReplyEditor,
  rendered: RenderedSignature,
  show: (notice: SignatureNoticeContent) => void,
  signal: AbortSignal,
): Promise<SignOutcome> {
  const problem = incompleteNotice(rendered, t('signatureNotInserted'));
  if (problem) {
    show(problem);
    return 'incomplete';
  }
  await afterTypingPause(editor.ownerDocument, signal);
  if (signal.aborted || !editor.isConnected) return 'refused';
  const outcome = await insertSignature(editor, rendered.text);
  show(outcomeNotice(outcome, rendered.text));
  return outcome;
}
