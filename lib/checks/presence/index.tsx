import { PresenceMark } from '@/components/presence/PresenceMark';
import { mountPageOverlay } from '../page-overlay';
import { defineCheck } from '../types';

/**
 * The smallest check: a quiet mark in the corner telling the clinician that Vårdmöteskollen is active on this
 * portal (and, by its absence, that it is not). It also proves the whole chain: portal matching, policy, shadow UI.
 */
export const presenceCheck = defineCheck({
  id: 'presence',
  portals: 'all',
  async start({ ctx, portal, page, signal }) {
    // In a video meeting the call overlay's chip already shows the extension at work, and the corner this mark
    // takes holds the patient's name in the meeting layouts.
    if (page === 'video') return;
    await mountPageOverlay(ctx, signal, {
      name: 'vmk-presence',
      zIndex: 2147483000,
      mark: ['data-vmk-presence', portal.id],
      content: <PresenceMark portalName={portal.name} />,
      // After the reminders (order 1): the mark is the smaller item, so it is the one to give way.
      pin: { corner: 'bottom-right', order: 2, portal },
    });
  },
});
