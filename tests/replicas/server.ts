/**
 * One local HTTP server for all replica portals, bound to 127.0.0.1 and dispatching on the Host header
 * (Chromium resolves every *.localhost name to loopback). Each server instance keeps its own in-memory state.
 *
 *   npm run replicas            # port from VMK_REPLICA_PORT, else 8177
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { create1177Replica } from './1177/replica.ts';
import { DEFAULT_REPLICA_PORT, REPLICA_HOSTS, replicaOrigin, type ReplicaName } from './hosts.ts';
import {
  HttpError,
  sendHtml,
  sendJson,
  sendText,
  serveStatic,
  type Replica,
  type ReplicaOptions,
} from './http.ts';
import { createEditorPages, EDITOR_PREFIX } from './editors/replica.ts';
import { createLayoutReplica } from './layout/replica.ts';
import { createNordReplica } from './nord/replica.ts';
import { createVastReplica } from './vast/replica.ts';
import { createSobReplica } from './sob/replica.ts';
import { createVardochhalsaReplica } from './vardochhalsa/replica.ts';

export interface ReplicaServerOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Fixed clock, e.g. for fixture snapshots. Default: the real time. */
  now?: () => Date;
  /** Delay of the single-page app's data endpoints (Vård och hälsa). Default 300–800 ms. */
  latencyMs?: { min: number; max: number };
}

export interface ReplicaServer {
  port: number;
  close(): Promise<void>;
}

const OTHER_SITE_DIR = fileURLToPath(new URL('./annan-sajt', import.meta.url));

function otherSite(): Replica {
  return {
    async handle(request) {
      const path = request.url.pathname === '/' ? '/index.html' : request.url.pathname;
      if (await serveStatic(request, OTHER_SITE_DIR, path)) return;
      if (path === '/favicon.ico') {
        request.res.writeHead(204);
        request.res.end();
        return;
      }
      sendText(request.res, 404, 'Sidan finns inte.');
    },
  };
}

export async function startReplicaServer(options: ReplicaServerOptions = {}): Promise<ReplicaServer> {
  const replicaOptions: ReplicaOptions = {
    now: options.now ?? (() => new Date()),
    latencyMs: options.latencyMs ?? { min: 300, max: 800 },
  };
  const replicas: Record<ReplicaName, Replica> = {
    '1177': create1177Replica(replicaOptions),
    vardochhalsa: createVardochhalsaReplica(replicaOptions),
    sob: await createSobReplica(replicaOptions),
    layout: createLayoutReplica(),
    other: otherSite(),
  };
  const nord = createNordReplica(replicaOptions);
  const vast = createVastReplica(replicaOptions);
  const byHost = new Map<string, ReplicaName>(
    (Object.keys(REPLICA_HOSTS) as ReplicaName[]).map((name) => [REPLICA_HOSTS[name], name]),
  );
  const editorPages = createEditorPages();

  async function dispatch(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const hostHeader = (req.headers.host ?? '').toLowerCase();
    const hostname = hostHeader.replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', `http://${hostHeader || 'localhost'}`);
    const method = req.method ?? 'GET';
    const name = byHost.get(hostname);
    if (name) {
      // The editor test pages (tests/replicas/editors/) live under a path of their own on two replica hosts.
      if (url.pathname.startsWith(EDITOR_PREFIX)) await editorPages.handle({ req, res, url, method }, name);
      else await replicas[name].handle({ req, res, url, method });
      return;
    }
    // A portal no built-in pattern knows, on a host of its own (tests/replicas/nord): only policy points at it.
    if (hostname === '127.0.0.1' && url.pathname.startsWith('/nord/')) {
      await nord.handle({ req, res, url, method });
      return;
    }
    // A portal no policy describes yet, for the mapping assistant (tests/replicas/vast).
    if (hostname === '127.0.0.1' && url.pathname.startsWith('/vast/')) {
      await vast.handle({ req, res, url, method });
      return;
    }
    if (hostname === 'localhost' || hostname === '127.0.0.1') {
      const port = (server.address() as AddressInfo).port;
      const links = (Object.keys(REPLICA_HOSTS) as ReplicaName[])
        .map((name) => `<li><a href="${replicaOrigin(name, port)}/">${replicaOrigin(name, port)}/</a></li>`)
        .join('');
      sendHtml(
        res,
        200,
        `<!doctype html><html lang="sv"><meta charset="utf-8"><title>Replikor</title><ul>${links}</ul></html>`,
      );
      return;
    }
    sendText(res, 404, `Unknown host ${hostname}. Replica hosts: ${Object.values(REPLICA_HOSTS).join(', ')}`);
  }

  const server = createServer((req, res) => {
    dispatch(req, res).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      if (status === 500) console.error('replica server error:', error);
      if (!res.headersSent)
        sendJson(res, status, { error: error instanceof Error ? error.message : String(error) });
      else res.destroy();
    });
  });
  // Tests close servers while keep-alive connections may still be open.
  server.keepAliveTimeout = 1000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

if (import.meta.main) {
  const port = Number(process.env.VMK_REPLICA_PORT ?? DEFAULT_REPLICA_PORT);
  const server = await startReplicaServer({ port });
  console.log('Replica portals (Ctrl+C to stop):');
  for (const name of Object.keys(REPLICA_HOSTS) as ReplicaName[]) {
    console.log(`  ${name.padEnd(13)} ${replicaOrigin(name, server.port)}/`);
  }
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
