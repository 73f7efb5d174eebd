import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import './presence.css';

export function PresenceMark({ portalName }: { portalName: string }) {
  const [open, setOpen] = useState(false);
  return (
    <div class="vmk-presence" role="status">
      <button
        type="button"
        class="vmk-presence__button"
        aria-expanded={open}
        title={t('presenceActiveOn', portalName)}
        onClick={() => setOpen(!open)}
      >
        <span class="vmk-presence__dot" aria-hidden="true" />
        <span class="vmk-presence__label">
          {open ? t('presenceActiveOn', portalName) : t('extShortName')}
        </span>
      </button>
    </div>
  );
}
