import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { findPortal } from '../portals/resolve';
import type { PageKind } from '../portals/types';
import { watchPageKind } from './page-kind';
import { clearFindings, watchFindings } from '../diagnostics/watch';
import { loadSettings, watchSettings } from '../settings/store';
import { logCheckError } from '../log';
import { CHECKS } from './registry';
import { readDraft, watchDraft, withDraft } from '../mapping/draft';
import { listenForMapping } from '../mapping/content';
import { startChecks, type RunningChecks } from './runner';

/**
 * Runs the checks on a portal page: finds the portal (policy overrides included), starts the checks for the page
 * kind, and starts them again when the policy or the clinician's settings change or a single-page app navigates.
 * Nothing here may throw into the host page.
 */
export async function runPortalChecks(ctx: ContentScriptContext): Promise<void> {
  // Seen by the background's probe (lib/background/extra-hosts.ts) in this isolated world: this tab runs the checks.
  Object.assign(globalThis, { vmkPortalHost: true });
  let running: RunningChecks | undefined;
  let pageWatch: AbortController | undefined;
  let findingsWatch: AbortController | undefined;
  let hadPortal = false;
  let runningKey: string | undefined;
  let generation = 0;

  const restart = async () => {
    const mine = ++generation;
    try {
      // The administrator's local draft (lib/mapping/draft.ts) applies in this browser as if it were policy.
      const [loaded, draft] = await Promise.all([loadSettings(), readDraft()]);
      const settings = withDraft(loaded.settings, draft);
      if (mine !== generation || ctx.isInvalid) return;
      // The same settings at the same address (a policy refresh that changed nothing, the browser's first policy
      // delivery equal to the last one): the checks keep running, the camera chip keeps its verdict.
      const key = JSON.stringify([location.href, settings]);
      if (key === runningKey) return;
      runningKey = key;
      running?.stop();
      running = undefined;
      pageWatch?.abort();
      findingsWatch?.abort();
      pageWatch = new AbortController();
      document.documentElement.removeAttribute('data-vmk-portal');
      document.documentElement.removeAttribute('data-vmk-page');
      const portal = findPortal(location.href, settings);
      if (!portal) {
        if (hadPortal) clearFindings();
        hadPortal = false;
        return;
      }
      hadPortal = true;
      document.documentElement.setAttribute('data-vmk-portal', portal.id);
      const start = (page: PageKind | undefined) => {
        running?.stop();
        if (page) document.documentElement.setAttribute('data-vmk-page', page);
        else document.documentElement.removeAttribute('data-vmk-page');
        running = startChecks(CHECKS, { portal, page, settings, ctx });
        findingsWatch?.abort();
        findingsWatch = new AbortController();
        watchFindings(portal, page, findingsWatch.signal);
      };
      // The kind can change without navigation (a single-page app's view, a camera picture starting).
      const watch = watchPageKind(portal, (page) => start(page), pageWatch.signal);
      start(watch.current());
    } catch (error) {
      logCheckError('host', error);
    }
  };

  const lifetime = new AbortController();
  ctx.onInvalidated(() => {
    lifetime.abort();
    pageWatch?.abort();
    findingsWatch?.abort();
    running?.stop();
  });
  watchSettings(() => void restart(), lifetime.signal);
  watchDraft(() => void restart(), lifetime.signal);
  // The mapping assistant, opened from the popup or the options page (also on a page no portal matches yet).
  listenForMapping(ctx, lifetime.signal);
  ctx.addEventListener(window, 'wxt:locationchange', () => void restart());
  await restart();
}
