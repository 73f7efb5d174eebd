import { t } from '@/lib/i18n';
import './signature.css';

const TEXT_KEYS = {
  reply: { text: 'signatureButtonText', label: 'signatureButtonLabel', title: 'signatureButtonTitle' },
  portalSetting: { text: 'signatureFillText', label: 'signatureFillLabel', title: 'signatureFillLabel' },
} as const;

/**
 * The small button beside a reply field (or beside the portal's own signature setting). It keeps the field's
 * caret on mouse press; keyboard users tab to it from the field.
 */
export function SignatureButton({
  onInsert,
  variant = 'reply',
}: {
  onInsert: () => void;
  variant?: keyof typeof TEXT_KEYS;
}) {
  const keys = TEXT_KEYS[variant];
  return (
    <button
      type="button"
      class="vmk-signature-button"
      aria-label={t(keys.label)}
      title={t(keys.title)}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onInsert}
    >
      <svg viewBox="0 0 20 20" width="14" height="14" aria-hidden="true" focusable="false">
        <path
          d="M2 15c3-1 4-6 6-6s-1 5 1 5 2-3 4-3 1 2 3 2M3 18h14"
          fill="none"
          stroke="currentColor"
          stroke-width="1.8"
          stroke-linecap="round"
        />
      </svg>
      <span>{t(keys.text)}</span>
    </button>
  );
}
