/**
 * The layout test page at layout.vardochhalsa.localhost: Vård och hälsa's controls (the replica's class names, so
 * the portal's selectors find them) placed by query string in any corner or edge, to prove that the extension's own
 * UI keeps off them whatever the layout. Invented; see PROVENANCE.md.
 *
 *   /meddelanden/<id>?send=bottom-right&editor=bottom&call=top&end=top-right&cookie=bottom-left[&crowd=1]
 *   /mote/<id>?…                       the same, as a video meeting page (a call with the fake camera)
 */
import { fileURLToPath } from 'node:url';
import { markup, type SafeHtml } from '../html.ts';
import { sendHtml, sendText, serveStatic, type Replica } from '../http.ts';

export const LAYOUT_POSITIONS = [
  'top-left',
  'top',
  'top-right',
  'right',
  'bottom-right',
  'bottom',
  'bottom-left',
  'left',
] as const;
export type LayoutPosition = (typeof LAYOUT_POSITIONS)[number];
export const LAYOUT_CONTROLS = ['send', 'editor', 'call', 'end', 'cookie'] as const;
export type LayoutControl = (typeof LAYOUT_CONTROLS)[number];

const STATIC_DIR = fileURLToPath(new URL('./static', import.meta.url));

const CONTROLS: Record<LayoutControl, SafeHtml> = {
  send: markup`<button type="button" class="vc-send-button" aria-label="Skicka">Skicka</button>`,
  editor: markup`<div class="vc-composer"><div class="vc-editor" contenteditable="true" role="textbox"
    aria-multiline="true" aria-label="Skriv ett svar"></div></div>`,
  call: markup`<div class="vc-call-controls" role="toolbar" aria-label="Samtalskontroller">
    <button type="button">Mikrofon</button><button type="button">Kamera</button><button type="button">Dela</button>
  </div>`,
  end: markup`<button type="button" class="vc-end-call" aria-label="Avsluta samtal">Avsluta samtal</button>`,
  cookie: markup`<div class="cookie" role="dialog" aria-label="Kakor"><p>Vi använder kakor för inloggningen.</p>
    <button type="button">Godkänn</button> <button type="button">Inställningar</button></div>`,
};

function position(url: URL, control: LayoutControl): LayoutPosition | null {
  const value = url.searchParams.get(control);
  return LAYOUT_POSITIONS.find((known) => known === value) ?? null;
}

/** A grid of tiles over the whole window with narrow gaps: no room for a reminder card, room for a dot. */
function crowd(on: boolean): SafeHtml | null {
  if (!on) return null;
  const tiles = Array.from({ length: 600 }, (_, i) => markup`<a class="tile" href="#t${i}">${i + 1}</a>`);
  return markup`<div class="crowd">${tiles}</div>`;
}

function page(url: URL, video: boolean): SafeHtml {
  const slots = LAYOUT_CONTROLS.map((control) => {
    const where = position(url, control);
    return where
      ? markup`<div class="slot slot--${where} slot--${control}" data-layout-control="${control}">${CONTROLS[control]}</div>`
      : null;
  });
  return markup`<!doctype html>
<html lang="sv">
  <head>
    <meta charset="utf-8" />
    <title>${video ? 'Videomöte' : 'Meddelande'} – layouttest</title>
    <link rel="stylesheet" href="/static/layout.css" />
    <script type="module" src="/static/layout.ts"></script>
  </head>
  <body data-video="${video ? 'yes' : 'no'}">
    <main class="thread">
      <h1>Konversation med Testperson Fiktiv</h1>
      <p>Hej! Jag undrar om tiden på torsdag fortfarande gäller.</p>
      <p>Med vänlig hälsning, Testperson</p>
    </main>
    ${crowd(url.searchParams.get('crowd') === '1')} ${slots}
  </body>
</html>`;
}

export function createLayoutReplica(): Replica {
  return {
    async handle(request) {
      const path = request.url.pathname;
      if (path.startsWith('/static/') && (await serveStatic(request, STATIC_DIR, path.slice(8)))) return;
      // The bare address shows the message page with nothing placed, for a look at the page itself.
      if (path === '/' || /^\/meddelanden\/[\w-]+\/?$/.test(path))
        return sendHtml(request.res, 200, page(request.url, false).value);
      if (/^\/mote\/[\w-]+\/?$/.test(path)) return sendHtml(request.res, 200, page(request.url, true).value);
      if (path === '/favicon.ico') {
        request.res.writeHead(204);
        request.res.end();
        return;
      }
      sendText(request.res, 404, 'Sidan finns inte.');
    },
  };
}
