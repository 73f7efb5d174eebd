import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LINKS_KEY, readLinks } from '@/lib/checks/deadlines/links';
import { listedDeadlines, type ListedDeadline } from '@/lib/checks/deadlines/popup-list';
import { allSeen } from '@/lib/checks/deadlines/store';
import { renderToolbarBadge, swedishToday } from '@/lib/checks/deadlines/toolbar';
import { uiLanguage } from '@/lib/i18n';

const REFRESH_MS = 30_000;

/**
 * The messages overdue or due today, kept current while the popup is open: the background rewrites the links map
 * with every change to the store, and a timer moves "idag" and "Försenat" on. Opening the popup also recounts the
 * toolbar number, which otherwise only changes when a portal page reports (no alarm wakes the background at midnight).
 */
export function useSeenDeadlines(): ListedDeadline[] | undefined {
  const [listed, setListed] = useState<ListedDeadline[]>();
  useEffect(() => {
    let alive = true;
    const refresh = () => {
      const now = Date.now();
      void Promise.all([allSeen(), readLinks()])
        .then(([messages, links]) => {
          if (alive)
            setListed(listedDeadlines(messages, links, new Date(now), swedishToday(now), uiLanguage()));
        })
        .catch(() => alive && setListed([]));
    };
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && LINKS_KEY in changes) refresh();
    };
    browser.storage.onChanged.addListener(listener);
    const timer = setInterval(refresh, REFRESH_MS);
    refresh();
    void renderToolbarBadge(Date.now()).catch(() => undefined);
    return () => {
      alive = false;
      clearInterval(timer);
      browser.storage.onChanged.removeListener(listener);
    };
  }, []);
  return listed;
}
