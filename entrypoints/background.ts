import { defineBackground } from 'wxt/utils/define-background';
import { watchExtraHosts } from '@/lib/background/extra-hosts';

export default defineBackground(() => {
  watchExtraHosts();
});
