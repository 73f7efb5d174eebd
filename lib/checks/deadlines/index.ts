import { PageClock } from '../../deadlines';
import { uiLanguage } from '../../i18n';
import { logCheckError } from '../../log';
import { sendToBackground } from '../../messages';
import { timed } from '../../timeline';
import { defineCheck } from '../types';
import { DeadlineAnnotator } from './annotator';
import { pageRule } from './page-rule';
import { createReporter } from './reporter';

/** Only what can change a badge: text, and the two attributes an arrival time can be read from. */
const OBSERVED: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['datetime', 'title'],
};
const MINUTE = 60_000;
const SCANNED_MARK = 'data-vmk-deadlines-rows';

/**
 * One per document: what the page learnt of the portal's clock stays true when the check restarts (a settings
 * change, single-page navigation), so the next page's badges count from the portal's time from the start.
 */
let pageClock: PageClock | undefined;

/**
 * Answer deadlines on open messages: a badge with the working time left (green, amber, red) next to each open
 * message's arrival time, in lists and in the open case view; "Kan inte läsa datum" where the date cannot be read,
 * "Kontrollera datum" where it lies ahead of the computer's clock with nothing on the page to explain it. Runs on
 * inbox pages and case pages (SoB lists a moment's messages on its case page). See README.md.
 */
export const deadlinesCheck = defineCheck({
  id: 'deadlines',
  portals: 'all',
  pages: ['inbox', 'case'],
  start({ portal, settings, signal }) {
    // Each callback has its own guard: a failure is logged once and the page keeps working.
    const guarded = (name: string, work: () => void) => () => {
      try {
        // On the page's timeline as vmk-deadlines:<name>, for DevTools and `npm run bench -- inbox`.
        timed(`vmk-deadlines:${name}`, work);
      } catch (error) {
        logCheckError('deadlines', error);
      }
    };
    const reporter = createReporter(portal.id, (message) => void sendToBackground(message), {
      wrap: (work) => guarded('report', work)(),
    });
    const annotator = new DeadlineAnnotator({
      portal,
      rule: () => pageRule(settings.checks.deadlines, portal),
      language: uiLanguage(),
      reporter,
      clock: (pageClock ??= new PageClock()),
      measureLater: (slice) => guarded('idle', slice)(),
    });

    // The page says the check has looked, and how many message rows it found (0: the portal's list did not match
    // the selectors): a sign for IT in the DevTools, and for tests that no badge is coming.
    const root = document.documentElement;
    guarded('scan', () => root.setAttribute(SCANNED_MARK, String(annotator.scanAll())))();
    const observer = new MutationObserver((records) => {
      guarded('update', () => annotator.handleMutations(records))();
      // What is queued now is our own badges going in and out during that update: nothing to do.
      observer.takeRecords();
    });
    observer.observe(document.body ?? document.documentElement, OBSERVED);

    // One timer for the page, on the minute, so the badges change when the clock on the wall does.
    const tick = guarded('tick', () => annotator.tick());
    let interval: ReturnType<typeof setInterval> | undefined;
    const firstTick = setTimeout(
      () => {
        tick();
        interval = setInterval(tick, MINUTE);
      },
      MINUTE - (Date.now() % MINUTE),
    );

    signal.addEventListener(
      'abort',
      () => {
        observer.disconnect();
        clearTimeout(firstTick);
        if (interval !== undefined) clearInterval(interval);
        reporter.stop();
        annotator.stop();
        root.removeAttribute(SCANNED_MARK);
      },
      { once: true },
    );
  },
});
