import { t } from '@/lib/i18n';

/** The pre-call camera test is reachable from the options page as well as from the popup. */
export function CameraTestLink() {
  return (
    <section aria-labelledby="camera-test-heading">
      <h2 id="camera-test-heading">{t('optionsCameraTestHeading')}</h2>
      <p>{t('optionsCameraTestIntro')}</p>
      <a class="vmk-button-link" href="/camera-test.html" target="_blank" data-vmk-action="camera-test">
        {t('checklistOpenCameraTest')}
      </a>
    </section>
  );
}
