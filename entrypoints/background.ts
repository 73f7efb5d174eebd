import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Later checks register their listeners here (toolbar count, context menu, commands).
});
