import { useEffect, useState } from 'preact/hooks';
import { readDraft, watchDraft, withDraft, type Draft } from '@/lib/mapping/draft';
import { findPortal } from '@/lib/portals/resolve';
import { PAGE_KINDS, type PageKind, type ResolvedPortal } from '@/lib/portals/types';
import type { Settings } from '@/lib/settings/schema';
import { loadSettings, watchSettings } from '@/lib/settings/store';

export interface InspectState {
  settings: Settings;
  draft: Draft | undefined;
  portal: ResolvedPortal | undefined;
  page: PageKind | undefined;
  /** IT switched the assistant off by policy. */
  off: boolean;
  /** Changes every second while the overlay is open: the page is looked at again. */
  tick: number;
}

function pageKindShown(): PageKind | undefined {
  const value = document.documentElement.getAttribute('data-vmk-page');
  return (PAGE_KINDS as readonly string[]).includes(value ?? '') ? (value as PageKind) : undefined;
}

/** Settings, draft and the portal in effect for this page, kept current while the overlay is open. */
export function useInspectState(): InspectState | undefined {
  const [state, setState] = useState<InspectState>();
  useEffect(() => {
    const lifetime = new AbortController();
    let tick = 0;
    const load = async () => {
      const [loaded, draft] = await Promise.all([loadSettings(), readDraft()]);
      if (lifetime.signal.aborted) return;
      const off = loaded.settings.portals.mappingAssistant === false;
      const settings = withDraft(loaded.settings, draft);
      setState({
        settings,
        draft,
        portal: off ? undefined : findPortal(location.href, settings),
        page: pageKindShown(),
        off,
        tick: ++tick,
      });
    };
    void load();
    watchSettings(() => void load(), lifetime.signal);
    watchDraft(() => void load(), lifetime.signal);
    // The page changes under the overlay (a list loading, a view switching): look again every second.
    const timer = setInterval(
      () => setState((current) => current && { ...current, page: pageKindShown(), tick: ++tick }),
      1000,
    );
    return () => {
      lifetime.abort();
      clearInterval(timer);
    };
  }, []);
  return state;
}
