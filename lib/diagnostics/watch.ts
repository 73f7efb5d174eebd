import { browser } from 'wxt/browser';
import { camerasIfVideo, showsCamera } from '../checks/page-kind';
import type { PageKind, ResolvedPortal } from '../portals/types';
import { timed } from '../timeline';
import { pageFindings, type PageFindings } from './findings';

/** content→background: this tab's findings, or null when the page is no portal page (any more). */
export interface FindingsMessage {
  type: 'page:findings';
  findings: PageFindings | null;
}

async function send(findings: PageFindings | null): Promise<void> {
  try {
    await browser.runtime.sendMessage({ type: 'page:findings', findings } satisfies FindingsMessage);
  } catch {
    // The worker is restarting: the next change sends again.
  }
}

/** The page is no portal page: its findings go from the popup and the options page. */
export function clearFindings(): void {
  void send(null);
}

/**
 * Looks at the page after the checks started and again when it changes (at most every 3 s: a list of thousands
 * of rows changes often while it loads), and tells the background when the findings differ from the last ones.
 */
export function watchFindings(portal: ResolvedPortal, page: PageKind | undefined, signal: AbortSignal): void {
  let last = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const look = async () => {
    timer = undefined;
    // Not measured: the awaited camera list, made in the browser process, off the page's main thread.
    const cameras = page === 'video' ? await camerasIfVideo().catch(() => null) : null;
    if (signal.aborted) return;
    // The synchronous reading, on the page's performance timeline (`npm run bench -- watchers`).
    const { findings, text } = timed('vmk-findings:read', () => {
      const read = pageFindings(portal, page, { selfView: showsCamera(portal, cameras) });
      return { findings: read, text: JSON.stringify(read) };
    });
    if (text === last) return;
    last = text;
    await send(findings);
  };
  const later = (delay = 3000) => {
    timer ??= setTimeout(() => void look().catch(() => undefined), delay);
  };
  const observer = new MutationObserver(() => later());
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer) clearTimeout(timer);
  });
  later(800);
}
