import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CallChip } from '@/components/call-overlay/CallChip';
import '@/components/call-overlay/call-overlay.css';
import { uiLanguage } from '@/lib/i18n';
import { controlRects } from '@/lib/placement/controls';
import { findSpot } from '@/lib/placement/geometry';
import { queryAll } from '@/lib/portals/query';
import type { ResolvedPortal } from '@/lib/portals/types';
import { placeChip, type Rect } from './placement';
import { sameModel, STATE_MODELS, type ChipModel } from './status';

export interface ChipUi {
  update(model: ChipModel): void;
  /** The self-view the chip sits beside (null: a corner). */
  setAnchor(video: HTMLVideoElement | null): void;
  reposition(): void;
  remove(): void;
}

/** Minimised or not is the clinician's choice for the rest of the page's life, across check restarts. */
let minimised = false;

function rectOf(element: Element): Rect {
  const box = element.getBoundingClientRect();
  return { left: box.left, top: box.top, width: box.width, height: box.height };
}

/** Elements whose children are not drawn: the chip cannot go inside them. */
const REPLACED = ['VIDEO', 'CANVAS', 'IMG', 'IFRAME', 'OBJECT', 'EMBED'];

/**
 * Where the chip's host belongs: inside the portal's fullscreen element while there is one (only that element's
 * subtree is drawn then), else at the end of <body>. A video shown fullscreen by itself cannot hold it.
 */
export function chipParent(doc: Document): Element {
  const full = doc.fullscreenElement;
  return full && !REPLACED.includes(full.tagName) ? full : doc.body;
}

/**
 * The chip in a shadow root of its own (`<vmk-call-overlay>` at the end of <body>, or in the portal's fullscreen
 * element while the call is fullscreen), rendered synchronously and then measured and placed, in the same task, so
 * it never shows in a wrong spot. It is placed again when the window or the self-view changes size, when the chip
 * itself changes (expanded, minimised, new text), and when the controller asks (about once a second while results
 * come in).
 */
export async function mountChipUi(
  ctx: ContentScriptContext,
  portal: ResolvedPortal,
  signal: AbortSignal,
): Promise<ChipUi | null> {
  const language = uiLanguage();
  let model: ChipModel = STATE_MODELS.starting;
  let expanded = false;
  let anchor: HTMLVideoElement | null = null;
  let root: HTMLDivElement | null = null;
  let container: HTMLElement | null = null;
  let host: HTMLElement | null = null;
  let frame = 0;

  const reposition = () => {
    if (!root) return;
    const size = rectOf(root);
    const viewport = {
      width: document.documentElement.clientWidth,
      height: document.documentElement.clientHeight,
    };
    // The call controls by the portal's selectors, and every other control in the page (a layout the portal
    // changed, a banner); the pictures are not avoided: the chip belongs beside the self-view, over the call.
    const avoid = [
      ...[...queryAll(portal, 'callControls'), ...queryAll(portal, 'endCallButton')].map(rectOf),
      ...controlRects(portal, { pictures: false }),
    ];
    const self = anchor?.isConnected ? rectOf(anchor) : null;
    const chip = { width: Math.ceil(size.width), height: Math.ceil(size.height) };
    const where = placeChip({ anchor: self, chip, viewport, avoid });
    // Neither beside the self-view nor in a corner: the free spot nearest the bottom-left corner, if any.
    const free = where.clear
      ? null
      : findSpot({ size: chip, viewport, obstacles: self ? [...avoid, self] : avoid, corner: 'bottom-left' });
    root.style.left = `${Math.round(free?.left ?? where.left)}px`;
    root.style.top = `${Math.round(free?.top ?? where.top)}px`;
    root.setAttribute('data-vmk-call-overlay-placement', free ? 'free' : where.kind);
  };
  const soon = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      reposition();
    });
  };
  const resizes = new ResizeObserver(soon);

  const draw = (focus?: 'restore' | 'minimise') => {
    if (!container) return;
    render(
      <CallChip
        model={model}
        language={language}
        expanded={expanded}
        minimised={minimised}
        rootRef={(element) => {
          if (element === root) return;
          if (root) resizes.unobserve(root);
          root = element;
          if (root) resizes.observe(root);
        }}
        onToggleExpanded={() => {
          expanded = !expanded;
          draw();
        }}
        onMinimise={() => {
          minimised = true;
          draw('restore');
        }}
        onRestore={() => {
          minimised = false;
          draw('minimise');
        }}
      />,
      container,
    );
    reposition();
    if (focus) root?.querySelector<HTMLButtonElement>(`[data-vmk-call-overlay-action="${focus}"]`)?.focus();
  };

  const ui = await createShadowRootUi(ctx, {
    name: 'vmk-call-overlay',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(uiContainer, _shadow, shadowHost) {
      shadowHost.setAttribute('data-vmk-call-overlay', 'chip');
      host = shadowHost;
      container = uiContainer;
      draw();
      return uiContainer;
    },
    onRemove(uiContainer) {
      if (uiContainer) render(null, uiContainer);
      container = null;
      root = null;
    },
  });
  if (signal.aborted) return null;
  ui.mount();
  window.addEventListener('resize', soon, { signal });
  // Into the portal's fullscreen element and back out, keeping focus where it was (moving an element blurs it).
  const followFullscreen = () => {
    const parent = chipParent(document);
    if (!host || host.parentElement === parent) return;
    const focused = host.shadowRoot?.activeElement;
    parent.append(host);
    if (focused instanceof HTMLElement) focused.focus();
    reposition();
  };
  document.addEventListener('fullscreenchange', followFullscreen, { signal });
  followFullscreen();

  const remove = () => {
    resizes.disconnect();
    cancelAnimationFrame(frame);
    ui.remove();
  };
  signal.addEventListener('abort', remove, { once: true });

  return {
    update(next) {
      if (sameModel(next, model)) return;
      if (next.state !== 'ok' && next.state !== 'issues') expanded = false;
      model = next;
      draw();
    },
    setAnchor(video) {
      if (video === anchor) return;
      if (anchor) resizes.unobserve(anchor);
      anchor = video;
      if (anchor) resizes.observe(anchor);
      soon();
    },
    reposition,
    remove,
  };
}
