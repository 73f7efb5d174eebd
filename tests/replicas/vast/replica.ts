/**
 * "Vårdportalen Väst": a portal the extension has never heard of and that no policy describes yet, wholly invented
 * (see PROVENANCE.md), served on 127.0.0.1 under /vast/. It is the page an administrator maps with the mouse
 * (tests/e2e/mapping.test.ts): markup as a React build with CSS modules writes it, with nothing made easy:
 *
 *   /vast/inkorg          (?rows=N: N messages) two tables with the same generated class names and no ids or labels: the messages, and
 *                         booked visits below them (a selector like `tr` or `tbody tr` matches both); patients'
 *                         names and personal identity numbers in every row; arrivals as "2026-12-04 09:15"
 *   /vast/arende/<nr>     one message: its arrival, status and text, a reply field beside an internal-note field,
 *                         and "Skicka" beside "Spara utkast" (a selector like `textarea` or `button` matches both)
 *   /vast/app             the same portal's new single-page app: the list and each message drawn in place at the
 *                         same address (the message after "#"), from templates, so only the view on screen is in the
 *                         document: only what it shows tells its views apart
 *   /vast/api/inkorg      the messages as JSON, for tests
 *   /vast/api/patientdata every name, number and text the pages show about patients, for the test that proves an
 *                         export holds none of it
 */
import { markup, type SafeHtml } from '../html.ts';
import { rowsParam, sendHtml, sendJson, sendText, type Replica, type ReplicaOptions } from '../http.ts';
import { DAY, HOUR, MINUTE, atMinute, formatDatetimeAttribute, formatIsoMinute } from '../time.ts';

export interface VastMessage {
  nr: string;
  patient: string;
  pnr: string;
  subject: string;
  text: string;
  /** ISO 8601 with offset. */
  inkom: string;
  status: string;
}

interface VastVisit {
  nr: string;
  patient: string;
  pnr: string;
  what: string;
  at: string;
}

/** Ages at the server's start; "Åtgärdas" is a word of this portal's own (open, once the administrator says so). */
const MESSAGES = [
  {
    nr: 'V-301',
    patient: 'Astrid Lindqvist',
    pnr: '19121212-1212',
    subject: 'Ont i magen',
    text: 'Jag har haft ont i magen sedan i tisdags.',
    age: 5 * DAY + 3 * HOUR,
    status: 'Obesvarad',
  },
  {
    nr: 'V-302',
    patient: 'Bertil Åkesson',
    pnr: '19450317-2398',
    subject: 'Receptförnyelse',
    text: 'Kan jag få förnya mitt recept på blodtrycksmedicin?',
    age: 27 * HOUR,
    status: 'Ny',
  },
  {
    nr: 'V-303',
    patient: 'Cecilia Nordström',
    pnr: '19880921-4506',
    subject: 'Provsvar',
    text: 'Har provsvaret från förra veckan kommit?',
    age: 2 * DAY + 40 * MINUTE,
    status: 'Besvarad',
  },
  {
    nr: 'V-304',
    patient: 'Dragan Petrović',
    pnr: '19790605-7731',
    subject: 'Utslag på armen',
    text: 'Utslaget har blivit större, ska jag komma in?',
    age: 50 * HOUR,
    status: 'Åtgärdas',
  },
  {
    nr: 'V-305',
    patient: 'Elin Sjöberg',
    pnr: '20010112-3384',
    subject: 'Avbokning',
    text: 'Jag behöver avboka min tid på torsdag.',
    age: 8 * DAY,
    status: 'Avslutad',
  },
] as const;

const VISITS = [
  { nr: 'B-11', patient: 'Fredrik Holm', pnr: '19660430-5519', what: 'Återbesök', inDays: 1 },
  { nr: 'B-12', patient: 'Gunilla Berg', pnr: '19530808-6622', what: 'Telefontid', inDays: 2 },
] as const;

function layout(title: string, body: SafeHtml): SafeHtml {
  return markup`<!doctype html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <title>${title} – Vårdportalen Väst</title>
  <style>
    body { font-family: system-ui, sans-serif; margin: 0; }
    .Header_bar__9Kd2x { background: #24457a; color: #fff; padding: 10px 16px; }
    .Layout_main__k2Jd9 { padding: 16px; max-width: 1100px; }
    .Table_table__x8Kq2 { border-collapse: collapse; width: 100%; margin-bottom: 24px; }
    .Table_table__x8Kq2 td, .Table_table__x8Kq2 th { border-bottom: 1px solid #ccc; padding: 6px 8px; text-align: left; }
    .Pill_pill__1Zx8v { border-radius: 10px; padding: 1px 8px; background: #e8eef8; }
    .Composer_form__5Tt2k textarea { display: block; width: 100%; margin-bottom: 8px; }
  </style>
</head>
<body>
  <div class="Header_bar__9Kd2x"><span>Vårdportalen Väst</span></div>
  <main class="Layout_main__k2Jd9">${body}</main>
</body>
</html>`;
}

function inbox(
  messages: readonly VastMessage[],
  visits: readonly VastVisit[],
  caseLink = '/vast/arende/',
): SafeHtml {
  const rows = messages.map(
    (message) => markup`<tr class="Table_row__3xK9a">
      <td class="Table_cell__9Qw1e"><a class="Link_link__7Yh2c" href="${caseLink}${message.nr}">${message.patient}</a></td>
      <td class="Table_cell__9Qw1e">${message.pnr}</td>
      <td class="Table_cell__9Qw1e">${message.subject}</td>
      <td class="Table_cell__9Qw1e"><span class="Date_date__4Rt6u">${formatIsoMinute(new Date(message.inkom))}</span></td>
      <td class="Table_cell__9Qw1e"><span class="Pill_pill__1Zx8v">${message.status}</span></td>
    </tr>`,
  );
  const visitRows = visits.map(
    (visit) => markup`<tr class="Table_row__3xK9a">
      <td class="Table_cell__9Qw1e"><a class="Link_link__7Yh2c" href="/vast/besok/${visit.nr}">${visit.patient}</a></td>
      <td class="Table_cell__9Qw1e">${visit.pnr}</td>
      <td class="Table_cell__9Qw1e">${visit.what}</td>
      <td class="Table_cell__9Qw1e"><span class="Date_date__4Rt6u">${formatIsoMinute(new Date(visit.at))}</span></td>
      <td class="Table_cell__9Qw1e"><span class="Pill_pill__1Zx8v">Bokad</span></td>
    </tr>`,
  );
  const head = markup`<thead><tr class="Table_row__3xK9a"><th>Patient</th><th>Personnummer</th><th>Ämne</th><th>Tid</th><th>Status</th></tr></thead>`;
  return markup`<h1>Inkorg</h1>
<div class="Panel_panel__8Hq1x"><h2>Meddelanden</h2>
<table class="Table_table__x8Kq2">${head}<tbody>${rows}</tbody></table></div>
<div class="Panel_panel__8Hq1x"><h2>Bokade besök</h2>
<table class="Table_table__x8Kq2">${head}<tbody>${visitRows}</tbody></table></div>`;
}

function casePage(message: VastMessage): SafeHtml {
  return markup`<article class="Case_case__3Jk2w">
  <h1>${message.subject}</h1>
  <p>${message.patient}, ${message.pnr}</p>
  <p>Inkom <span class="Date_date__4Rt6u">${formatIsoMinute(new Date(message.inkom))}</span>
  · <span class="Pill_pill__1Zx8v">${message.status}</span></p>
  <p>${message.text}</p>
  <form class="Composer_form__5Tt2k" method="post" action="/vast/arende/${message.nr}/svar">
    <label>Svar till patienten <textarea class="Composer_input__8Uu3j" name="svarstext" rows="6"></textarea></label>
    <label>Intern anteckning <textarea class="Composer_input__8Uu3j" name="anteckning" rows="2"></textarea></label>
    <button type="button" class="Button_button__6Yy7t">Spara utkast</button>
    <button type="submit" class="Button_button__6Yy7t">Skicka</button>
  </form>
</article>`;
}

/**
 * The app: its views as templates (not in the document until drawn), drawn into <main> by the part of the address
 * after "#": the list, or "#/arende/<nr>" for one message.
 */
function app(messages: readonly VastMessage[], visits: readonly VastVisit[]): SafeHtml {
  const list = markup`<template data-app-view="">${inbox(messages, visits, '#/arende/')}</template>`;
  const cases = messages.map(
    (message) => markup`<template data-app-view="/arende/${message.nr}">${casePage(message)}</template>`,
  );
  return markup`<div class="App_root__2Wq8e"></div>${list}${cases}
<script>
  function draw() {
    const view = location.hash.slice(1);
    const template = document.querySelector('template[data-app-view="' + CSS.escape(view) + '"]')
      || document.querySelector('template[data-app-view=""]');
    document.querySelector('.App_root__2Wq8e').replaceChildren(template.content.cloneNode(true));
  }
  addEventListener('hashchange', draw);
  draw();
</script>`;
}

export function createVastReplica(options: ReplicaOptions): Replica {
  const start = atMinute(options.now());
  const messages: VastMessage[] = MESSAGES.map(({ age, ...message }) => ({
    ...message,
    inkom: formatDatetimeAttribute(new Date(start.getTime() - age)),
  }));
  const visits: VastVisit[] = VISITS.map(({ inDays, ...visit }) => ({
    ...visit,
    at: formatDatetimeAttribute(new Date(start.getTime() + inDays * DAY)),
  }));
  return {
    async handle(request) {
      const path = request.url.pathname;
      if (path === '/vast/api/inkorg') return sendJson(request.res, 200, messages);
      if (path === '/vast/api/patientdata') {
        const texts = [
          ...messages.flatMap((m) => [
            m.patient,
            m.pnr,
            m.subject,
            m.text,
            m.nr,
            formatIsoMinute(new Date(m.inkom)),
          ]),
          ...visits.flatMap((v) => [v.patient, v.pnr, v.nr, formatIsoMinute(new Date(v.at))]),
        ];
        return sendJson(request.res, 200, texts);
      }
      if (path === '/vast/inkorg') {
        // ?rows=N: a list of exactly N messages (the seed ones repeated under new numbers), for benchmarks.
        const rows = rowsParam(request.url);
        const list =
          rows === undefined
            ? messages
            : Array.from({ length: rows }, (_, index) => ({
                ...messages[index % messages.length]!,
                nr: `V-${1000 + index}`,
              }));
        return sendHtml(request.res, 200, layout('Inkorg', inbox(list, visits)).value);
      }
      if (path === '/vast/app')
        return sendHtml(request.res, 200, layout('Inkorg', app(messages, visits)).value);
      const caseMatch = /^\/vast\/arende\/([\w-]+)(\/svar)?$/.exec(path);
      const found = caseMatch && messages.find((message) => message.nr === caseMatch[1]);
      if (found && caseMatch?.[2] && request.method === 'POST') {
        request.res.writeHead(303, { location: `/vast/arende/${found.nr}` });
        request.res.end();
        return;
      }
      if (found) return sendHtml(request.res, 200, layout(found.subject, casePage(found)).value);
      sendText(request.res, 404, 'Sidan finns inte.');
    },
  };
}
