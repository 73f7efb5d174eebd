import { useCallback, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { clearDraft, writeDraft, type Draft } from '@/lib/mapping/draft';
import {
  startDraft,
  withArrivalAttribute,
  withMessageKey,
  withPageKind,
  withPageKindByContent,
  withSelector,
  withStatusWord,
} from '@/lib/mapping/edit';
import type { ShowExportMessage } from '@/lib/mapping/messages';
import { pickRequest } from '@/lib/mapping/pick';
import { suggestSelector, type Candidate } from '@/lib/mapping/selector';
import { queryFirst } from '@/lib/portals/query';
import { isBuiltInPortal, type PageKind, type SelectorKey } from '@/lib/portals/types';
import { Outlines } from './Outlines';
import { PickPanel, type PickResult } from './PickPanel';
import { NameField, PageKindChooser, Report, Summary } from './PanelParts';
import { useInspectState } from './useInspect';
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
  // Recognise the page by what it shows (an app whose address stays while its view changes), and the keys to pick
  // first when its kind has none to go by.
  const [byContent, setByContent] = useState(false);
  const [missing, setMissing] = useState<SelectorKey[]>([]);

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
  /** A key's selectors: the draft's, else those in effect. */
  const selectorsIn = (draft: Draft) => (key: SelectorKey) =>
    draft.profile.selectors?.[key] ?? state.portal?.selectors[key] ?? [];
  const chooseKind = (kind: PageKind, content: boolean) => {
    setMissing([]);
    if (!content) return save((draft) => withPageKind(draft, kind, location.pathname));
    const draft = startDraft(state.draft, state.portal, state.settings, location.href);
    const changed = withPageKindByContent(draft, kind, location.pathname, selectorsIn(draft));
    if ('missing' in changed) setMissing(changed.missing);
    else void writeDraft(changed.draft);
  };
  const use = () => {
    if (!result) return;
    const { key, current } = result;
    const inEffect = state.portal?.selectors[key] ?? [];
    save((draft) => {
      const next = withSelector(draft, key, current.selector, inEffect);
      const kind = KIND_OF_KEY[key];
      if (!kind || state.page || draft.profile.pages?.[kind]) return next;
      if (!byContent) return withPageKind(next, kind, location.pathname);
      // In an app, the kind goes by what was just picked, not by the address its other views share.
      const changed = withPageKindByContent(next, kind, location.pathname, selectorsIn(next));
      return 'draft' in changed ? changed.draft : next;
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
          byContent={byContent}
          missing={missing}
          onKind={(kind) => chooseKind(kind, byContent)}
          onByContent={(on) => {
            setByContent(on);
            setMissing([]);
            if (on && state.page) chooseKind(state.page, true);
          }}
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
