import { browser } from 'wxt/browser';
import { useSettings } from '@/components/options/useSettings';
import { t } from '@/lib/i18n';
import { ChecklistSection } from './ChecklistSection';
import { DeadlinesSection } from './DeadlinesSection';
import { ReminderSection } from './ReminderSection';
import { PageFindingsSection } from './PageFindingsSection';
import { PopupMappingButton } from '@/components/mapping/PopupMappingButton';

/** The toolbar popup: a list of sections, each owning its own part (reminders waiting, the checklist, …). */
export function PopupApp() {
  const resolved = useSettings();
  return (
    <main class="vmk-popup">
      <h1>{t('extName')}</h1>
      {resolved && (
        <>
          <ReminderSection resolved={resolved} />
          <DeadlinesSection resolved={resolved} />
          <ChecklistSection resolved={resolved} />
          <PageFindingsSection />
          <PopupMappingButton resolved={resolved} />
        </>
      )}
      <button type="button" class="vmk-secondary" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('popupOpenOptions')}
      </button>
    </main>
  );
}
