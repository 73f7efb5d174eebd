import { useCallback, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { clearDraft, writeDraft, type Draft } from '@/lib/mapping/draft';
import {
  startDraft,
  withArrivalAttribute,
  withMessageKey,
  withPageKind,
  withSelector,
  withStatusWord,
} from '@/lib/mapping/edit';
import { arrivalAttributeHints, inspectPage, messageKeyHints } from '@/lib/mapping/inspect';
import type { ShowExportMessage } from '@/lib/mapping/messages';
import { pickRequest } from '@/lib/mapping/pick';
import { suggestSelector, type Candidate } from '@/lib/mapping/selector';
import { queryAll, queryFirst } from '@/lib/portals/query';
import { PAGE_KINDS, isBuiltInPortal, type PageKind, type SelectorKey } from '@/lib/portals/types';
import { Outlines } from './Outlines';
import { PickPanel, type PickResult } from './PickPanel';
import { KeyTable, RowsTable, StatusTexts } from './ReportTables';
import { useInspectState, type InspectState } from './useInspect';
import { usePicker } from './usePicker';

/** The page kind a first pick implies on a page of no kind yet (a row: an inbox; a reply field: a case). */
const KIND_OF_KEY: Partial<Record<SelectorKey, PageKind>> = {
  messageRow: 'inbox',
  caseView: 'case',
  replyField: 'case',
  signatureSetting: 'settings',
};

/**
 * The inspect overlay: what the extension recognises on this page (portal, page kind, each key's matches outlined
 * and counted, each row as read), and picking elements into the local draft.
 */
export function InspectApp(props: { host: Element; onClose: () => void }) {
  const state = useInspectState();
  const [picking, setPicking] = useState<SelectorKey>();
  const [result, setResult] = useState<PickResult>();
  const [failed, setFailed] = useState(false);
  const [left, setLeft] = useState(false);

  const cancel = useCallback(() => {
    setPicking(undefined);
    setResult(undefined);
  }, []);
  const take = useCallback(
    (element: Element) => {
      if (!picking) return;
      const started = performance.now();
      const request = pickRequest(state?.portal, picking, element);
      const suggestion = suggestSelector(request);
      // On the page's performance timeline, for `npm run bench` (scripts/bench-mapping.ts).
      performance.measure('vmk-mapping:pick', { start: started, end: performance.now() });
      setPicking(undefined);
      setFailed(!suggestion);
      setResult(
        suggestion && {
          key: picking,
          suggestion,
          current: suggestion.best,
          rows: request.rows?.length,
        },
      );
    },
    [picking, state?.portal],
  );
  const start = useMemo(
    () =>
      (picking && state?.portal ? queryFirst(state.portal, picking) : null) ?? document.querySelector('main'),
    [picking, state?.portal],
  );
  const hover = usePicker({
    active: picking !== undefined,
    host: props.host,
    start,
    onPick: take,
    onCancel: cancel,
  });

  if (!state) return null;
  if (state.off) {
    return (
      <div class="panel" role="dialog" aria-label={t('mappingTitle')}>
        <p>{t('mappingOffByPolicy')}</p>
        <button type="button" onClick={props.onClose}>
          {t('mappingClose')}
        </button>
      </div>
    );
  }
  const save = (change: (draft: ReturnType<typeof startDraft>) => ReturnType<typeof startDraft>) =>
    void writeDraft(change(startDraft(state.draft, state.portal, state.settings, location.href)));
  const use = () => {
    if (!result) return;
    const { key, current } = result;
    const inEffect = state.portal?.selectors[key] ?? [];
    save((draft) => {
      const next = withSelector(draft, key, current.selector, inEffect);
      const kind = KIND_OF_KEY[key];
      return kind && !state.page && !draft.profile.pages?.[kind]
        ? withPageKind(next, kind, location.pathname)
        : next;
    });
    setResult(undefined);
  };

  return (
    <div class="layer">
      <Outlines
        portal={state.portal}
        tick={state.tick}
        hover={hover}
        hoverLabel={picking ? t(`mappingKey_${picking}`) : ''}
      />
      <div
        class={left ? 'panel left' : 'panel'}
        role="dialog"
        aria-labelledby="vmk-mapping-title"
        data-vmk-mapping-panel
      >
        <div class="head">
          <h2 id="vmk-mapping-title" tabIndex={-1}>
            {t('mappingTitle')}
          </h2>
          <div>
            <button type="button" onClick={() => setLeft(!left)}>
              {left ? t('mappingPanelRight') : t('mappingPanelLeft')}
            </button>
            <button type="button" onClick={props.onClose}>
              {t('mappingClose')}
            </button>
          </div>
        </div>
        <Summary state={state} />
        <PickPanel
          picking={picking}
          hover={hover}
          result={result}
          failed={failed}
          onTake={take}
          onCancel={cancel}
          onStep={(candidate: Candidate) => result && setResult({ ...result, current: candidate })}
          onUse={use}
        />
        <PageKindChooser
          page={state.page}
          onKind={(kind) => save((draft) => withPageKind(draft, kind, location.pathname))}
        />
        <Report
          state={state}
          picking={picking !== undefined}
          onPick={(key) => {
            setResult(undefined);
            setFailed(false);
            setPicking(key);
          }}
          onWord={(stateName, word) => save((draft) => withStatusWord(draft, stateName, word))}
          onArrivalAttribute={(name) => save((draft) => withArrivalAttribute(draft, name))}
          onKeyAttribute={(name) =>
            save((draft) => withMessageKey(draft, { from: 'attribute', attribute: name }))
          }
        />
        <h3>{t('mappingDraftTitle')}</h3>
        <p>{state.draft ? t('mappingDraftIn', state.draft.id) : t('mappingDraftNone')}</p>
        {state.draft && !isBuiltInPortal(state.draft.id) && <NameField draft={state.draft} />}
        <button
          type="button"
          class="primary"
          onClick={() =>
            void browser.runtime.sendMessage({ type: 'mapping:show-export' } satisfies ShowExportMessage)
          }
        >
          {t('mappingExport')}
        </button>
        <button type="button" disabled={!state.draft} onClick={() => void clearDraft()}>
          {t('mappingClearDraft')}
        </button>
      </div>
    </div>
  );
}

/** The name clinicians see for a new portal (in the popup's list of deadlines, for instance). */
function NameField({ draft }: { draft: Draft }) {
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

function Summary({ state }: { state: InspectState }) {
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

function PageKindChooser(props: { page: PageKind | undefined; onKind: (kind: PageKind) => void }) {
  return (
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
  );
}

function Report(props: {
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
