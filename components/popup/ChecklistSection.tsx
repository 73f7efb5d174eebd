import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ChecklistItemRow } from '@/components/checklist/ChecklistItemRow';
import { isTicked, progressOf } from '@/lib/checks/checklist/state';
import type { ResolvedSettings } from '@/lib/settings/effective';
import { t } from '@/lib/i18n';
import { ChecklistCounts } from './ChecklistCounts';
import { ReminderSwitches } from './ReminderSwitches';
import { useChecklist } from './useChecklist';
import '@/components/checklist/checklist.css';
import './sections.css';

const openExtensionPage = (path: string) => void browser.tabs.create({ url: path });

/** The checklist before a video meeting, grouped as in the guideline, with what the computer could judge filled in. */
export function ChecklistSection({ resolved }: { resolved: ResolvedSettings }) {
  const config = resolved.settings.checks.checklist;
  const { model, state, auto, setTick, setRemote, newChecklist, endMeeting } = useChecklist(resolved);
  const [status, setStatus] = useState('');
  if (!config.enabled) {
    return (
      <section class="vmk-popup-section" aria-labelledby="checklist-heading" data-vmk-section="checklist">
        <h2 id="checklist-heading">{t('checklistHeading')}</h2>
        <p data-vmk-checklist-off>{t('checklistOff')}</p>
      </section>
    );
  }
  const progress = state && progressOf(model, state, auto);
  return (
    <section class="vmk-popup-section" aria-labelledby="checklist-heading" data-vmk-section="checklist">
      <h2 id="checklist-heading" tabIndex={-1}>
        {t('checklistHeading')}
      </h2>
      {progress && (
        <div class="vmk-progress" data-vmk-progress={`${progress.done}/${progress.total}`}>
          <label id="checklist-progress-label" for="checklist-progress">
            {t('checklistProgress', [String(progress.done), String(progress.total)])}
            {progress.requiredTotal > 0 &&
              ` · ${t('checklistRequiredProgress', [String(progress.requiredDone), String(progress.requiredTotal)])}`}
          </label>
          <progress id="checklist-progress" max={progress.total} value={progress.done} />
          {progress.complete && <p class="vmk-progress__done">{t('checklistComplete')}</p>}
        </div>
      )}
      <div class="vmk-actions">
        <button
          type="button"
          onClick={() => openExtensionPage('/camera-test.html')}
          data-vmk-action="camera-test"
        >
          {t('checklistOpenCameraTest')}
        </button>
        <button
          type="button"
          class="vmk-secondary"
          data-vmk-action="new-checklist"
          onClick={() => void newChecklist().then(() => setStatus(t('checklistStartedNew')))}
        >
          {t('checklistNew')}
        </button>
      </div>
      {state &&
        model.groups.map(({ group, title, items }) => (
          <fieldset class="vmk-group" key={group} data-vmk-group={group}>
            <legend>{title}</legend>
            {group === 'remoteWork' && (
              <div class="vmk-item vmk-item--switch">
                <input
                  id="checklist-remote"
                  type="checkbox"
                  checked={state.remote}
                  onChange={(event) => setRemote((event.currentTarget as HTMLInputElement).checked)}
                />
                <label for="checklist-remote">{t('checklistRemoteSwitch')}</label>
              </div>
            )}
            {(group !== 'remoteWork' || state.remote) && (
              <ul class="vmk-items">
                {items.map((item) => (
                  <ChecklistItemRow
                    key={item.id}
                    item={item}
                    ticked={isTicked(item, state, auto)}
                    auto={item.auto ? auto?.[item.auto] : undefined}
                    onToggle={(ticked) => setTick(item.id, ticked)}
                    onPrintDoorSign={() => openExtensionPage('/door-sign.html')}
                  />
                ))}
              </ul>
            )}
          </fieldset>
        ))}
      {model.routines.length > 0 && (
        <nav aria-labelledby="checklist-routines-heading" class="vmk-routines">
          <h3 id="checklist-routines-heading">{t('checklistRoutinesHeading')}</h3>
          <ul>
            {model.routines.map((routine) => (
              <li key={routine.url}>
                <a href={routine.url} target="_blank" rel="noopener noreferrer">
                  {routine.text}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <div class="vmk-actions vmk-actions--end">
        <button
          type="button"
          data-vmk-action="meeting-ended"
          onClick={() =>
            void endMeeting().then(({ reminded }) =>
              setStatus(t(reminded ? 'checklistMeetingEndedReminder' : 'checklistStartedNew')),
            )
          }
        >
          {t('checklistMeetingEnded')}
        </button>
        <button
          type="button"
          class="vmk-secondary"
          data-vmk-action="patient-missed"
          onClick={() =>
            void endMeeting(true).then(({ reminded }) =>
              setStatus(t(reminded ? 'checklistMissedReminder' : 'checklistStartedNew')),
            )
          }
        >
          {t('reminderMissedButton')}
        </button>
      </div>
      <p role="status" class="vmk-status" data-vmk-status>
        {status}
      </p>
      {config.counts && <ChecklistCounts model={model} />}
      <ReminderSwitches resolved={resolved} />
    </section>
  );
}
