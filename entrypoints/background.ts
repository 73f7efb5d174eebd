import { defineBackground } from 'wxt/utils/define-background';
import { watchExtraHosts } from '@/lib/background/extra-hosts';
import { watchReminders } from '@/lib/background/reminders';
import { setUpSignatureTriggers } from '@/lib/checks/signature/background';
import { setUpDeadlines } from '@/lib/checks/deadlines/background';
import { setUpDiagnostics } from '@/lib/diagnostics/background';
import { setUpMapping } from '@/lib/mapping/background';

export default defineBackground(() => {
  watchExtraHosts();
  watchReminders();
  setUpSignatureTriggers();
  setUpDeadlines();
  setUpDiagnostics();
  setUpMapping();
});
