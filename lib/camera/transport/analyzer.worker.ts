/**
 * The analyzer's dedicated module worker. Extension pages create it directly (worker-client.ts); content scripts
 * reach it through the analyzer frame, which hands it their MessagePort.
 */
import { startAnalyzerWorker, type Endpoint } from './worker-server';

startAnalyzerWorker(self as unknown as Endpoint & { location: { href: string } });
