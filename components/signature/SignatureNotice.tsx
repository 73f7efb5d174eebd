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
}: {
  notice: SignatureNoticeContent;
  onClose: () => void;
  onOpenOptions: () => void;
}) {
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
