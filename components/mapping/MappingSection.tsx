import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { clearDraft, readDraft, watchDraft, type Draft } from '@/lib/mapping/draft';
import { exportDraft, regFileBytes } from '@/lib/mapping/export';
import { OPTIONS_ANCHOR } from '@/lib/mapping/messages';
import { mappableTabs, openMappingInTab, type OpenResult } from '@/lib/mapping/open';
import type { ResolvedSettings } from '@/lib/settings/effective';
import { DiagnosticsExport } from './DiagnosticsExport';

function useDraft(): Draft | undefined {
  const [draft, setDraft] = useState<Draft>();
  useEffect(() => {
    const lifetime = new AbortController();
    const refresh = () => void readDraft().then(setDraft);
    watchDraft(refresh, lifetime.signal);
    refresh();
    return () => lifetime.abort();
  }, []);
  return draft;
}

function OpenInTab() {
  const [tabs, setTabs] = useState<{ id: number; title: string; url: string }[]>([]);
  const [chosen, setChosen] = useState<number>();
  const [result, setResult] = useState<OpenResult>();
  useEffect(() => {
    void mappableTabs().then((found) => {
      setTabs(found);
      setChosen(found[0]?.id);
    });
  }, []);
  if (tabs.length === 0) return <p>{t('mappingNoTabs')}</p>;
  return (
    <p>
      <label>
        {t('mappingTab')}{' '}
        <select
          value={chosen}
          onChange={(event) => setChosen(Number((event.target as HTMLSelectElement).value))}
        >
          {tabs.map((tab) => (
            <option key={tab.id} value={tab.id}>
              {tab.title ? `${tab.title} – ` : ''}
              {new URL(tab.url).host}
            </option>
          ))}
        </select>
      </label>{' '}
      <button
        type="button"
        class="vmk-primary"
        data-vmk-open-tab
        disabled={chosen === undefined}
        onClick={() => chosen !== undefined && void openMappingInTab(chosen).then(setResult)}
      >
        {t('mappingOpenInTab')}
      </button>
      {result && result !== 'opened' && (
        <span role="alert"> {t(`mappingOpen_${result.replace(/-/g, '_')}`)}</span>
      )}
      {result === 'no-access' && chosen !== undefined && (
        <button
          type="button"
          onClick={() => {
            // A copy installed by hand whose site access was narrowed: ask for this site (the click is the gesture).
            const url = tabs.find((tab) => tab.id === chosen)?.url;
            if (!url) return;
            void browser.permissions
              .request({ origins: [`${new URL(url).protocol}//${new URL(url).hostname}/*`] })
              .then((granted) => (granted ? openMappingInTab(chosen).then(setResult) : undefined));
          }}
        >
          {t('mappingAllowSite')}
        </button>
      )}
    </p>
  );
}

function download(name: string, content: string | Uint8Array, type: string): void {
  const url = URL.createObjectURL(new Blob([content as BlobPart], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function Snippet(props: {
  id: string;
  title: string;
  text: string;
  file: string;
  bytes?: Uint8Array;
  type: string;
}) {
  const [copied, setCopied] = useState(false);
  return (
    <div data-vmk-export={props.id}>
      <h4 id={`vmk-export-${props.id}`}>{props.title}</h4>
      <textarea readOnly rows={8} cols={100} aria-labelledby={`vmk-export-${props.id}`} value={props.text} />
      <p>
        <button
          type="button"
          onClick={() =>
            void navigator.clipboard.writeText(props.text).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {t('mappingCopy')}
        </button>
        <button type="button" onClick={() => download(props.file, props.bytes ?? props.text, props.type)}>
          {t('mappingSaveFile', props.file)}
        </button>
        {copied && <span role="status"> {t('mappingCopied')}</span>}
      </p>
    </div>
  );
}

function Export(props: { draft: Draft; resolved: ResolvedSettings }) {
  const customInPolicy = (props.resolved.policy.portals as { custom?: Record<string, unknown> } | undefined)
    ?.custom;
  const exported = useMemo(
    () => exportDraft(props.draft, browser.runtime.id, customInPolicy),
    [props.draft, customInPolicy],
  );
  return (
    <>
      <p>{t('mappingExportIntro')}</p>
      <Snippet
        id="json"
        title={t('mappingExportJson')}
        text={exported.json}
        file="vardmoteskollen-portal.json"
        type="application/json"
      />
      <Snippet
        id="reg-chrome"
        title={t('mappingExportRegChrome')}
        text={exported.reg.chrome}
        bytes={regFileBytes(exported.reg.chrome)}
        file="vardmoteskollen-portal-chrome.reg"
        type="application/octet-stream"
      />
      <Snippet
        id="reg-edge"
        title={t('mappingExportRegEdge')}
        text={exported.reg.edge}
        bytes={regFileBytes(exported.reg.edge)}
        file="vardmoteskollen-portal-edge.reg"
        type="application/octet-stream"
      />
    </>
  );
}

/** The options page's section for IT: open the assistant in a tab, export the draft, clear it, diagnostics. */
export function MappingSection({ resolved }: { resolved: ResolvedSettings }) {
  const draft = useDraft();
  const off = resolved.settings.portals.mappingAssistant === false;
  return (
    <section id={OPTIONS_ANCHOR} aria-labelledby="vmk-mapping-heading" data-vmk-section="mapping">
      <h2 id="vmk-mapping-heading">{t('mappingSectionTitle')}</h2>
      {off ? (
        <p>{t('mappingOffByPolicy')}</p>
      ) : (
        <>
          <p>{t('mappingSectionIntro')}</p>
          <OpenInTab />
          <h3>{t('mappingDraftTitle')}</h3>
          {draft ? (
            <>
              <p class="vmk-note">{t('mappingDraftNote')}</p>
              <p>{t('mappingDraftIn', draft.id)}</p>
              <button type="button" onClick={() => void clearDraft()}>
                {t('mappingClearDraft')}
              </button>
              <Export draft={draft} resolved={resolved} />
            </>
          ) : (
            <p>{t('mappingDraftNone')}</p>
          )}
        </>
      )}
      <DiagnosticsExport resolved={resolved} />
    </section>
  );
}
