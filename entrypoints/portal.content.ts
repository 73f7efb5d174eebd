import { defineContentScript } from 'wxt/utils/define-content-script';
import { runPortalChecks } from '@/lib/checks/host';
import { builtInMatchPatterns } from '@/lib/portals/resolve';

export default defineContentScript({
  matches: builtInMatchPatterns({ release: import.meta.env.MODE === 'release' }),
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  main: (ctx) => runPortalChecks(ctx),
});
