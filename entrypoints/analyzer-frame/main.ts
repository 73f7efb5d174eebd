import { acceptAnalyzerConnections } from '@/lib/camera/frame-host';

acceptAnalyzerConnections(window);
