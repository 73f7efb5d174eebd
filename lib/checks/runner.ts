import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageKind, ResolvedPortal } from '../portals/types';
import type { Settings } from '../settings/schema';
import { logCheckError } from '../log';
import type { CheckDefinition } from './types';

export function appliesTo(
  check: CheckDefinition,
  portal: ResolvedPortal,
  page: PageKind | undefined,
): boolean {
  const portalOk =
    (check.portals === 'all' || check.portals.includes(portal.id)) &&
    (portal.checks === undefined || (portal.checks as readonly string[]).includes(check.id));
  const pageOk = !check.pages || (page !== undefined && check.pages.includes(page));
  return portalOk && pageOk;
}

export interface RunningChecks {
  /** Ids of the checks that were started. */
  started: string[];
  stop(): void;
}

/**
 * Starts each applicable, enabled check on its own: its own AbortSignal and its own error handling, not awaited
 * by the others, so a broken check never stops another one or the host page.
 */
export function startChecks(
  checks: readonly CheckDefinition[],
  options: {
    portal: ResolvedPortal;
    page: PageKind | undefined;
    settings: Settings;
    ctx: ContentScriptContext;
  },
): RunningChecks {
  const controllers: AbortController[] = [];
  const started: string[] = [];
  for (const check of checks) {
    if (!appliesTo(check, options.portal, options.page)) continue;
    if (options.settings.checks[check.id]?.enabled === false) continue;
    const controller = new AbortController();
    controllers.push(controller);
    started.push(check.id);
    try {
      const result = check.start({ ...options, id: check.id, signal: controller.signal });
      if (result instanceof Promise) result.catch((error: unknown) => logCheckError(check.id, error));
    } catch (error) {
      logCheckError(check.id, error);
    }
  }
  return {
    started,
    stop: () => controllers.forEach((controller) => controller.abort()),
  };
}
