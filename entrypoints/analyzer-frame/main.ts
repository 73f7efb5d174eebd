import { acceptAnalyzerConnections } from '@/lib/camera/transport/frame-host';
import { originOfPortal } from '@/lib/portals/embedder';
import { loadSettings } from '@/lib/settings/store';

/**
 * The frame is web-accessible on any host, since IT may add portals by policy: it serves only a page of a portal in
 * effect (or the extension's own pages). Until that is known, connection requests wait; a page of no portal is told
 * so on the port it sent, and gets no analyzer.
 */
const embedder = location.ancestorOrigins?.[0];
const allowed: Promise<boolean> =
  embedder === undefined || embedder === location.origin
    ? Promise.resolve(true)
    : loadSettings().then(
        ({ settings }) => originOfPortal(embedder, settings),
        () => false,
      );
let open = false;

window.addEventListener(
  'message',
  (event: MessageEvent) => {
    if (open || event.source !== window.parent) return;
    event.stopImmediatePropagation();
    void allowed.then((ok) => {
      if (!ok) {
        event.ports[0]?.postMessage({ type: 'analyzer:error', message: 'not-a-portal' });
        return;
      }
      open = true;
      window.dispatchEvent(
        new MessageEvent('message', {
          data: event.data,
          origin: event.origin,
          source: event.source,
          ports: [...event.ports],
        }),
      );
    });
  },
  { capture: true },
);

acceptAnalyzerConnections(window);
