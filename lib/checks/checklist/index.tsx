import { PageReminders } from '@/components/checklist/PageReminders';
import '@/components/checklist/page-reminders.css';
import { mountPageOverlay } from '../page-overlay';
import { defineCheck } from '../types';

/**
 * The checklist's part inside the portals: the documentation reminder after a video meeting or a written reply,
 * shown in every open portal tab until the clinician marks it done, except on a page in a call (the checklist itself
 * lives in the popup).
 */
export const checklistCheck = defineCheck({
  id: 'checklist',
  portals: 'all',
  async start({ ctx, portal, settings, signal }) {
    const { afterCall, afterReply } = settings.checks.checklist.reminders;
    if (!afterCall && !afterReply) return;
    await mountPageOverlay(ctx, signal, {
      name: 'vmk-reminders',
      zIndex: 2147483001,
      mark: ['data-vmk-checklist', 'reminders'],
      content: <PageReminders settings={settings} />,
      pin: { corner: 'bottom-right', order: 1, portal },
    });
  },
});
