import { browser } from 'wxt/browser';
import { useSettings } from '@/components/options/useSettings';
import { t, uiLanguage } from '@/lib/i18n';
import './door-sign.css';

/**
 * The door sign the guideline asks for, "Här pågår videomöte – var god stör ej", with the unit's name (IT's policy,
 * else the clinician's profile). Printed from the browser; the controls are not printed.
 */
export function DoorSign() {
  const resolved = useSettings();
  if (!resolved) return null;
  const { unit, hospital } = resolved.settings.profile;
  return (
    <>
      <main class="vmk-sign" data-vmk-door-sign>
        <h1 class="vmk-sign__text">{t('doorSignText')}</h1>
        {unit && (
          <p class="vmk-sign__unit" data-vmk-door-sign-unit>
            {unit}
          </p>
        )}
        {hospital && <p class="vmk-sign__hospital">{hospital}</p>}
      </main>
      <aside class="vmk-sign__controls" lang={uiLanguage()} aria-label={t('doorSignControls')}>
        {!unit && (
          <p>
            {t('doorSignNoUnit')}{' '}
            <button
              type="button"
              class="vmk-secondary"
              onClick={() => void browser.runtime.openOptionsPage()}
            >
              {t('popupOpenOptions')}
            </button>
          </p>
        )}
        <button type="button" onClick={() => window.print()} data-vmk-action="print">
          {t('doorSignPrint')}
        </button>
      </aside>
    </>
  );
}
