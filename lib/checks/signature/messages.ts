import { z } from 'zod';

/**
 * The signature check's messages, validated where they are received. Direction is in the name. They carry no
 * patient data: what to do and how it was asked for, never the reply's text.
 */
export const INSERT_COMMAND = 'insert-signature';
export const MENU_ITEM_ID = 'vmk-signature-insert';

/** background→content: the clinician asked for the signature by shortcut or context menu. */
export const signatureBackgroundToContentSchema = z.object({
  type: z.literal('signature:insert'),
  via: z.enum(['command', 'contextMenu']),
});
export type SignatureBackgroundToContent = z.infer<typeof signatureBackgroundToContentSchema>;

/** content→background: open the options page (a content script cannot open it itself). */
export const signatureContentToBackgroundSchema = z.object({
  type: z.literal('signature:open-options'),
});
export type SignatureContentToBackground = z.infer<typeof signatureContentToBackgroundSchema>;

export function parseInsertRequest(raw: unknown): SignatureBackgroundToContent | undefined {
  const parsed = signatureBackgroundToContentSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

export function isOpenOptionsRequest(raw: unknown): boolean {
  return signatureContentToBackgroundSchema.safeParse(raw).success;
}
