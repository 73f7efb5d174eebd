/**
 * Server-rendered pages of the 1177 staff tool replica. No inline scripts anywhere: the replica sends
 * `Content-Security-Policy: script-src 'self'`, and its only script is /static/personal.ts.
 */
import { markup, type SafeHtml } from '../html.ts';
import { CLINICIAN, CLINICIAN_NAME } from '../people.ts';
import { formatDatetimeAttribute, formatDayMonth, formatIsoMinute, formatLong } from '../time.ts';
import { MOTTAGNING, defaultSignature, type Arende, type ArendeMessage, type State1177 } from './data.ts';

const STATUS_LABEL = { obesvarat: 'Obesvarat', besvarat: 'Besvarat', avslutat: 'Avslutat' } as const;

type Section = 'start' | 'arenden' | 'invanare' | 'none';

function layout(title: string, section: Section, body: SafeHtml): string {
  const navLink = (href: string, label: string, id: Section) =>
    markup`<li><a href="${href}" ${id === section ? markup`aria-current="page"` : ''}>${label}</a></li>`;
  return markup`<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} – 1177 Personalverktyget</title>
<link rel="stylesheet" href="/static/personal.css">
<script type="module" src="/static/personal.ts"></script>
</head>
<body>
<a class="pv-hoppa" href="#innehall">Hoppa till innehållet</a>
<header class="pv-sidhuvud">
  <a class="pv-logo" href="/"><span class="pv-logo-1177">1177</span> <span class="pv-logo-namn">Personalverktyget</span></a>
  <div class="pv-vald-mottagning"><span class="pv-etikett">Mottagning</span> ${MOTTAGNING}</div>
  <nav class="pv-anvandarmeny" aria-label="Användare">
    <a class="pv-hjalp" href="/hjalp">Hjälp och manualer</a>
    <a class="pv-anvandare" href="/installningar" title="Personliga inställningar">${CLINICIAN_NAME}</a>
    <a class="pv-logga-ut" href="/logga-ut">Logga ut</a>
  </nav>
</header>
<nav class="pv-huvudmeny" aria-label="Huvudmeny">
  <ul>
    ${navLink('/', 'Start', 'start')}
    ${navLink('/arenden', 'Ärenden', 'arenden')}
    ${navLink('/invanare', 'Invånare', 'invanare')}
  </ul>
</nav>
<main class="pv-innehall" id="innehall">
${body}
</main>
<footer class="pv-sidfot">1177 Personalverktyget · Testmiljö (replik för utveckling, inga riktiga patientuppgifter)</footer>
</body>
</html>
`.value;
}

const SHIELD = markup`<svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false"><path d="M8 1 2 3.5v4C2 11 4.6 14 8 15c3.4-1 6-4 6-7.5v-4Z" fill="currentColor"/></svg>`;

function protectedIdentity(): SafeHtml {
  return markup`<span class="skyddad-identitet" role="img" aria-label="Skyddad identitet" title="Skyddad identitet">${SHIELD}</span>`;
}

function arrivalText(arende: Arende): string {
  switch (arende.arrivalFormat) {
    case 'iso':
      return formatIsoMinute(arende.inkommet);
    case 'long':
      return formatLong(arende.inkommet);
    case 'dayMonth':
      return formatDayMonth(arende.inkommet);
  }
}

function arrivalCell(arende: Arende): SafeHtml {
  const text = arrivalText(arende);
  return arende.machineTime
    ? markup`<time datetime="${formatDatetimeAttribute(arende.inkommet)}">${text}</time>`
    : markup`${text}`;
}

function statusBadge(arende: Arende): SafeHtml {
  return markup`<span class="status status--${arende.status}">${STATUS_LABEL[arende.status]}</span>`;
}

function row(arende: Arende): SafeHtml {
  return markup`<tr class="arenderad arenderad--${arende.status}" data-arende-id="${arende.id}">
<td class="arendetyp"><a class="arende-lank" href="/arende/${arende.id}">${arende.typ}</a></td>
<td class="invanare">${arende.invanare}${arende.skyddadIdentitet ? protectedIdentity() : ''}</td>
<td class="mottagning">${arende.mottagning}</td>
<td class="inkommet">${arrivalCell(arende)}</td>
<td class="arendestatus">${statusBadge(arende)}</td>
<td class="handlaggare">${arende.handlaggare ?? markup`<span class="pv-dampad">Ej fördelat</span>`}</td>
</tr>
`;
}

export type InboxFilter = 'alla' | 'obesvarade' | 'mina' | 'avslutade';

export function inboxPage(
  arenden: readonly Arende[],
  filter: InboxFilter,
  counts: Record<InboxFilter, number>,
): string {
  const tab = (id: InboxFilter, label: string) =>
    markup`<li><a href="/arenden?visa=${id}" ${id === filter ? markup`aria-current="true"` : ''}>${label} <span class="pv-antal">${counts[id]}</span></a></li>`;
  return layout(
    'Ärenden',
    'arenden',
    markup`<h1>Ärenden</h1>
<nav class="pv-filter" aria-label="Filtrera ärenden"><ul>
${tab('alla', 'Alla')}${tab('obesvarade', 'Obesvarade')}${tab('mina', 'Mina ärenden')}${tab('avslutade', 'Avslutade')}
</ul></nav>
<table class="arendelista">
<caption class="pv-dold">Ärenden för ${MOTTAGNING}, nyaste först</caption>
<thead><tr>
<th scope="col">Ärendetyp</th><th scope="col">Invånare</th><th scope="col">Mottagning</th>
<th scope="col">Inkommet</th><th scope="col">Status</th><th scope="col">Handläggare</th>
</tr></thead>
<tbody>
${arenden.map(row)}</tbody>
</table>
${arenden.length === 0 ? markup`<p class="pv-tomt">Inga ärenden att visa.</p>` : ''}`,
  );
}

function message(m: ArendeMessage): SafeHtml {
  return markup`<li class="arende-meddelande arende-meddelande--${m.from}">
<div class="arende-meddelande-huvud"><span class="arende-avsandare">${m.author}</span>
<time class="arende-meddelande-tid" datetime="${formatDatetimeAttribute(m.at)}">${formatIsoMinute(m.at)}</time></div>
<p class="arende-meddelande-text">${m.text}</p>
${m.signature ? markup`<p class="arende-meddelande-signatur">${m.signature}</p>` : ''}
</li>
`;
}

export interface CaseOptions {
  sent?: boolean;
  error?: string;
  draft?: string;
}

export function casePage(arende: Arende, options: CaseOptions = {}): string {
  const closed = arende.status === 'avslutat';
  return layout(
    arende.typ,
    'arenden',
    markup`<p class="pv-brodsmula"><a href="/arenden">Ärenden</a> › ${arende.typ}</p>
${options.sent ? markup`<div class="pv-meddelande pv-meddelande--ok" role="status">Svaret är skickat till invånaren.</div>` : ''}
<article class="arende" data-arende-id="${arende.id}">
<header class="arende-huvud">
<h1>${arende.typ}</h1>
<dl class="arende-fakta">
<div><dt>Invånare</dt><dd class="invanare">${arende.invanare}${arende.skyddadIdentitet ? protectedIdentity() : ''}</dd></div>
<div><dt>Personnummer</dt><dd class="personnummer">${arende.personnummer}</dd></div>
<div><dt>Mottagning</dt><dd>${arende.mottagning}</dd></div>
<div><dt>Inkommet</dt><dd class="inkommet"><time datetime="${formatDatetimeAttribute(arende.inkommet)}">${formatIsoMinute(arende.inkommet)}</time></dd></div>
<div><dt>Status</dt><dd class="arendestatus">${statusBadge(arende)}</dd></div>
<div><dt>Handläggare</dt><dd class="handlaggare">${arende.handlaggare ?? 'Ej fördelat'}</dd></div>
<div><dt>Ärendenummer</dt><dd>${arende.id}</dd></div>
</dl>
</header>
<section class="arende-tradsektion" aria-labelledby="trad-rubrik">
<h2 id="trad-rubrik">Meddelanden</h2>
<ol class="arende-trad">
${arende.messages.map(message)}</ol>
</section>
${
  closed
    ? markup`<p class="pv-info">Ärendet är avslutat och kan inte besvaras.</p>`
    : markup`<form class="svarsformular" method="post" action="/arende/${arende.id}/svar">
<h2>Svarsformulär</h2>
${options.error ? markup`<div class="pv-meddelande pv-meddelande--fel" role="alert">${options.error}</div>` : ''}
<label for="svarstext">Svar till invånaren</label>
<p class="pv-hjalptext" id="svarstext-hjalp">Din signatur och dagens datum läggs till automatiskt när du skickar.</p>
<textarea id="svarstext" name="svar" rows="8" maxlength="4000" aria-describedby="svarstext-hjalp">${options.draft ?? ''}</textarea>
<p class="pv-raknare" id="svar-raknare" aria-live="polite"></p>
<div class="pv-knapprad">
<button type="submit" class="knapp knapp--primar">Skicka</button>
</div>
</form>
<form class="avsluta-formular" method="post" action="/arende/${arende.id}/avsluta">
<button type="submit" class="knapp knapp--sekundar">Avsluta ärende</button>
</form>`
}
</article>`,
  );
}

export function settingsPage(state: State1177, now: Date, saved: boolean): string {
  const signature = state.savedSignature ?? defaultSignature(now);
  const checkbox = (name: string, label: string) =>
    markup`<label class="pv-kryss"><input type="checkbox" name="${name}" ${state.notifications[name] ? markup`checked` : ''}> ${label}</label>`;
  return layout(
    'Personliga inställningar',
    'none',
    markup`<h1>Personliga inställningar</h1>
${saved ? markup`<div class="pv-meddelande pv-meddelande--ok" role="status">Dina inställningar är sparade.</div>` : ''}
<section class="pv-panel" aria-labelledby="hsa-rubrik">
<h2 id="hsa-rubrik">Uppgifter från HSA</h2>
<dl class="pv-hsa">
<div><dt>HSA-id</dt><dd>${CLINICIAN.hsaId} <span class="pv-dampad">(testidentitet)</span></dd></div>
<div><dt>Förnamn</dt><dd>${CLINICIAN.firstName}</dd></div>
<div><dt>Efternamn</dt><dd>${CLINICIAN.lastName}</dd></div>
<div><dt>Titel</dt><dd>${CLINICIAN.title}</dd></div>
<div><dt>E-post</dt><dd>${CLINICIAN.email}</dd></div>
<div><dt>Mobilnummer</dt><dd>${CLINICIAN.mobile}</dd></div>
</dl>
<p class="pv-hjalptext">Uppgifterna hämtas från HSA och uppdateras automatiskt en gång i månaden.</p>
<button type="button" class="knapp knapp--sekundar" id="uppdatera-hsa">Uppdatera information från HSA</button>
<p class="pv-info" id="hsa-status" role="status"></p>
</section>
<form class="pv-panel installningar-formular" method="post" action="/installningar">
<h2>Utgående meddelanden</h2>
<label for="signatur">Signatur</label>
<p class="pv-hjalptext" id="signatur-hjalp">Signaturen skickas automatiskt med varje ärende som du besvarar. Vill du dölja ditt namn eller signera som mottagning ändrar du signaturen innan du börjar skriva meddelandet.</p>
<textarea id="signatur" name="signatur" rows="5" aria-describedby="signatur-hjalp signatur-giltighet">${signature}</textarea>
<p class="pv-info" id="signatur-giltighet">En ändrad signatur börjar gälla när du har loggat ut och stängt webbläsaren, efter 30 minuter utan aktivitet eller när du loggar in från en annan webbläsare.</p>
<h2>Aviseringar</h2>
<fieldset class="pv-aviseringar"><legend>Meddela mig när ett ärende har tilldelats mig</legend>
${checkbox('tilldeladEpost', 'E-post')}${checkbox('tilldeladSms', 'SMS')}
</fieldset>
<fieldset class="pv-aviseringar"><legend>Meddela mig när ett ärende har kommit in till min mottagning</legend>
${checkbox('inkommetEpost', 'E-post')}${checkbox('inkommetSms', 'SMS')}
</fieldset>
<div class="pv-knapprad"><button type="submit" class="knapp knapp--primar">Spara</button></div>
</form>`,
  );
}

export function startPage(unanswered: number): string {
  return layout(
    'Start',
    'start',
    markup`<h1>Start</h1>
<p>Du arbetar på <strong>${MOTTAGNING}</strong>.</p>
<div class="pv-kort-rad">
<a class="pv-kort" href="/arenden"><span class="pv-kort-rubrik">Ärenden</span><span class="pv-kort-text">${unanswered} obesvarade ärenden</span></a>
<a class="pv-kort" href="/invanare"><span class="pv-kort-rubrik">Invånare</span><span class="pv-kort-text">Godkänn och hantera invånare, dela ut ärendetyp</span></a>
</div>`,
  );
}

export function simplePage(
  title: string,
  section: Section,
  paragraphs: readonly string[],
  links: readonly string[] = [],
): string {
  return layout(
    title,
    section,
    markup`<h1>${title}</h1>
${paragraphs.map((p) => markup`<p>${p}</p>`)}
${links.length ? markup`<ul class="pv-lanklista">${links.map((l) => markup`<li><a href="#" aria-disabled="true">${l}</a></li>`)}</ul>` : ''}`,
  );
}

export function loggedOutPage(): string {
  return markup`<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>Utloggad – 1177 Personalverktyget</title>
<link rel="stylesheet" href="/static/personal.css"></head>
<body class="pv-utloggad"><main class="pv-innehall">
<h1>Du är utloggad</h1>
<p>Stäng webbläsaren för att avsluta helt.</p>
<p><a class="knapp knapp--primar" href="/">Logga in igen</a></p>
</main></body></html>
`.value;
}
