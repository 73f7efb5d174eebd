import { t, uiLanguage } from '@/lib/i18n';
import type { KeyReport, PageReport, RowReport, StatusText } from '@/lib/mapping/inspect';
import type { SelectorKey } from '@/lib/portals/types';

function countText(entry: KeyReport): string {
  return entry.of !== undefined
    ? t('mappingCountOfRows', [String(entry.count), String(entry.of)])
    : String(entry.count);
}

function problemText(entry: KeyReport): string {
  if (entry.problem === 'unreadable')
    return t(`mappingUnreadable_${entry.key}`, String(entry.unreadable ?? 0));
  if (entry.problem === 'ambiguous') return t('mappingAmbiguous');
  if (entry.problem === 'missing') return t('mappingMissing');
  return '';
}

/** Per key: how many it matched and through which selector; unreadable and ambiguous ones first. */
export function KeyTable(props: { keys: KeyReport[]; picking: boolean; onPick: (key: SelectorKey) => void }) {
  return (
    <table data-vmk-keys>
      <caption class="sr">{t('mappingKeysCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('mappingKeyColumn')}</th>
          <th scope="col">{t('mappingCountColumn')}</th>
          <th scope="col">{t('mappingPickColumn')}</th>
        </tr>
      </thead>
      <tbody>
        {props.keys.map((entry) => (
          <tr key={entry.key} data-key={entry.key} data-count={entry.count}>
            <th scope="row">
              {t(`mappingKey_${entry.key}`)}
              {entry.selector && (
                <>
                  <br />
                  <code>{entry.selector}</code>
                </>
              )}
              {entry.problem && (
                <>
                  <br />
                  <span class="problem">{problemText(entry)}</span>
                </>
              )}
            </th>
            <td>{countText(entry)}</td>
            <td>
              <button
                type="button"
                disabled={props.picking}
                aria-label={t('mappingPickKey', t(`mappingKey_${entry.key}`))}
                data-vmk-pick-key={entry.key}
                onClick={() => props.onPick(entry.key)}
              >
                {t('mappingPick')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const STATES = ['open', 'answered', 'closed'] as const;

function when(date: Date): string {
  return date.toLocaleString(uiLanguage() === 'en' ? 'en-GB' : 'sv-SE', {
    timeZone: 'Europe/Stockholm',
    dateStyle: 'short',
    timeStyle: 'short',
  });
}

/** The text as shown, then what it was read as (or why not): so that IT can confirm the portal's format. */
function arrivalText(row: RowReport): string {
  const read = row.arrival.ok
    ? when(row.arrival.at)
    : t(`mappingArrival_${row.arrival.reason.replace(/-/g, '_')}`);
  return row.arrivalText ? `“${row.arrivalText}” → ${read}` : read;
}

/** Per row: the arrival as read (or why not), the status as matched, the key, the due time. */
export function RowsTable(props: { rows: RowReport[] }) {
  if (props.rows.length === 0) return null;
  return (
    <>
      <h3>{t('mappingRowsTitle', String(props.rows.length))}</h3>
      <p>{t('mappingOwnScreenOnly')}</p>
      <table data-vmk-rows>
        <thead>
          <tr>
            <th scope="col">{t('mappingArrivalColumn')}</th>
            <th scope="col">{t('mappingStatusColumn')}</th>
            <th scope="col">{t('mappingKeyValueColumn')}</th>
            <th scope="col">{t('mappingDueColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.slice(0, 50).map((row, index) => (
            <tr key={index}>
              <td class={row.arrival.ok ? '' : 'problem'}>{arrivalText(row)}</td>
              <td class={row.state === 'unknown' ? 'problem' : ''}>
                {row.statusText || '–'} → {t(`mappingState_${row.state}`)}
              </td>
              <td class={row.key ? '' : 'problem'}>{row.key ?? t('mappingNoKey')}</td>
              <td>{row.due ? when(row.due) : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** The status texts found, with what they count as; a text no word matches can be confirmed as one state. */
export function StatusTexts(props: {
  texts: StatusText[];
  onWord: (state: (typeof STATES)[number], word: string) => void;
}) {
  if (props.texts.length === 0) return null;
  return (
    <>
      <h3>{t('mappingStatusTitle')}</h3>
      <ul data-vmk-status-texts>
        {props.texts.map((entry) => (
          <li key={entry.text} data-state={entry.state}>
            “{entry.text}” ({entry.count}):{' '}
            <span class={entry.state === 'unknown' ? 'problem' : 'ok'}>
              {t(`mappingState_${entry.state}`)}
            </span>
            {entry.state === 'unknown' && (
              <div role="group" aria-label={t('mappingCountAs', entry.text)}>
                {STATES.map((state) => (
                  <button
                    key={state}
                    type="button"
                    data-vmk-word-state={state}
                    onClick={() => props.onWord(state, entry.text)}
                  >
                    {t(`mappingCountAs_${state}`)}
                  </button>
                ))}
              </div>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

export type { PageReport };
