import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { PresenceMark } from '@/components/presence/PresenceMark';
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
    const ui = await createShadowRootUi(ctx, {
      name: 'vmk-presence',
      position: 'overlay',
      anchor: 'body',
      append: 'last',
      zIndex: 2147483000,
      onMount(container, _shadow, host) {
        host.setAttribute('data-vmk-presence', portal.id);
        render(<PresenceMark portalName={portal.name} />, container);
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
