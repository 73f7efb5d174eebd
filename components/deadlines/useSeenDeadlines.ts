import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CLOCK_KEY, clockBehindMs } from '@/lib/checks/deadlines/clock-lag';
import { LINKS_KEY, readLinks } from '@/lib/checks/deadlines/links';
import { popupDeadlines, type PopupDeadlines } from '@/lib/checks/deadlines/popup-list';
import { allSeen } from '@/lib/checks/deadlines/store';
import { uiLanguage } from '@/lib/i18n';
import { sendToBackground } from '@/lib/messages';
import { portalName, portalsInEffect } from '@/lib/portals/resolve';
import { loadSettings } from '@/lib/settings/store';

const REFRESH_MS = 30_000;

/**
 * The messages overdue or due today, kept current while the popup is open: the background rewrites the links map
 * with every change to the store, and a timer moves "idag" and "Försenat" on. Counted from the portals' time (the
 * computer's clock plus how far behind the pages have shown it is), with a notice when that differs. Opening the
 * popup also has the background recount the toolbar number, which otherwise only changes when a portal page reports
 * (no alarm wakes the background at midnight).
 */
export function useSeenDeadlines(): PopupDeadlines | undefined {
  const [shown, setShown] = useState<PopupDeadlines>();
  useEffect(() => {
    let alive = true;
    const refresh = () => {
      const now = Date.now();
      void Promise.all([allSeen(), readLinks(), clockBehindMs(), loadSettings()])
        .then(([messages, links, behind, { settings }]) => {
          const names = new Map(portalsInEffect(settings).map((portal) => [portal.id, portal.name]));
          const nameOf = (portal: string) => names.get(portal) ?? portalName(portal);
          if (alive) setShown(popupDeadlines(messages, links, now, behind, uiLanguage(), nameOf));
        })
        .catch(() => alive && setShown({ listed: [], clockNotice: null }));
    };
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && (LINKS_KEY in changes || CLOCK_KEY in changes)) refresh();
    };
    browser.storage.onChanged.addListener(listener);
    const timer = setInterval(refresh, REFRESH_MS);
    refresh();
    // The background draws the icon, in turn with the reports and reminders (a second writer could put back an
    // old number).
    void sendToBackground({ type: 'toolbar:recount' });
    return () => {
      alive = false;
      clearInterval(timer);
      browser.storage.onChanged.removeListener(listener);
    };
  }, []);
  return shown;
}
