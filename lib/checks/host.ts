import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { findPortal, pageKindOf } from '../portals/resolve';
import { loadSettings, watchSettings } from '../settings/store';
import { logCheckError } from '../log';
import { CHECKS } from './registry';
import { startChecks, type RunningChecks } from './runner';

/**
 * Runs the checks on a portal page: finds the portal (policy overrides included), starts the checks for the page
 * kind, and starts them again when the policy or the clinician's settings change or a single-page app navigates.
 * Nothing here may throw into the host page.
 */
export async function runPortalChecks(ctx: ContentScriptContext): Promise<void> {
  let running: RunningChecks | undefined;
  let generation = 0;

  const restart = async () => {
    const mine = ++generation;
    try {
      const { settings } = await loadSettings();
      if (mine !== generation || ctx.isInvalid) return;
      running?.stop();
      running = undefined;
      document.documentElement.removeAttribute('data-vmk-portal');
      const portal = findPortal(location.href, settings);
      if (!portal) return;
      document.documentElement.setAttribute('data-vmk-portal', portal.id);
      running = startChecks(CHECKS, { portal, page: pageKindOf(portal, location.pathname), settings, ctx });
    } catch (error) {
      logCheckError('host', error);
    }
  };

  const lifetime = new AbortController();
  ctx.onInvalidated(() => {
    lifetime.abort();
    running?.stop();
  });
  watchSettings(() => void restart(), lifetime.signal);
  ctx.addEventListener(window, 'wxt:locationchange', () => void restart());
  await restart();
}
