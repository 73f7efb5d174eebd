/**
 * "Journalportalen Nord": a portal the extension has never heard of, wholly invented (see PROVENANCE.md), served
 * on 127.0.0.1 under /nord/, a host and paths no built-in portal matches. Its markup, words, paths and ways of
 * identifying a message are deliberately unlike the three replicas, so that only a policy can point the extension
 * at it:
 *
 *   /nord/v3/korg            a table inbox: hashed class names, identity in data-arende-nr, every row's link "#",
 *                            arrivals in a data-inkom attribute (one row text only), statuses in other inflections
 *   /nord/gammal/korg        the same table, as an "old version" beside the new one
 *   /nord/v3/arende/<nr>     one case: its arrival and status, and a reply field with its own send button
 *   /nord/app                a single-page app: the list is drawn after load; rows differ only after "#"
 *   /nord/rum/<id>           a video room: the clinician's own camera, a remote picture, controls at the top
 *   /nord/api/korg, /nord/api/app   the same data as JSON, for tests
 */
import { fileURLToPath } from 'node:url';
import { markup, type SafeHtml } from '../html.ts';
import { sendHtml, sendJson, sendText, serveStatic, type Replica, type ReplicaOptions } from '../http.ts';
import { DAY, HOUR, MINUTE, atMinute, formatDatetimeAttribute, formatIsoMinute } from '../time.ts';

const STATIC_DIR = fileURLToPath(new URL('./static', import.meta.url));

export interface NordCase {
  nr: string;
  /** ISO 8601 with offset. */
  inkom: string;
  status: string;
  /** Whether the row shows its arrival as text only (no data-inkom). */
  textOnly?: boolean;
}

export interface NordAppMessage {
  id: string;
  at: string;
  status: string;
}

/** Ages of the messages at the server's start, and the words the portal shows for their statuses. */
const CASES: readonly { nr: string; age: number; status: string; textOnly?: boolean }[] = [
  { nr: 'N-2001', age: 6 * DAY + 2 * HOUR, status: 'Obesvarade' },
  { nr: 'N-2002', age: 26 * HOUR, status: 'Väntar på svar' },
  { nr: 'N-2003', age: 3 * HOUR + 10 * MINUTE, status: 'Ny', textOnly: true },
  { nr: 'N-2004', age: 2 * DAY, status: 'Besvarad' },
  { nr: 'N-2005', age: 9 * DAY, status: 'Stängd' },
  // A word only this portal uses: counted as open only when IT's policy says so.
  { nr: 'N-2006', age: 50 * HOUR, status: 'Att åtgärda' },
];

const APP_MESSAGES: readonly { id: string; age: number; status: string }[] = [
  { id: 'M-31', age: 4 * DAY, status: 'Oläst' },
  { id: 'M-32', age: 20 * HOUR, status: 'Nytt' },
  { id: 'M-33', age: 30 * HOUR, status: 'Besvarat' },
  { id: 'M-34', age: 12 * DAY, status: 'Arkiverad' },
];

function layout(title: string, body: SafeHtml, script?: string): SafeHtml {
  return markup`<!doctype html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <title>${title} – Journalportalen Nord</title>
  <link rel="stylesheet" href="/nord/static/nord.css">
  ${script ? markup`<script type="module" src="/nord/static/${script}"></script>` : null}
</head>
<body>
  <header class="h_2k9"><span class="logo_x">Journalportalen Nord</span>
    <nav aria-label="Huvudmeny"><a href="/nord/v3/korg">Korg</a> <a href="/nord/app">Appen</a>
    <a href="/nord/rum/R-7">Mötesrum</a></nav></header>
  <main class="m_8a1">${body}</main>
</body>
</html>`;
}

function arrivalCell(entry: NordCase): SafeHtml {
  const at = new Date(entry.inkom);
  // The visible text is in a format of this portal's own ("kl 9.15, 4/12"): the attribute is what a policy reads.
  return entry.textOnly
    ? markup`<td class="c_q7"><span>${formatIsoMinute(at)}</span></td>`
    : markup`<td class="c_q7"><span data-inkom="${entry.inkom}">${visibleText(at)}</span></td>`;
}

function visibleText(at: Date): string {
  const parts = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    day: 'numeric',
    month: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).formatToParts(at);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `kl ${Number(get('hour'))}.${get('minute')}, ${get('day')}/${get('month')} (mottaget)`;
}

function table(cases: readonly NordCase[], base: string): SafeHtml {
  const rows = cases.map(
    (entry) => markup`<tr class="r_x1" data-arende-nr="${entry.nr}" data-href="${base}/arende/${entry.nr}">
      <td><a class="l_9" href="#">Visa</a></td>
      <td class="c_subj">Fråga ${entry.nr.slice(2)}</td>
      ${arrivalCell(entry)}
      <td><span class="p_3k">${entry.status}</span></td>
    </tr>`,
  );
  return markup`<h1>Korgen</h1>
<table class="t_8fk2a" aria-label="Ärenden">
  <thead><tr><th></th><th>Ämne</th><th>Mottaget</th><th>Läge</th></tr></thead>
  <tbody>${rows}</tbody>
</table>
<table class="t_stat" aria-label="Statistik"><tbody><tr><td>Ärenden i veckan</td><td>41</td></tr></tbody></table>`;
}

function caseArrival(entry: NordCase): SafeHtml {
  const at = new Date(entry.inkom);
  return entry.textOnly
    ? markup`<span class="c_q7">${formatIsoMinute(at)}</span>`
    : markup`<span class="c_q7"><span data-inkom="${entry.inkom}">${visibleText(at)}</span></span>`;
}

function casePage(entry: NordCase): SafeHtml {
  return markup`<section class="s_case" data-arende-nr="${entry.nr}">
  <h1>Fråga ${entry.nr.slice(2)}</h1>
  <p>Mottaget ${caseArrival(entry)}
  · Läge <span class="p_3k">${entry.status}</span></p>
  <p class="q_txt">Hej, jag undrar över mitt provsvar.</p>
  <div class="composer_91">
    <label>Ditt svar <textarea aria-label="Ditt svar" class="in_5" rows="6"></textarea></label>
    <button type="button" class="b_77" data-action="skicka">Skicka svar</button>
  </div>
  <h2>Skickat</h2>
  <ol class="sent_4" aria-label="Skickade svar"></ol>
</section>`;
}

function appShell(): SafeHtml {
  return markup`<div id="app" data-app-root><p class="loading">Laddar …</p></div>`;
}

function room(id: string): SafeHtml {
  return markup`<div class="room_k2" data-room="${id}">
  <div role="toolbar" aria-label="Mötesknappar" class="ctl_a">
    <button type="button">Ljud</button><button type="button">Bild</button>
    <button type="button" data-action="lamna">Lämna mötet</button>
  </div>
  <div class="stage_1"><video class="v_them" autoplay muted playsinline></video></div>
  <p class="status_q" role="status">Ansluter kameran …</p>
</div>`;
}

export function createNordReplica(options: ReplicaOptions): Replica {
  const start = atMinute(options.now());
  const cases: NordCase[] = CASES.map((entry) => ({
    nr: entry.nr,
    inkom: formatDatetimeAttribute(new Date(start.getTime() - entry.age)),
    status: entry.status,
    textOnly: entry.textOnly,
  }));
  const messages: NordAppMessage[] = APP_MESSAGES.map((entry) => ({
    id: entry.id,
    at: formatDatetimeAttribute(new Date(start.getTime() - entry.age)),
    status: entry.status,
  }));
  return {
    async handle(request) {
      const path = request.url.pathname;
      if (path.startsWith('/nord/static/')) {
        if (await serveStatic(request, STATIC_DIR, path.slice('/nord/static'.length))) return;
      }
      if (path === '/nord/api/korg') return sendJson(request.res, 200, cases);
      if (path === '/nord/api/app') return sendJson(request.res, 200, messages);
      if (path === '/nord/v3/korg')
        return sendHtml(request.res, 200, layout('Korgen', table(cases, '/nord/v3'), 'korg.ts').value);
      if (path === '/nord/gammal/korg')
        return sendHtml(request.res, 200, layout('Korgen', table(cases, '/nord/gammal'), 'korg.ts').value);
      const caseMatch = /^\/nord\/(?:v3|gammal)\/arende\/([\w-]+)$/.exec(path);
      const found = caseMatch && cases.find((entry) => entry.nr === caseMatch[1]);
      if (found) return sendHtml(request.res, 200, layout(found.nr, casePage(found), 'arende.ts').value);
      if (path === '/nord/app' || path === '/nord/app/')
        return sendHtml(request.res, 200, layout('Appen', appShell(), 'app.ts').value);
      const roomMatch = /^\/nord\/rum\/([\w-]+)$/.exec(path);
      if (roomMatch)
        return sendHtml(request.res, 200, layout('Mötesrum', room(roomMatch[1] ?? ''), 'rum.ts').value);
      if (path === '/favicon.ico') {
        request.res.writeHead(204);
        request.res.end();
        return;
      }
      sendText(request.res, 404, 'Sidan finns inte.');
    },
  };
}
