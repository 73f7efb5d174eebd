import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';

/** The toolbar popup. Later checks add their sections here (deadlines due, the checklist before a call). */
export function PopupApp() {
  return (
    <main class="vmk-popup">
      <h1>{t('extName')}</h1>
      <p>{t('popupIntro')}</p>
      <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('popupOpenOptions')}
      </button>
    </main>
  );
}
