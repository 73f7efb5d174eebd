import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { SignatureButton } from '@/components/signature/SignatureButton';
import { queryAll } from '../../portals/query';
import type { ResolvedPortal } from '../../portals/types';
import { replyEditorIn, type ReplyEditor } from './editor';

/** Marks a reply field that has its button (idempotent; removed when the check stops). */
export const FIELD_MARK = 'data-vmk-signature-field';

interface Mounted {
  host: Promise<HTMLElement | undefined>;
  remove(): void;
}

/**
 * Puts a small signature button right after each reply field (so Tab goes field → button → the portal's send),
 * and keeps it there while a single-page app adds, replaces and removes fields.
 */
export function watchReplyFields(
  ctx: ContentScriptContext,
  portal: ResolvedPortal,
  signal: AbortSignal,
  onInsert: (editor: ReplyEditor) => void,
): void {
  const mounted = new Map<Element, Mounted>();

  const mount = (anchor: Element): Mounted => {
    const insert = () => {
      const editor = replyEditorIn(anchor);
      if (editor) onInsert(editor);
    };
    anchor.setAttribute(FIELD_MARK, '');
    const ui = createShadowRootUi(ctx, {
      name: 'vmk-signature-button',
      position: 'inline',
      anchor,
      append: 'after',
      onMount(container, _shadow, host) {
        host.setAttribute('data-vmk-signature-button', portal.id);
        render(<SignatureButton onInsert={insert} />, container);
        return container;
      },
      onRemove: (container) => container && render(null, container),
    }).then((created) => {
      if (signal.aborted || !anchor.isConnected) return undefined;
      created.mount();
      return created;
    });
    return {
      host: ui.then((created) => created?.shadowHost),
      remove: () => {
        anchor.removeAttribute(FIELD_MARK);
        void ui.then((created) => created?.remove());
      },
    };
  };

  const scan = () => {
    for (const [anchor, entry] of mounted) {
      if (anchor.isConnected) continue;
      entry.remove();
      mounted.delete(anchor);
    }
    for (const anchor of queryAll(portal, 'replyField')) {
      const known = mounted.get(anchor);
      if (known) {
        // The app re-rendered the field's surroundings and dropped the button: put it back.
        void known.host.then((host) => {
          if (host && !host.isConnected && anchor.isConnected && mounted.get(anchor) === known) {
            known.remove();
            mounted.delete(anchor);
            schedule();
          }
        });
        continue;
      }
      if (replyEditorIn(anchor)) mounted.set(anchor, mount(anchor));
    }
  };

  let pending = false;
  const schedule = () => {
    if (pending || signal.aborted) return;
    pending = true;
    ctx.setTimeout(() => {
      pending = false;
      if (!signal.aborted) scan();
    }, 50);
  };

  const observer = new MutationObserver(schedule);
  observer.observe(document.body, { childList: true, subtree: true });
  scan();
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      mounted.forEach((entry) => entry.remove());
      mounted.clear();
    },
    { once: true },
  );
}
