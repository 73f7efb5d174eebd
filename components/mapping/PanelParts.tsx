import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { writeDraft, type Draft } from '@/lib/mapping/draft';
import { arrivalAttributeHints, inspectPage, messageKeyHints } from '@/lib/mapping/inspect';
import { queryAll } from '@/lib/portals/query';
import { PAGE_KINDS, type PageKind, type SelectorKey } from '@/lib/portals/types';
import { KeyTable, RowsTable, StatusTexts } from './ReportTables';
import type { InspectState } from './useInspect';

/** The inspect panel's parts: the summary, the page kind, the report, the new portal's name. */

/** The name clinicians see for a new portal (in the popup's list of deadlines, for instance). */
export function NameField({ draft }: { draft: Draft }) {
  const [name, setName] = useState(draft.profile.name ?? '');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        const clean = name.trim().slice(0, 80);
        if (clean) void writeDraft({ ...draft, profile: { ...draft.profile, name: clean } });
      }}
    >
      <label>
        {t('mappingPortalName')}{' '}
        <input
          value={name}
          maxLength={80}
          onInput={(event) => setName((event.target as HTMLInputElement).value)}
        />
      </label>{' '}
      <button type="submit">{t('mappingSaveName')}</button>
    </form>
  );
}

export function Summary({ state }: { state: InspectState }) {
  return (
    <>
      <p data-vmk-mapping-portal={state.portal?.id ?? ''}>
        {state.portal
          ? t('mappingPortalIs', [
              state.portal.name,
              state.page ? t(`mappingPage_${state.page}`) : t('mappingPage_none'),
            ])
          : t('mappingNoPortal', location.host)}
      </p>
      <p class="note">{t('mappingDraftNote')}</p>
    </>
  );
}

export function PageKindChooser(props: {
  page: PageKind | undefined;
  byContent: boolean;
  missing: readonly SelectorKey[];
  onKind: (kind: PageKind) => void;
  onByContent: (on: boolean) => void;
}) {
  return (
    <>
      <p>
        <label>
          {t('mappingPageKind')}{' '}
          <select
            value={props.page ?? ''}
            onChange={(event) => {
              const value = (event.target as HTMLSelectElement).value;
              if ((PAGE_KINDS as readonly string[]).includes(value)) props.onKind(value as PageKind);
            }}
          >
            <option value="">{t('mappingPage_none')}</option>
            {PAGE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`mappingPage_${kind}`)}
              </option>
            ))}
          </select>
        </label>
      </p>
      <p>
        <label>
          <input
            type="checkbox"
            checked={props.byContent}
            data-vmk-kind-by-content
            onChange={(event) => props.onByContent((event.target as HTMLInputElement).checked)}
          />{' '}
          {t('mappingByContent')}
        </label>
      </p>
      {props.missing.length > 0 && (
        <p role="alert" data-vmk-kind-missing>
          {t('mappingByContentMissing', props.missing.map((key) => t(`mappingKey_${key}`)).join(', '))}
        </p>
      )}
    </>
  );
}

export function Report(props: {
  state: InspectState;
  picking: boolean;
  onPick: (key: SelectorKey) => void;
  onWord: (state: 'open' | 'answered' | 'closed', word: string) => void;
  onArrivalAttribute: (name: string) => void;
  onKeyAttribute: (name: string) => void;
}) {
  const { portal, page, settings } = props.state;
  if (!portal) {
    return (
      <>
        <p>{t('mappingStartHere')}</p>
        <button
          type="button"
          data-vmk-pick-key="messageRow"
          disabled={props.picking}
          onClick={() => props.onPick('messageRow')}
        >
          {t('mappingPickKey', t('mappingKey_messageRow'))}
        </button>
        <button
          type="button"
          data-vmk-pick-key="replyField"
          disabled={props.picking}
          onClick={() => props.onPick('replyField')}
        >
          {t('mappingPickKey', t('mappingKey_replyField'))}
        </button>
      </>
    );
  }
  const started = performance.now();
  const report = inspectPage(portal, page, settings);
  performance.measure('vmk-mapping:inspect', { start: started, end: performance.now() });
  const rows = queryAll(portal, 'messageRow');
  const arrivalHints = report.rows.some((row) => !row.arrival.ok) ? arrivalAttributeHints(rows) : [];
  const keyHints = report.rows.some((row) => row.key === null) ? messageKeyHints(rows) : [];
  return (
    <>
      <h3>{t('mappingKeysTitle')}</h3>
      <KeyTable keys={report.keys} picking={props.picking} onPick={props.onPick} />
      {arrivalHints.map((name) => (
        <p key={name}>
          {t('mappingArrivalHint', name)}{' '}
          <button type="button" onClick={() => props.onArrivalAttribute(name)}>
            {t('mappingUseAttribute', name)}
          </button>
        </p>
      ))}
      {keyHints.map((name) => (
        <p key={name}>
          {t('mappingKeyHint', name)}{' '}
          <button type="button" onClick={() => props.onKeyAttribute(name)}>
            {t('mappingUseAttribute', name)}
          </button>
        </p>
      ))}
      <StatusTexts texts={report.statusTexts} onWord={props.onWord} />
      <RowsTable rows={report.rows} />
    </>
  );
}
