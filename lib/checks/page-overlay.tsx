import { render, type VNode } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { pinItem } from '@/lib/placement/service';
import type { Corner } from '@/lib/placement/geometry';
import type { ResolvedPortal } from '@/lib/portals/types';

export interface PageOverlayOptions {
  /** The shadow host's tag name (`vmk-…`). */
  name: string;
  zIndex: number;
  /** The check's `data-vmk-<id>` mark on the shadow host, and its value. */
  mark: [attribute: string, value: string];
  content: VNode;
  /** Where the content's position:fixed root prefers to sit; the placement service keeps it off the controls. */
  pin: { corner: Corner; order: number; portal: ResolvedPortal };
}

/**
 * A check's own UI over the portal page (a corner mark, a reminder): rendered with Preact into a shadow root at the
 * end of <body>, pinned by the placement service (lib/placement/) to the free spot nearest its corner, removed when
 * the check's signal aborts.
 */
export async function mountPageOverlay(
  ctx: ContentScriptContext,
  signal: AbortSignal,
  { name, zIndex, mark, content, pin }: PageOverlayOptions,
): Promise<void> {
  const ui = await createShadowRootUi(ctx, {
    name,
    position: 'overlay',
    anchor: 'body',
    append: 'last',
    zIndex,
    onMount(container, _shadow, host) {
      host.setAttribute(...mark);
      render(content, container);
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  if (signal.aborted) return;
  ui.mount();
  const container = ui.mounted;
  pinItem({
    ...pin,
    signal,
    target: () => (container?.firstElementChild instanceof HTMLElement ? container.firstElementChild : null),
  });
  signal.addEventListener('abort', () => ui.remove(), { once: true });
}
