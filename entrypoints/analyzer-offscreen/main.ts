import { serveOffscreenAnalyzer } from '@/lib/camera/offscreen-host';

serveOffscreenAnalyzer(window);
