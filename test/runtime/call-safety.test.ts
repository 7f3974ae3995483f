/**
 * What a call may and may not do when things go wrong, against real servers on 127.0.0.1:
 * writes are not replayed once they may have reached Slack (unless the caller opts in), a long
 * `Retry-After` surfaces at once with its wait, every call is bounded and cancelled for real,
 * responses are capped, errors carry no secrets, and bad arguments fail before sending.
 */
import { getEventListeners } from 'node:events';
import { createReadStream, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { importClient, recordsClientDir } from '../helpers/records-client.ts';
import { TRANSPORTS, type Transport } from '../helpers/transports.ts';
import { json, startSlackServer, type SlackServer } from '../helpers/slack-server.ts';

type Call = (args?: object, options?: object) => Promise<Record<string, unknown>>;
interface Client {
  conversations: { list: Call };
  chat: { postMessage: Call };
  oauth: { v2: { access: Call } };
  apiCall(method: string, args?: object, options?: object): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}
interface Module {
  SlackClient: new (options: Record<string, unknown>) => Client;
  isSlackError(e: unknown): boolean;
}
type Failure = Record<string, unknown> & Error;

const TOKEN = 'xoxb-2222-anothersecrettoken';
const SECRET = 'client-secret-never-shown-77';
let mod: Module;
let server: SlackServer;
const clients: Client[] = [];
const clientOf = (transport: Transport, options: Record<string, unknown> = {}) => {
  const c = new mod.SlackClient({
    transport,
    token: TOKEN,
    baseUrl: server.baseUrl,
    retry: { minDelayMs: 5, maxDelayMs: 2000 },
    ...options,
  });
  clients.push(c);
  return c;
};
const failure = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (e: unknown) => e as Failure,
  );
/** The server applies the request (counts it), then drops the connection before answering. */
const applyThenDrop = (applied: { n: number }, answerFrom = Infinity) =>
  server.handle((_req, res, n) => {
    applied.n++;
    if (n >= answerFrom) json(res, 200, { ok: true, ts: '1.2', channels: [] });
    else res.socket?.destroy();
  });

beforeAll(async () => {
  mod = await importClient<Module>(
    await recordsClientDir(['conversations.list', 'chat.postMessage', 'oauth.v2.access']),
  );
  server = await startSlackServer();
}, 60_000);

afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await server.close();
});

beforeEach(() => {
  server.seen.length = 0;
  server.handle((_req, res) => json(res, 200, { ok: true }));
});

/** A server of its own whose sockets the tests watch close. */
async function rawServer(handler: (res: import('node:http').ServerResponse) => void): Promise<{
  server: Server;
  baseUrl: string;
  closed: () => number;
  opened: () => number;
  requests: () => number;
  bytes: () => number;
}> {
  let closedSockets = 0;
  let openedSockets = 0;
  let requests = 0;
  let sent = 0;
  const s = createServer((req, res) => {
    requests++;
    req.resume();
    req.on('end', () => handler(res));
    const write = res.write.bind(res);
    res.write = ((chunk: string | Buffer, ...rest: never[]) => {
      sent += chunk.length;
      return write(chunk, ...rest);
    }) as typeof res.write;
  });
  s.on('connection', (socket: Socket) => {
    openedSockets++;
    socket.on('close', () => closedSockets++);
  });
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  return {
    server: s,
    baseUrl: `http://127.0.0.1:${(s.address() as AddressInfo).port}/api`,
    closed: () => closedSockets,
    opened: () => openedSockets,
    requests: () => requests,
    bytes: () => sent,
  };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(TRANSPORTS)('through the %s transport', (transport) => {
  const client = (options: Record<string, unknown> = {}) => clientOf(transport, options);

  describe('writes are never replayed unless safe', () => {
    it('sends a write once when the connection drops after the server applied it, and says it may have been applied', async () => {
      const applied = { n: 0 };
      applyThenDrop(applied, 2);
      const error = await failure(client().chat.postMessage({ channel: 'C1', text: 'hi' }));
      expect(applied.n).toBe(1);
      expect(server.seen).toHaveLength(1);
      expect(error).toMatchObject({ kind: 'network', method: 'chat.postMessage', mayHaveBeenApplied: true });
      expect(error.message).toMatch(/may have been applied/);
    });

    it('retries a read in the same case', async () => {
      const applied = { n: 0 };
      applyThenDrop(applied, 2);
      const answer = await client().conversations.list();
      expect(answer).toEqual({ ok: true, ts: '1.2', channels: [] });
      expect(server.seen).toHaveLength(2);
    });

    it('retries a write when the client or the call opts in', async () => {
      const applied = { n: 0 };
      applyThenDrop(applied, 2);
      await client({ retry: { minDelayMs: 5, retryWrites: true } }).chat.postMessage({
        channel: 'C1',
        text: 'a',
      });
      expect(server.seen).toHaveLength(2);
      server.seen.length = 0;
      applied.n = 0;
      applyThenDrop(applied, 2);
      await client().chat.postMessage({ channel: 'C1', text: 'b' }, { retry: { retryWrites: true } });
      expect(server.seen).toHaveLength(2);
    });

    it('does not retry a write that got a 5xx, and retries a write that got a 429', async () => {
      server.handle((_req, res) => json(res, 503, 'busy'));
      const error = await failure(client().chat.postMessage({ channel: 'C1', text: 'hi' }));
      expect(error).toMatchObject({ kind: 'http', status: 503, mayHaveBeenApplied: true });
      expect(server.seen).toHaveLength(1);
      server.seen.length = 0;
      server.handle((_req, res, n) =>
        n === 1
          ? json(res, 429, { ok: false }, { 'retry-after': '0' })
          : json(res, 200, { ok: true, ts: '1' }),
      );
      expect(await client().chat.postMessage({ channel: 'C1', text: 'hi' })).toEqual({ ok: true, ts: '1' });
      expect(server.seen).toHaveLength(2);
    });

    it('retries a write whose connection was refused: nothing was sent', async () => {
      const closed = createServer();
      await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
      const port = (closed.address() as AddressInfo).port;
      await new Promise<void>((resolve) => closed.close(() => resolve()));
      const retries: { reason: string }[] = [];
      const c = client({
        baseUrl: `http://127.0.0.1:${port}/api`,
        retry: { retries: 2, minDelayMs: 1 },
        onRetry: (e: { reason: string }) => retries.push(e),
      });
      const error = await failure(c.chat.postMessage({ channel: 'C1', text: 'hi' }));
      expect(retries.map((r) => r.reason)).toEqual(['network', 'network']);
      expect(error).toMatchObject({ kind: 'network', code: 'ECONNREFUSED', mayHaveBeenApplied: false });
    });

    it('treats a method the client does not know as a write, and a timed-out write as maybe applied', async () => {
      const applied = { n: 0 };
      applyThenDrop(applied);
      const error = await failure(client().apiCall('brand.new.method', { channel: 'C1' }));
      expect(error).toMatchObject({ kind: 'network', mayHaveBeenApplied: true });
      expect(server.seen).toHaveLength(1);
      server.handle(() => undefined);
      const timeout = await failure(
        client({ timeoutMs: 150 }).chat.postMessage({ channel: 'C1', text: 'x' }),
      );
      expect(timeout).toMatchObject({ kind: 'timeout', timeoutMs: 150, mayHaveBeenApplied: true });
    });
  });

  describe('Retry-After is honoured, never shortened', () => {
    it('fails at once with the wait when Retry-After is longer than maxDelayMs', async () => {
      server.handle((_req, res) =>
        json(res, 429, { ok: false, error: 'ratelimited' }, { 'retry-after': '120' }),
      );
      const started = Date.now();
      const error = await failure(client().conversations.list());
      expect(Date.now() - started).toBeLessThan(1000);
      expect(server.seen).toHaveLength(1);
      expect(error).toMatchObject({
        kind: 'rate-limited',
        retryAfterSeconds: 120,
        retryAfterMs: 120_000,
        mayHaveBeenApplied: false,
      });
      expect(error.message).toMatch(/maxDelayMs/);
    });

    it('fails at once when the wait is longer than the time the call has left', async () => {
      server.handle((_req, res) => json(res, 429, { ok: false }, { 'retry-after': '2' }));
      const started = Date.now();
      const error = await failure(
        client({ timeoutMs: 1000, retry: { maxDelayMs: 5000 } }).conversations.list(),
      );
      expect(Date.now() - started).toBeLessThan(800);
      expect(error).toMatchObject({ kind: 'rate-limited', retryAfterMs: 2000 });
      expect(error.message).toMatch(/timeoutMs/);
    });

    it('gives a rate-limited error, not an HTTP one, when the retries run out', async () => {
      server.handle((_req, res) => json(res, 429, { ok: false }, { 'retry-after': '0' }));
      const error = await failure(client({ retry: { retries: 1 } }).conversations.list());
      expect(server.seen).toHaveLength(2);
      expect(error).toMatchObject({ kind: 'rate-limited', retryAfterMs: 0 });
    });
  });

  describe('every call bounded and cancelled for real', () => {
    it('cancels an endless body on timeout: the connection closes and the download stops', async () => {
      const timers: NodeJS.Timeout[] = [];
      const raw = await rawServer((res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"ok":true,"pad":"');
        const timer = setInterval(() => {
          if (!res.destroyed) res.write('x'.repeat(1000));
        }, 5);
        timers.push(timer);
      });
      const c = client({ baseUrl: raw.baseUrl, timeoutMs: 300 });
      const error = await failure(c.conversations.list());
      expect(error).toMatchObject({ kind: 'timeout', timeoutMs: 300, mayHaveBeenApplied: false });
      await pause(100);
      expect(raw.requests()).toBe(1);
      expect(raw.closed()).toBe(raw.opened());
      const bytes = raw.bytes();
      await pause(100);
      expect(raw.bytes()).toBe(bytes);
      timers.forEach(clearInterval);
      raw.server.close();
    });

    it('bounds the whole call, retries and waits included', async () => {
      server.handle((_req, res, n) => (n === 1 ? json(res, 500, 'boom') : undefined));
      const started = Date.now();
      const error = await failure(
        client({ timeoutMs: 400, retry: { minDelayMs: 1, retries: 5 } }).conversations.list(),
      );
      const elapsed = Date.now() - started;
      expect(error).toMatchObject({ kind: 'timeout', timeoutMs: 400 });
      expect(elapsed).toBeGreaterThanOrEqual(380);
      expect(elapsed).toBeLessThan(700);
      expect(server.seen).toHaveLength(2);
    });

    it('aborts the request when the caller aborts: the server sees the connection close', async () => {
      const raw = await rawServer(() => undefined);
      const controller = new AbortController();
      setTimeout(() => controller.abort(new Error('caller gave up')), 50);
      const c = client({ baseUrl: raw.baseUrl, timeoutMs: 5000 });
      const error = await failure(c.conversations.list({}, { signal: controller.signal }));
      expect(error.message).toBe('caller gave up');
      await pause(100);
      expect(raw.requests()).toBe(1);
      expect(raw.closed()).toBe(raw.opened());
      raw.server.close();
    });

    it('cuts off a response over maxResponseBytes with a typed error and does not retry it', async () => {
      const big = JSON.stringify({ ok: true, pad: 'y'.repeat(300_000) });
      server.handle((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write(big.slice(0, 150_000));
        res.end(big.slice(150_000)); // chunked: no content-length
      });
      const error = await failure(client({ maxResponseBytes: 100_000 }).conversations.list());
      expect(error).toMatchObject({ kind: 'response-too-large', limitBytes: 100_000 });
      expect(server.seen).toHaveLength(1);
      server.handle((_req, res) => json(res, 200, big)); // with a content-length
      const stated = await failure(client({ maxResponseBytes: 100_000 }).conversations.list());
      expect(stated).toMatchObject({ kind: 'response-too-large' });
      expect(await client({ maxResponseBytes: 400_000 }).conversations.list()).toMatchObject({ ok: true });
    });

    it("counts the wait for a tier slot in the timeout, and leaves no listener on the caller's signal", async () => {
      const c = client({ queueByTier: true }); // conversations.list is Tier 2: one call every 3 s
      const controller = new AbortController();
      await c.conversations.list({}, { signal: controller.signal });
      const started = Date.now();
      const queued = await failure(c.conversations.list({}, { timeoutMs: 100, signal: controller.signal }));
      expect(queued).toMatchObject({ kind: 'timeout', timeoutMs: 100, mayHaveBeenApplied: false });
      const later = new AbortController();
      setTimeout(() => later.abort(new Error('not needed')), 50);
      expect((await failure(c.conversations.list({}, { signal: later.signal }))).message).toBe('not needed');
      expect(Date.now() - started).toBeLessThan(500);
      expect(server.seen).toHaveLength(1);
      expect(getEventListeners(controller.signal, 'abort')).toEqual([]);
      expect(getEventListeners(later.signal, 'abort')).toEqual([]);
    });

    it('close() resolves, also with a call under way', async () => {
      server.handle(() => undefined);
      const c = client({ timeoutMs: 200 });
      const pending = failure(c.conversations.list());
      await pause(20);
      const started = Date.now();
      await c.close();
      expect(Date.now() - started).toBeLessThan(1000);
      expect(await pending).toMatchObject({ kind: 'timeout' });
      await new mod.SlackClient({ baseUrl: server.baseUrl }).close();
    });
  });

  describe('errors never carry secrets', () => {
    it('redacts the response, the headers and the whole body before cutting the excerpt', async () => {
      server.handle((req, res) =>
        json(res, 200, { ok: false, error: 'invalid_auth', echo: req.headers['authorization'], [TOKEN]: 1 }),
      );
      const api = await failure(client().conversations.list());
      server.handle((_req, res) =>
        json(res, 500, `${'.'.repeat(190)}${SECRET} ${TOKEN}`, {
          'x-echo': `${SECRET} ${TOKEN}`,
          'set-cookie': 'd=abc',
        }),
      );
      const http = await failure(
        client({ retry: false }).oauth.v2.access(
          { client_id: '1.2', client_secret: SECRET, code: 'c' },
          { retry: false },
        ),
      );
      expect(api).toMatchObject({ kind: 'api', code: 'invalid_auth' });
      expect(http).toMatchObject({ kind: 'http', status: 500 });
      const all = JSON.stringify(
        [api, http].map((e) =>
          Object.fromEntries(Object.getOwnPropertyNames(e).map((k) => [k, (e as never)[k]])),
        ),
      );
      for (const secret of [TOKEN, SECRET, SECRET.slice(0, 10), 'd=abc']) expect(all).not.toContain(secret);
      expect((api['response'] as Record<string, unknown>)['echo']).toBe('Bearer [redacted]');
      expect((http['headers'] as Record<string, string>)['x-echo']).toBe('[redacted] [redacted]');
      expect(http['bodyExcerpt']).toBe(`${'.'.repeat(190)}[redacted]`);
    });

    it('gives a typed error for a 200 whose body is null or not an object', async () => {
      for (const body of ['null', '[1]', '"ok"', 'not json']) {
        server.handle((_req, res) => json(res, 200, body));
        const error = await failure(client().conversations.list());
        expect(error).toMatchObject({ kind: 'http', status: 200 });
        expect(error['bodyExcerpt']).toBe(
          `${body === 'not json' ? 'not JSON' : 'not a JSON object'}: ${body}`,
        );
      }
    });
  });

  describe('arguments', () => {
    it('leaves null and undefined out, in forms and in JSON', async () => {
      await client().conversations.list({ cursor: null, limit: 2, team_id: undefined });
      await client().chat.postMessage({ channel: 'C1', text: 'hi', thread_ts: null });
      expect(new URLSearchParams(server.seen[0]!.body).toString()).toBe('limit=2');
      expect(JSON.parse(server.seen[1]!.body)).toEqual({ channel: 'C1', text: 'hi' });
    });

    it('refuses circular, BigInt, stream and function values before sending, naming the argument', async () => {
      const circular: Record<string, unknown> = { type: 'section' };
      circular['self'] = circular;
      const path = join(tmpdir(), `call-safety-${process.pid}.txt`);
      writeFileSync(path, 'local file');
      const stream = createReadStream(path);
      const cases: [object, string, string][] = [
        [{ channel: 'C1', text: 'x', blocks: [circular] }, 'blocks', 'circular'],
        [{ channel: 'C1', text: 'x', metadata: { n: 1n } }, 'metadata', 'bigint'],
        [{ channel: 'C1', text: 'x', file: stream }, 'file', 'stream'],
        [{ channel: 'C1', text: () => 'hi' }, 'text', 'function'],
      ];
      for (const [args, argument, problem] of cases) {
        const error = await failure(client().chat.postMessage(args));
        expect(mod.isSlackError(error)).toBe(true);
        expect(error).toMatchObject({ kind: 'argument', argument, problem, method: 'chat.postMessage' });
      }
      const limit = await failure(client().conversations.list({ limit: 10n }));
      expect(limit).toMatchObject({ kind: 'argument', argument: 'limit', problem: 'bigint' });
      stream.destroy();
      expect(server.seen).toEqual([]);
    });
  });
});
