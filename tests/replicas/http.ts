/**
 * Small HTTP utilities shared by the replica portals (node:http only, no framework).
 */
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

export interface ReplicaRequest {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  method: string;
}

/** One replica portal: answers every request for its host name. */
export interface Replica {
  handle(request: ReplicaRequest): Promise<void>;
}

export interface ReplicaOptions {
  /** The clock the replica's data is laid out from (arrival times relative to "now"). */
  now: () => Date;
  /** Delay of the single-page apps' data endpoints, to imitate content that arrives late. */
  latencyMs: { min: number; max: number };
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.ts': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeOf(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

export function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  contentType: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'Content-Type': contentType,
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(body);
}

export function sendHtml(
  res: ServerResponse,
  status: number,
  html: string,
  headers?: Record<string, string>,
): void {
  send(res, status, html, CONTENT_TYPES['.html']!, headers);
}

export function sendJson(
  res: ServerResponse,
  status: number,
  value: unknown,
  headers?: Record<string, string>,
): void {
  send(res, status, JSON.stringify(value), CONTENT_TYPES['.json']!, headers);
}

export function sendText(
  res: ServerResponse,
  status: number,
  text: string,
  headers?: Record<string, string>,
): void {
  send(res, status, text, CONTENT_TYPES['.txt']!, headers);
}

export function redirect(res: ServerResponse, location: string, headers: Record<string, string> = {}): void {
  res.writeHead(303, { Location: location, 'Content-Length': '0', ...headers });
  res.end();
}

const MAX_BODY_BYTES = 1_000_000;

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'Request body too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads a JSON object body; an empty body reads as `{}`. */
export async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const text = await readBody(req);
  if (text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'Body is not JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new HttpError(400, 'Expected a JSON object');
  return value as Record<string, unknown>;
}

export async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  return new URLSearchParams(await readBody(req));
}

export class HttpError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

export function optionalString(value: unknown, field: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new HttpError(400, `${field} must be a string`);
  return value;
}

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** `?rows=N` on inbox pages: how many messages the list must hold (benchmarks use 2000). */
export function rowsParam(url: URL): number | undefined {
  const raw = url.searchParams.get('rows');
  if (raw === null) return undefined;
  const rows = Number(raw);
  if (!Number.isInteger(rows) || rows < 0 || rows > 20_000)
    throw new HttpError(400, 'rows must be an integer 0–20000');
  return rows;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function latency(options: ReplicaOptions): Promise<void> {
  const { min, max } = options.latencyMs;
  return sleep(min + Math.random() * Math.max(0, max - min));
}

/**
 * Serves a file from `dir` if the path names one. TypeScript files are served as JavaScript with their types
 * stripped (the replicas' browser code is plain ES modules, no bundling). Returns false when there is no such file.
 */
export async function serveStatic(
  request: ReplicaRequest,
  dir: string,
  pathname: string,
  headers: Record<string, string> = {},
): Promise<boolean> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return false;
  }
  const file = normalize(join(dir, decoded));
  if (!file.startsWith(dir.endsWith(sep) ? dir : dir + sep)) return false;
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) return false;
  const body = file.endsWith('.ts') ? await transpiled(file, info.mtimeMs) : await readFile(file);
  send(request.res, 200, body, contentTypeOf(file), headers);
  return true;
}

const transpileCache = new Map<string, { mtimeMs: number; code: string }>();

async function transpiled(file: string, mtimeMs: number): Promise<string> {
  const cached = transpileCache.get(file);
  if (cached && cached.mtimeMs === mtimeMs) return cached.code;
  // Vite's own oxc transform: fast, in-process, and it keeps the browser modules' import paths as written.
  const { transformWithOxc } = await import('vite');
  const source = await readFile(file, 'utf8');
  const result = await transformWithOxc(source, file, { lang: 'ts', sourcemap: false });
  transpileCache.set(file, { mtimeMs, code: result.code });
  return result.code;
}
