import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  checklistCountsSchema,
  mostOftenUnticked,
  type ChecklistCounts as Counts,
} from '@/lib/checks/checklist/counts';
import type { ChecklistModel } from '@/lib/checks/checklist/model';
import { COUNTS_KEY, loadCounts, resetCounts } from '@/lib/checks/checklist/store';
import { t } from '@/lib/i18n';

const date = (at: number) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', dateStyle: 'short' }).format(at);

/** The clinician's own counts, kept in this browser only: lists used and completed, items most often left out. */
export function ChecklistCounts({ model }: { model: ChecklistModel }) {
  const [counts, setCounts] = useState<Counts>();
  useEffect(() => {
    void loadCounts(Date.now()).then(setCounts);
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local' || !(COUNTS_KEY in changes)) return;
      const parsed = checklistCountsSchema.safeParse(changes[COUNTS_KEY]?.newValue);
      if (parsed.success) setCounts(parsed.data);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  if (!counts) return null;
  const often = mostOftenUnticked(counts, model);
  return (
    <details class="vmk-details" data-vmk-counts>
      <summary>{t('countsHeading')}</summary>
      <p data-vmk-counts-lists>
        {t('countsLists', [String(counts.used), String(counts.completed), date(counts.since)])}
      </p>
      {often.length > 0 && (
        <>
          <p>{t('countsOftenUnticked')}</p>
          <ol data-vmk-counts-often>
            {often.map((entry) => (
              <li key={entry.id} data-vmk-count-item={entry.id}>
                {t('countsTimes', [entry.text, String(entry.times)])}
              </li>
            ))}
          </ol>
        </>
      )}
      <p class="vmk-note">{t('countsPrivacy')}</p>
      <button type="button" class="vmk-secondary" onClick={() => void resetCounts(Date.now())}>
        {t('countsReset')}
      </button>
    </details>
  );
}
