/**
 * The page changes under the items without telling: the window is resized or scrolled, the portal redraws, goes
 * fullscreen, or moves something by style. Mutations and events cover most; a check once a second the rest.
 * Mutations go to `onMutation`, which places at once: the page may put a control where an item is.
 */
export function watchPage(schedule: () => void, onMutation: () => void): () => void {
  const events = new AbortController();
  const options = { signal: events.signal, passive: true, capture: true };
  window.addEventListener('resize', schedule, options);
  window.addEventListener('scroll', schedule, options);
  document.addEventListener('fullscreenchange', schedule, options);
  document.addEventListener('visibilitychange', schedule, options);
  const mutations = new MutationObserver(onMutation);
  mutations.observe(document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['class', 'style', 'hidden', 'open'],
  });
  const timer = window.setInterval(() => {
    if (document.visibilityState === 'visible') schedule();
  }, 1000);
  return () => {
    events.abort();
    mutations.disconnect();
    clearInterval(timer);
  };
}
