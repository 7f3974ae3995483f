/**
 * The double as a real HTTP server on loopback: `<base>/api/<method>` answers as Slack would,
 * `/_mock/…` steers it (control.ts). Whatever arrives, it answers: a body too large gets 413, a
 * request the HTTP parser refuses gets 400, anything unforeseen 500, never a crash.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { control, type MockControls } from './control.js';
import type { Answerer, MockReply } from './reply.js';
import { jsonReply } from './reply.js';

export interface ListenOptions {
  /** A free port by default (0). */
  readonly port?: number;
  /** Default `127.0.0.1`. */
  readonly host?: string;
}

export interface MockServer {
  /** The base URL to point a client at: `http://127.0.0.1:<port>/api/`. */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** Slack refuses bodies past a few megabytes; so does the double. */
const MAX_BODY_BYTES = 8 * 1024 * 1024;

/** The answer to what the HTTP parser refuses: still JSON, and the connection closed. */
const BAD_REQUEST_BODY = '{"ok":false,"error":"invalid_request"}';
const BAD_REQUEST = `HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: ${BAD_REQUEST_BODY.length}\r\nConnection: close\r\n\r\n${BAD_REQUEST_BODY}`;

function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks)));
    req.on('error', () => resolve(null));
  });
}

function headersOf(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers))
    if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

function send(res: ServerResponse, reply: MockReply): void {
  if (reply.drop) {
    res.socket?.destroy();
    return;
  }
  res.writeHead(reply.status, reply.headers);
  res.end(reply.body);
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

async function route(
  double: Answerer,
  controls: MockControls,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const body = await readBody(req);
  if (body === null) return send(res, jsonReply(413, { ok: false, error: 'request_too_large' }));
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const api = url.pathname.startsWith('/api/') || url.pathname.startsWith('/_mock/upload/');
  if (!api && url.pathname.startsWith('/_mock/'))
    return send(
      res,
      control(controls, req.method ?? '', url.pathname.slice(7), url.searchParams, parseJson(body)),
    );
  if (!api) return send(res, jsonReply(404, { ok: false, error: 'not_found' }));
  const reply = await double.handle({
    origin: `http://${req.headers.host ?? '127.0.0.1'}`,
    path: req.url ?? '/',
    headers: headersOf(req),
    body: body.length > 0 ? body : null,
  });
  if (reply.delayMs > 0) await new Promise((r) => setTimeout(r, reply.delayMs));
  if (!res.destroyed) send(res, reply);
}

export async function listen(
  double: Answerer,
  controls: MockControls,
  options: ListenOptions = {},
): Promise<MockServer> {
  const server = createServer((req, res) => {
    route(double, controls, req, res).catch(() => {
      if (!res.headersSent) send(res, jsonReply(500, { ok: false, error: 'fatal_error' }));
      else res.destroy();
    });
  });
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end(BAD_REQUEST);
    else socket.destroy();
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const shown = host.includes(':') ? `[${host}]` : host;
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return { url: `http://${shown}:${port}/api/`, port, close };
}
