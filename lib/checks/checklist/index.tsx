import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { PageReminders } from '@/components/checklist/PageReminders';
import '@/components/checklist/page-reminders.css';
import { defineCheck } from '../types';

/**
 * The checklist's part inside the portals: the documentation reminder after a video meeting or a written reply,
 * shown in every open portal tab until the clinician marks it done (the checklist itself lives in the popup).
 */
export const checklistCheck = defineCheck({
  id: 'checklist',
  portals: 'all',
  async start({ ctx, settings, signal }) {
    const { afterCall, afterReply } = settings.checks.checklist.reminders;
    if (!afterCall && !afterReply) return;
    const ui = await createShadowRootUi(ctx, {
      name: 'vmk-reminders',
      position: 'overlay',
      anchor: 'body',
      append: 'last',
      zIndex: 2147483001,
      onMount(container, _shadow, host) {
        host.setAttribute('data-vmk-checklist', 'reminders');
        render(<PageReminders settings={settings} />, container);
        return container;
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });
    if (signal.aborted) return;
    ui.mount();
    signal.addEventListener('abort', () => ui.remove(), { once: true });
  },
});
