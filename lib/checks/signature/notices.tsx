import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { browser } from 'wxt/browser';
import { SignatureNotice, type SignatureNoticeContent } from '@/components/signature/SignatureNotice';
import { pinItem, type Pin } from '@/lib/placement/service';
import type { ResolvedPortal } from '@/lib/portals/types';
import { copyText } from './clipboard';
import type { SignatureContentToBackground } from './messages';

export interface Notices {
  /** Shows a notice (replacing the one shown); information goes by itself after a while, warnings stay. */
  show(notice: SignatureNoticeContent): void;
  close(): void;
}

const INFO_MS = 6000;
/**
 * A notice marked `persist` (the unsigned-send warning) stays until the clinician closes it, also across a
 * multi-page portal's send (the next page shows it) and the check's restarts (settings change, single-page
 * navigation), for a while. It is kept in the tab's sessionStorage and holds the notice's own text, never the reply's.
 */
const CARRY_KEY = 'vmk-signature-notice';
const CARRY_MS = 2 * 60_000;

interface Carried {
  notice: SignatureNoticeContent;
  at: number;
}

function carried(): Carried | undefined {
  try {
    const raw = sessionStorage.getItem(CARRY_KEY);
    const parsed = raw ? (JSON.parse(raw) as Carried) : undefined;
    return parsed && Date.now() - parsed.at < CARRY_MS ? parsed : undefined;
  } catch {
    return undefined; // storage blocked or damaged: nothing to carry
  }
}

function carry(notice: SignatureNoticeContent | undefined, at = Date.now()): void {
  try {
    if (notice) sessionStorage.setItem(CARRY_KEY, JSON.stringify({ notice, at } satisfies Carried));
    else sessionStorage.removeItem(CARRY_KEY);
  } catch {
    // storage blocked: the notice shows on this page only
  }
}

export function createNotices(
  ctx: ContentScriptContext,
  portal: ResolvedPortal,
  signal: AbortSignal,
): Notices {
  let ui: Promise<ShadowRootContentScriptUi<HTMLElement>> | undefined;
  let pin: Pin | undefined;
  let current: SignatureNoticeContent | undefined;
  let timer: number | undefined;
  // A new notice is a new element: a "Kopierad" from the one before does not carry over.
  let noticeCount = 0;

  const openOptions = () => {
    const message: SignatureContentToBackground = { type: 'signature:open-options' };
    browser.runtime.sendMessage(message).catch(() => undefined);
  };

  const draw = async () => {
    if (signal.aborted) return;
    ui ??= createShadowRootUi(ctx, {
      name: 'vmk-signature-notice',
      position: 'overlay',
      anchor: 'body',
      append: 'last',
      zIndex: 2147483000,
      onMount: (container) => container,
      onRemove: (container) => container && render(null, container),
    }).then((created) => {
      created.mount();
      const root = created.mounted;
      // Off the portal's controls, nearest the corner the notice has always used; placed right after each draw.
      pin = pinItem({
        corner: 'bottom-left',
        order: 0,
        portal,
        signal,
        target: () => (root?.firstElementChild instanceof HTMLElement ? root.firstElementChild : null),
      });
      return created;
    });
    const container = (await ui).mounted;
    if (!container || signal.aborted) return;
    render(
      current ? (
        <SignatureNotice
          key={noticeCount}
          notice={current}
          onClose={close}
          onOpenOptions={openOptions}
          onCopy={(text) => copyText(text, container)}
        />
      ) : null,
      container,
    );
    pin?.placeNow();
  };

  function close(): void {
    if (current?.persist) carry(undefined);
    current = undefined;
    clearTimeout(timer);
    void draw();
  }

  function show(notice: SignatureNoticeContent, at?: number): void {
    if (current?.persist) carry(undefined);
    current = notice;
    noticeCount += 1;
    clearTimeout(timer);
    if (notice.kind === 'info') timer = ctx.setTimeout(close, INFO_MS);
    if (notice.persist) carry({ ...notice, copyText: undefined }, at);
    void draw();
  }

  const earlier = carried();
  if (earlier) show(earlier.notice, earlier.at);
  signal.addEventListener(
    'abort',
    () => {
      clearTimeout(timer);
      void ui?.then((created) => created.remove());
    },
    { once: true },
  );
  return { show, close };
}
