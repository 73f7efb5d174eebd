import { useSeenDeadlines } from '@/components/deadlines/useSeenDeadlines';
import { t } from '@/lib/i18n';
import type { ResolvedSettings } from '@/lib/settings/effective';
import '@/components/deadlines/deadlines-popup.css';

/**
 * Messages seen on any portal that are overdue or due today: portal, arrival, due time and a link back. Nothing
 * here names a patient; the link is the message's address in the portal, which asks for login as usual. When a
 * portal page has shown that the computer's clock is behind, one notice says so, above the list.
 */
export function DeadlinesSection({ resolved }: { resolved: ResolvedSettings }) {
  const shown = useSeenDeadlines();
  if (!resolved.settings.checks.deadlines.enabled || !shown) return null;
  const { listed, clockNotice } = shown;
  return (
    <section class="vmk-popup-section" aria-labelledby="deadlines-heading" data-vmk-section="deadlines">
      <h2 id="deadlines-heading">
        {listed.length > 0 ? t('deadlinesHeadingCount', [String(listed.length)]) : t('deadlinesHeading')}
      </h2>
      {clockNotice && (
        <p class="vmk-deadline__clock" role="note" data-vmk-deadlines-clock>
          {clockNotice}
        </p>
      )}
      {listed.length === 0 ? (
        <p data-vmk-deadlines-none>{t('deadlinesNone')}</p>
      ) : (
        <ul class="vmk-deadline-list">
          {listed.map((entry) => (
            <li
              key={entry.id}
              class={`vmk-deadline vmk-deadline--${entry.overdue ? 'red' : 'amber'}`}
              data-vmk-deadline-entry={entry.overdue ? 'overdue' : 'today'}
            >
              <a href={entry.href} target="_blank" rel="noreferrer">
                {entry.portalName}
              </a>
              <span class="vmk-deadline__due">{entry.dueText}</span>
              <span class="vmk-deadline__arrival">{entry.arrivalText}</span>
            </li>
          ))}
        </ul>
      )}
      <p class="vmk-deadline__note">{t('deadlinesPopupNote')}</p>
    </section>
  );
}
