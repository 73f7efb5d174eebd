import { logCheckError } from '../../log';
import { mountPageOverlay } from '../page-overlay';
import { defineCheck } from '../types';
import { ChildHint } from './hint';
import { watchPatient } from './patient';

/**
 * The guideline's rules for children, where the portal shows the patient's personal identity number: a short hint
 * when the patient is under 18 (under 13, or 13–17), with the routines' links and, where the portal marks protected
 * identity, what that means for a guardian. The age is worked out in memory and never stored, logged or sent.
 */
export const childrenCheck = defineCheck({
  id: 'children',
  portals: 'all',
  start({ ctx, portal, page, settings, signal }) {
    // In a video meeting the picture and its controls come first; the hint belongs to the case before the meeting.
    if (page === 'video') return;
    watchPatient(
      portal,
      signal,
      (source) => {
        mountPageOverlay(ctx, signal, {
          name: 'vmk-child-hint',
          zIndex: 2147483001,
          mark: ['data-vmk-children', 'hint'],
          content: <ChildHint source={source} links={settings.checks.children.links} />,
          // After the notices, the reminders and the presence mark: the hint is the one to give way.
          pin: { corner: 'top-right', order: 3, portal },
        }).catch((error: unknown) => logCheckError('children', error));
      },
      (error) => logCheckError('children', error),
    );
  },
});
