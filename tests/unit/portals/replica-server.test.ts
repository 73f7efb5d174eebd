/**
 * The replica server itself: one port, four sites told apart by the Host header, the 1177 CSP, `?rows=N`, and the
 * test endpoints the end-to-end tests drive (a message arrives, a reply is sent).
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPLICA_HOSTS, type ReplicaName } from '../../replicas/hosts';
import { startReplicaServer, type ReplicaServer } from '../../replicas/server';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let server: ReplicaServer;

function call(
  replica: ReplicaName | string,
  path: string,
  options: { method?: string; body?: string; type?: string } = {},
): Promise<Reply> {
  const host = replica in REPLICA_HOSTS ? REPLICA_HOSTS[replica as ReplicaName] : replica;
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        path,
        method: options.method ?? 'GET',
        headers: {
          Host: `${host}:${server.port}`,
          ...(options.body !== undefined
            ? {
                'Content-Type': options.type ?? 'application/json',
                'Content-Length': Buffer.byteLength(options.body),
              }
            : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const json = (reply: Reply) => JSON.parse(reply.body) as Record<string, unknown>;
const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

beforeAll(async () => {
  server = await startReplicaServer({ port: 0, latencyMs: { min: 0, max: 0 } });
}, 60_000);

afterAll(async () => {
  await server?.close();
});

describe('replica server', () => {
  it('listens on a free port when asked for port 0', () => {
    expect(server.port).toBeGreaterThan(0);
  });

  it.each(Object.keys(REPLICA_HOSTS) as ReplicaName[])('serves the %s site as HTML at /', async (name) => {
    const reply = await call(name, '/');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.body).toMatch(/<html lang="sv">/);
  });

  it('tells the sites apart by the Host header only', async () => {
    const titles = await Promise.all(
      (Object.keys(REPLICA_HOSTS) as ReplicaName[]).map(
        async (name) => /<title>([^<]*)/.exec((await call(name, '/')).body)?.[1],
      ),
    );
    expect(new Set(titles).size).toBe(Object.keys(REPLICA_HOSTS).length);
    expect((await call('okand.localhost', '/')).status).toBe(404);
  });

  it('sends a strict CSP on every 1177 response, and no inline script', async () => {
    for (const path of [
      '/',
      '/arenden',
      '/arende/104213',
      '/installningar',
      '/static/personal.css',
      '/api/arenden',
      '/saknas',
    ]) {
      const reply = await call('1177', path);
      expect(reply.headers['content-security-policy'], path).toBe("script-src 'self'");
      if (reply.headers['content-type']?.toString().startsWith('text/html')) {
        expect(reply.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
        expect(reply.body).not.toMatch(/\son[a-z]+=/);
      }
    }
    expect((await call('vardochhalsa', '/')).headers['content-security-policy']).toBeUndefined();
  });

  it('serves the browser TypeScript as JavaScript without its types', async () => {
    const reply = await call('vardochhalsa', '/static/relative-time.ts');
    expect(reply.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(reply.body).toContain('export function formatRelative(date, now)');
  });

  it('makes the 1177 list hold exactly ?rows=N ärenden, 2000 included', async () => {
    const big = await call('1177', '/arenden?rows=2000');
    expect(count(big.body, /<tr class="arenderad /g)).toBe(2000);
    const small = await call('1177', '/arenden?rows=3');
    expect(count(small.body, /<tr class="arenderad /g)).toBe(3);
    expect((await call('1177', '/arenden?rows=lots')).status).toBe(400);
  });

  it('gives the single-page apps ?rows=N items through their data endpoints', async () => {
    const vc = json(await call('vardochhalsa', '/api/conversations?inbox=mine&rows=2000'));
    expect((vc.items as unknown[]).length).toBe(2000);
    const sob = json(await call('sob', '/api/moment/2041?rows=2000'));
    const incoming = (sob.meddelanden as { direction: string }[]).filter((m) => m.direction === 'in');
    expect(incoming).toHaveLength(2000);
  });

  it('answers every Vård och hälsa app path with the app shell (history fallback)', async () => {
    for (const path of ['/meddelanden', '/meddelanden/c3108', '/mote/m501', '/kalender']) {
      const reply = await call('vardochhalsa', path);
      expect(reply.status).toBe(200);
      expect(reply.body).toContain('src="/static/app.ts"');
    }
  });

  it('serves the built React app for Stöd och behandling', async () => {
    const page = await call('sob', '/moment/2041');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(page.body)?.[1];
    expect(script).toBeDefined();
    const bundle = await call('sob', script!);
    expect(bundle.status).toBe(200);
    expect(bundle.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it('1177: a posted svarsformulär answers the ärende and appends the signature', async () => {
    const post = await call('1177', '/arende/104212/svar', {
      method: 'POST',
      body: 'svar=Hej%21+Vi+har+bokat+en+tid.',
      type: 'application/x-www-form-urlencoded',
    });
    expect(post.status).toBe(303);
    expect(post.headers.location).toBe('/arende/104212?skickat=1');
    const arende = json(await call('1177', '/api/arenden/104212'));
    expect(arende.status).toBe('besvarat');
    const last = (arende.meddelanden as { text: string; signature: string }[]).at(-1)!;
    expect(last.text).toBe('Hej! Vi har bokat en tid.');
    expect(last.signature).toMatch(
      /^Med vänlig hälsning\nEva Exempeldotter\nDistriktssköterska\n\d{4}-\d{2}-\d{2}$/,
    );
  });

  it('1177: a new ärende arrives through the test endpoint', async () => {
    const created = json(
      await call('1177', '/api/test/new-message', { method: 'POST', body: '{"text":"Hej!"}' }),
    );
    const list = await call('1177', '/arenden');
    expect(list.body).toContain(`href="/arende/${created.id as string}"`);
    expect(created.status).toBe('obesvarat');
  });

  it('Vård och hälsa: a patient message and a reply move the status and the version', async () => {
    const before = json(await call('vardochhalsa', '/api/version')).version as number;
    const arrived = json(
      await call('vardochhalsa', '/api/test/new-message', {
        method: 'POST',
        body: '{"conversationId":"c3105","text":"En fråga till."}',
      }),
    );
    expect(arrived.conversationId).toBe('c3105');
    expect(json(await call('vardochhalsa', '/api/conversations/c3105')).status).toBe('open');
    const answered = json(
      await call('vardochhalsa', '/api/conversations/c3105/messages', {
        method: 'POST',
        body: '{"text":"Svar."}',
      }),
    );
    expect(answered.status).toBe('answered');
    expect(json(await call('vardochhalsa', '/api/version')).version).toBe(before + 2);
  });

  it('Stöd och behandling: a reply answers the open messages of the moment', async () => {
    await call('sob', '/api/test/new-message', { method: 'POST', body: '{"momentId":"2042"}' });
    const moment = json(
      await call('sob', '/api/moment/2042/meddelanden', { method: 'POST', body: '{"text":"Tack!"}' }),
    );
    expect(moment.obesvarade).toBe(0);
    expect(
      (await call('sob', '/api/moment/2042/meddelanden', { method: 'POST', body: '{"text":"  "}' })).status,
    ).toBe(400);
  });
});
