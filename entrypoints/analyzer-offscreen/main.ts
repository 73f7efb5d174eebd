import { serveOffscreenAnalyzer } from '@/lib/camera/transport/offscreen-host';

serveOffscreenAnalyzer(window);
