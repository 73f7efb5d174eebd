import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import './signature.css';

export interface SignatureNoticeContent {
  kind: 'info' | 'warning';
  /** The notice's text. */
  text: string;
  /** Names of the profile fields still to fill in (shown as a list). */
  missing?: string[];
  /** Offer to open the options page. */
  openOptions?: boolean;
  /** Offer to copy this text (the signature a field refused) to the clipboard. Never kept across pages. */
  copyText?: string;
  /** Keep it across the page's reloads and navigation until closed (a warning about a reply already sent). */
  persist?: boolean;
}

/**
 * A notice beside the portal, never in its way: it blocks nothing and goes when closed. Warnings are announced at
 * once (role=alert); information politely (role=status).
 */
export function SignatureNotice({
  notice,
  onClose,
  onOpenOptions,
  onCopy,
}: {
  notice: SignatureNoticeContent;
  onClose: () => void;
  onOpenOptions: () => void;
  /** Copies the text; resolves whether it worked. */
  onCopy: (text: string) => Promise<boolean>;
}) {
  const [copied, setCopied] = useState<boolean | undefined>(undefined);
  const copyText = notice.copyText;
  return (
    <div
      class={`vmk-signature-notice vmk-signature-notice--${notice.kind}`}
      role={notice.kind === 'warning' ? 'alert' : 'status'}
      data-kind={notice.kind}
    >
      <p class="vmk-signature-notice__text">{notice.text}</p>
      {notice.missing && notice.missing.length > 0 && (
        <ul class="vmk-signature-notice__missing">
          {notice.missing.map((field) => (
            <li key={field}>{field}</li>
          ))}
        </ul>
      )}
      <span class="vmk-signature-notice__dot" role="img" aria-label={t('signatureNoticeDotLabel')} />
      <div class="vmk-signature-notice__actions">
        {copyText && (
          <button
            type="button"
            class="vmk-signature-notice__action"
            onClick={() => void onCopy(copyText).then(setCopied)}
          >
            {copied === undefined
              ? t('signatureCopy')
              : copied
                ? t('signatureCopied')
                : t('signatureCopyFailed')}
          </button>
        )}
        {notice.openOptions && (
          <button type="button" class="vmk-signature-notice__action" onClick={onOpenOptions}>
            {t('signatureOpenOptions')}
          </button>
        )}
        <button type="button" class="vmk-signature-notice__close" onClick={onClose}>
          {t('signatureNoticeClose')}
        </button>
      </div>
    </div>
  );
}
