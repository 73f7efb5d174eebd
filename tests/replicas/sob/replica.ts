/**
 * Replica of Stöd och behandling (Inera) at sob.localhost: the therapist's view, a React app (built once by
 * build.ts) over a few JSON endpoints.
 */
import {
  HttpError,
  optionalString,
  readJson,
  rowsParam,
  sendJson,
  serveStatic,
  type Replica,
  type ReplicaOptions,
} from '../http.ts';
import { ensureSobBuild } from './build.ts';
import {
  addIncoming,
  addReply,
  createState,
  ensureIncoming,
  messageJson,
  momentJson,
  type Moment,
  type SobState,
} from './data.ts';

export async function createSobReplica(options: ReplicaOptions): Promise<Replica> {
  const appDir = await ensureSobBuild();
  let state: SobState = createState(options.now());

  function find(id: string): Moment {
    const moment = state.moments.find((m) => m.id === id);
    if (!moment) throw new HttpError(404, 'Momentet finns inte');
    return moment;
  }

  function full(moment: Moment) {
    // Only the open moment shows the number, not the list.
    return {
      ...momentJson(moment),
      personnummer: moment.personnummer,
      meddelanden: moment.messages.map(messageJson),
    };
  }

  return {
    async handle(request) {
      const { req, res, url, method } = request;
      const path = url.pathname;
      const now = options.now();
      try {
        if (path === '/api/version' && method === 'GET')
          return sendJson(res, 200, { version: state.version });
        if (path === '/api/moment' && method === 'GET')
          return sendJson(res, 200, state.moments.map(momentJson));
        let match = /^\/api\/moment\/(\w+)$/.exec(path);
        if (match && method === 'GET') {
          const moment = find(match[1]!);
          const rows = rowsParam(url);
          if (rows !== undefined) ensureIncoming(moment, rows);
          return sendJson(res, 200, full(moment));
        }
        match = /^\/api\/moment\/(\w+)\/meddelanden$/.exec(path);
        if (match && method === 'POST') {
          const moment = find(match[1]!);
          const text = optionalString((await readJson(req)).text, 'text');
          if (!text?.trim()) throw new HttpError(400, 'text is required');
          addReply(state, moment, now, text);
          return sendJson(res, 200, full(moment));
        }
        if (path === '/api/test/new-message' && method === 'POST') {
          const body = await readJson(req);
          const moment = find(optionalString(body.momentId, 'momentId') ?? '2041');
          const flag = body.flag === 'prioriterad' || body.flag === 'paminnelse' ? body.flag : undefined;
          const message = addIncoming(
            state,
            moment,
            now,
            optionalString(body.text, 'text') ?? 'Jag har en fråga om veckans uppgift.',
            flag,
          );
          return sendJson(res, 201, { momentId: moment.id, messageId: message.id, version: state.version });
        }
        if (path === '/api/test/reset' && method === 'POST') {
          const version = state.version + 1;
          state = createState(now);
          state.version = version;
          return sendJson(res, 200, { ok: true });
        }
        if (path.startsWith('/api/')) throw new HttpError(404, 'No such endpoint');
        if (path.startsWith('/assets/') && (await serveStatic(request, appDir, path))) return;
        if (path === '/favicon.ico') {
          res.writeHead(204);
          res.end();
          return;
        }
        if (method !== 'GET') throw new HttpError(405, 'Method not allowed');
        // Every page path gets the app; it draws the view for location.pathname.
        if (await serveStatic(request, appDir, '/index.html')) return;
        throw new HttpError(500, 'The SoB app is not built');
      } catch (error) {
        if (!(error instanceof HttpError)) throw error;
        sendJson(res, error.status, { error: error.message });
      }
    },
  };
}
