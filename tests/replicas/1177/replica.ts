/**
 * Replica of the 1177 staff tool (Personalverktyget) at personal.1177.localhost: server-rendered pages, one
 * external script, and a strict CSP on every response (no inline script may run on it).
 */
import { fileURLToPath } from 'node:url';
import { CLINICIAN_NAME } from '../people.ts';
import {
  HttpError,
  optionalString,
  readForm,
  readJson,
  redirect,
  rowsParam,
  sendHtml,
  sendJson,
  serveStatic,
  type Replica,
  type ReplicaOptions,
  type ReplicaRequest,
} from '../http.ts';
import { formatIsoMinute } from '../time.ts';
import {
  addIncoming,
  createState,
  defaultSignature,
  ensureRows,
  reply,
  sortedArenden,
  type Arende,
  type State1177,
} from './data.ts';
import {
  casePage,
  inboxPage,
  loggedOutPage,
  settingsPage,
  simplePage,
  startPage,
  type InboxFilter,
} from './pages.ts';

export const CSP_1177 = "script-src 'self'";
const HEADERS = { 'Content-Security-Policy': CSP_1177 };
const STATIC_DIR = fileURLToPath(new URL('./static', import.meta.url));
const FILTERS: readonly InboxFilter[] = ['alla', 'obesvarade', 'mina', 'avslutade'];

export function create1177Replica(options: ReplicaOptions): Replica {
  let state: State1177 = createState(options.now());

  function find(id: string): Arende {
    const arende = state.arenden.find((a) => a.id === id);
    if (!arende) throw new HttpError(404, 'Ärendet finns inte');
    return arende;
  }

  function filtered(filter: InboxFilter): Arende[] {
    const all = sortedArenden(state);
    switch (filter) {
      case 'alla':
        return all;
      case 'obesvarade':
        return all.filter((a) => a.status === 'obesvarat');
      case 'mina':
        return all.filter((a) => a.handlaggare === CLINICIAN_NAME);
      case 'avslutade':
        return all.filter((a) => a.status === 'avslutat');
    }
  }

  function json(arende: Arende) {
    return {
      id: arende.id,
      typ: arende.typ,
      invanare: arende.invanare,
      status: arende.status,
      inkommet: arende.inkommet.toISOString(),
      handlaggare: arende.handlaggare,
      meddelanden: arende.messages.map((m) => ({ ...m, at: m.at.toISOString() })),
    };
  }

  async function handle({ req, res, url, method }: ReplicaRequest): Promise<void> {
    const path = url.pathname;
    const html = (status: number, body: string) => sendHtml(res, status, body, HEADERS);
    const now = options.now();

    if (path.startsWith('/static/')) {
      if (await serveStatic({ req, res, url, method }, STATIC_DIR, path.slice('/static'.length), HEADERS))
        return;
      throw new HttpError(404, 'Filen finns inte');
    }

    // JSON endpoints (tests and the page's own script).
    if (path === '/api/arenden' && method === 'GET') {
      return sendJson(res, 200, sortedArenden(state).map(json), HEADERS);
    }
    let match = /^\/api\/arenden\/(\d+)$/.exec(path);
    if (match && method === 'GET') return sendJson(res, 200, json(find(match[1]!)), HEADERS);
    match = /^\/api\/arenden\/(\d+)\/svar$/.exec(path);
    if (match && method === 'POST') {
      const body = await readJson(req);
      const text = optionalString(body.text, 'text')?.trim();
      if (!text) throw new HttpError(400, 'text is required');
      const arende = find(match[1]!);
      if (arende.status === 'avslutat') throw new HttpError(409, 'Ärendet är avslutat');
      reply(state, arende, text, now);
      return sendJson(res, 200, json(arende), HEADERS);
    }
    if (path === '/api/test/new-message' && method === 'POST') {
      const body = await readJson(req);
      const arende = addIncoming(state, now, {
        typ: optionalString(body.typ, 'typ'),
        invanare: optionalString(body.invanare, 'invanare'),
        text: optionalString(body.text, 'text'),
      });
      return sendJson(res, 201, json(arende), HEADERS);
    }
    if (path === '/api/test/reset' && method === 'POST') {
      state = createState(now);
      return sendJson(res, 200, { ok: true }, HEADERS);
    }
    if (path === '/api/installningar' && method === 'GET') {
      return sendJson(
        res,
        200,
        {
          signatur: state.savedSignature ?? defaultSignature(now),
          aktivSignatur: state.activeSignature ?? defaultSignature(now),
        },
        HEADERS,
      );
    }
    if (path === '/api/hsa/uppdatera' && method === 'POST') {
      state.hsaUpdatedAt = now;
      return sendJson(res, 200, { uppdaterad: formatIsoMinute(now) }, HEADERS);
    }

    // Pages.
    if (path === '/' && method === 'GET') {
      return html(200, startPage(state.arenden.filter((a) => a.status === 'obesvarat').length));
    }
    if ((path === '/arenden' || path === '/arenden/') && method === 'GET') {
      const rows = rowsParam(url);
      if (rows !== undefined) ensureRows(state, rows);
      const visa = url.searchParams.get('visa');
      const filter = FILTERS.find((f) => f === visa) ?? 'alla';
      const counts = Object.fromEntries(FILTERS.map((f) => [f, filtered(f).length])) as Record<
        InboxFilter,
        number
      >;
      let list = filtered(filter);
      if (rows !== undefined) list = list.slice(0, rows);
      return html(200, inboxPage(list, filter, counts));
    }
    match = /^\/arende\/(\d+)$/.exec(path);
    if (match && method === 'GET') {
      return html(200, casePage(find(match[1]!), { sent: url.searchParams.has('skickat') }));
    }
    match = /^\/arende\/(\d+)\/svar$/.exec(path);
    if (match && method === 'POST') {
      const arende = find(match[1]!);
      const text = ((await readForm(req)).get('svar') ?? '').trim();
      if (arende.status === 'avslutat') return redirect(res, `/arende/${arende.id}`, HEADERS);
      if (!text) return html(400, casePage(arende, { error: 'Skriv ett svar innan du skickar.' }));
      reply(state, arende, text, now);
      return redirect(res, `/arende/${arende.id}?skickat=1`, HEADERS);
    }
    match = /^\/arende\/(\d+)\/avsluta$/.exec(path);
    if (match && method === 'POST') {
      const arende = find(match[1]!);
      arende.status = 'avslutat';
      return redirect(res, `/arende/${arende.id}`, HEADERS);
    }
    if (path === '/installningar' && method === 'GET') {
      return html(200, settingsPage(state, now, url.searchParams.has('sparat')));
    }
    if (path === '/installningar' && method === 'POST') {
      const form = await readForm(req);
      const signature = (form.get('signatur') ?? '').replaceAll('\r\n', '\n');
      state.savedSignature = signature;
      for (const key of Object.keys(state.notifications)) state.notifications[key] = form.get(key) === 'on';
      return redirect(res, '/installningar?sparat=1', HEADERS);
    }
    if (path === '/logga-ut' && method === 'GET') {
      // A changed signature takes effect only after logging out (as the real tool documents).
      state.activeSignature = state.savedSignature;
      return html(200, loggedOutPage());
    }
    if (path === '/hjalp' && method === 'GET') {
      return html(
        200,
        simplePage(
          'Hjälp och manualer',
          'none',
          ['Här finns manualer och lathundar för Personalverktyget.'],
          [
            'Manual för ärendehanterare',
            'Manual för ärendemottagare',
            'Personliga inställningar',
            'Vanliga frågor',
          ],
        ),
      );
    }
    if (path === '/invanare' && method === 'GET') {
      return html(
        200,
        simplePage(
          'Invånare',
          'invanare',
          ['Invånare som är godkända för kontakt med mottagningen.'],
          ['Godkänn invånare', 'Hantera invånare', 'Dela ut ärendetyp'],
        ),
      );
    }
    if (path === '/favicon.ico') {
      res.writeHead(204, HEADERS);
      res.end();
      return;
    }
    throw new HttpError(404, 'Sidan finns inte');
  }

  return {
    async handle(request) {
      try {
        await handle(request);
      } catch (error) {
        if (!(error instanceof HttpError)) throw error;
        if (request.url.pathname.startsWith('/api/')) {
          sendJson(request.res, error.status, { error: error.message }, HEADERS);
        } else {
          sendHtml(
            request.res,
            error.status,
            simplePage(error.message, 'none', ['Kontrollera adressen.']),
            HEADERS,
          );
        }
      }
    },
  };
}
