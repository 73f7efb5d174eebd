/**
 * Calls `onChange` (debounced) when the page's videos may have changed: an element added or removed (a
 * single-page app drawing the meeting room), or a video getting, losing or switching its stream (media events,
 * which do not bubble but do pass the document in the capture phase). Cheap on busy pages: a mutation batch only
 * sets a timer; the caller's rescan reads `document.getElementsByTagName('video')`.
 */
const MEDIA_EVENTS = ['loadedmetadata', 'emptied', 'play', 'playing'] as const;

export function watchVideos(
  onChange: () => void,
  signal: AbortSignal,
  { root = document, debounceMs = 200 }: { root?: Document; debounceMs?: number } = {},
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    if (timer !== undefined || signal.aborted) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (!signal.aborted) onChange();
    }, debounceMs);
  };
  const observer = new MutationObserver((records) => {
    if (records.some((record) => record.addedNodes.length > 0 || record.removedNodes.length > 0)) schedule();
  });
  observer.observe(root.documentElement, { childList: true, subtree: true });
  for (const type of MEDIA_EVENTS) {
    root.addEventListener(type, (event) => event.target instanceof HTMLVideoElement && schedule(), {
      capture: true,
      signal,
    });
  }
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
    },
    { once: true },
  );
}
