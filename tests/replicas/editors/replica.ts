/**
 * The editor test pages under `/redigerare/` on the Vård och hälsa and SoB replica hosts (each page on the host
 * whose selectors its markup matches, `pages.ts`). Built on the first request (build.ts), not at server start, so
 * the demo and the other tests do not wait for it.
 */
import { sendText, serveStatic, type ReplicaRequest } from '../http.ts';
import type { ReplicaName } from '../hosts.ts';
import { ensureEditorsBuild } from './build.ts';
import { EDITOR_PAGES, type EditorPageName } from './pages.ts';

export const EDITOR_PREFIX = '/redigerare/';

export function createEditorPages(): {
  handle(request: ReplicaRequest, replica: ReplicaName): Promise<void>;
} {
  let built: Promise<string> | undefined;
  return {
    async handle(request, replica) {
      const rest = request.url.pathname.slice(EDITOR_PREFIX.length);
      const page = /^([\w-]+)\.html$/.exec(rest)?.[1];
      if (page !== undefined && EDITOR_PAGES[page as EditorPageName] !== replica) {
        return sendText(request.res, 404, 'Sidan finns inte här.');
      }
      built ??= ensureEditorsBuild();
      const dir = await built.catch((error: unknown) => {
        built = undefined;
        throw error;
      });
      if (!(await serveStatic(request, dir, rest))) sendText(request.res, 404, 'Sidan finns inte.');
    },
  };
}
