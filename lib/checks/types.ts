import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageKind, PortalId, ResolvedPortal } from '../portals/types';
import type { Settings } from '../settings/schema';

type CheckSettings = Settings['checks'];
/** The ids of the checks that run in portal pages: the `checks.*` settings with an on/off switch. */
export type CheckId = {
  [K in keyof CheckSettings]: CheckSettings[K] extends { enabled: boolean } ? K : never;
}[keyof CheckSettings];

export interface CheckContext {
  id: CheckId;
  portal: ResolvedPortal;
  /** The kind of page open now (undefined: a portal page of no known kind). */
  page: PageKind | undefined;
  settings: Settings;
  /** Aborts when the check must stop: settings changed, the page navigated, or the content script is going away. */
  signal: AbortSignal;
  /** WXT's content-script context, for shadow-root UIs and timers that stop with it. */
  ctx: ContentScriptContext;
}

export interface CheckDefinition {
  id: CheckId;
  /** The portals it runs on. */
  portals: readonly PortalId[] | 'all';
  /** The kinds of page it runs on; omitted: every page of those portals. */
  pages?: readonly PageKind[];
  /** Starts the check. It must stop everything it started when `context.signal` aborts. */
  start(context: CheckContext): void | Promise<void>;
}

export function defineCheck(definition: CheckDefinition): CheckDefinition {
  return definition;
}
