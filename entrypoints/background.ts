import { defineBackground } from 'wxt/utils/define-background';
import { watchExtraHosts } from '@/lib/background/extra-hosts';
import { watchReminders } from '@/lib/background/reminders';

export default defineBackground(() => {
  watchExtraHosts();
  watchReminders();
});
