/**
 * The runtime against a real HTTP server on 127.0.0.1, through a client generated from the
 * records (conversations.list pages with a cursor, chat.postMessage takes JSON, oauth.v2.access
 * takes Basic auth, files.upload a file): encodings, auth, retries, timeouts, pagination, secrets.
 */
import { Agent } from 'undici';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { importClient, recordsClientDir } from '../helpers/records-client.ts';
import { TRANSPORTS, type Transport } from '../helpers/transports.ts';
import { json, startSlackServer, type SlackServer } from '../helpers/slack-server.ts';

type Call = (args?: object, options?: object) => Promise<Record<string, unknown>>;
interface Client {
  conversations: { list: Call };
  chat: { postMessage: Call };
  oauth: { v2: { access: Call } };
  files: { upload: Call };
  usergroups: { users: { update: Call } };
  paginate(method: string, args: object, options?: object): AsyncIterable<Record<string, unknown>>;
  items(method: string, args: object, options?: object): AsyncIterable<unknown>;
  apiCall(method: string, args?: object, options?: object): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}
interface Module {
  SlackClient: new (options: Record<string, unknown>) => Client;
  isSlackError(e: unknown): boolean;
}

const TOKEN = 'xoxb-1111-supersecrettoken';
const SECRET = 'client-secret-shh-42';
let mod: Module;
let server: SlackServer;
const clients: Client[] = [];
const clientOf = (transport: Transport, options: Record<string, unknown> = {}) => {
  const c = new mod.SlackClient({
    transport,
    token: TOKEN,
    baseUrl: server.baseUrl,
    retry: { minDelayMs: 10, maxDelayMs: 2000 },
    ...options,
  });
  clients.push(c);
  return c;
};

beforeAll(async () => {
  mod = await importClient<Module>(
    await recordsClientDir([
      'conversations.list',
      'chat.postMessage',
      'oauth.v2.access',
      'files.upload',
      'usergroups.users.update',
    ]),
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

describe.each(TRANSPORTS)('through the %s transport', (transport) => {
  const client = (options: Record<string, unknown> = {}) => clientOf(transport, options);

  describe('encoding on the wire', () => {
    it('sends form fields, JSON-encoding arrays and leaving out undefined, to methods without JSON', async () => {
      await client().conversations.list({
        types: 'public_channel',
        limit: 20,
        exclude_archived: true,
        team_id: undefined,
        cursor: 'abc',
      });
      const req = server.seen[0]!;
      expect(req.url).toBe('/api/conversations.list');
      expect(req.headers['content-type']).toBe('application/x-www-form-urlencoded');
      expect(req.headers['authorization']).toBe(`Bearer ${TOKEN}`);
      expect(Object.fromEntries(new URLSearchParams(req.body))).toEqual({
        types: 'public_channel',
        limit: '20',
        exclude_archived: 'true',
        cursor: 'abc',
      });
    });

    it('sends JSON, structured blocks and all, to methods that accept it', async () => {
      const blocks = [{ type: 'section', text: { type: 'mrkdwn', text: 'hi' } }];
      await client().chat.postMessage({ channel: 'C1', blocks, unfurl_links: false });
      const req = server.seen[0]!;
      expect(req.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(JSON.parse(req.body)).toEqual({ channel: 'C1', blocks, unfurl_links: false });
    });

    it('sends files as multipart form data', async () => {
      await client().files.upload({ channels: 'C1', filename: 'notes.txt', file: new Blob(['hello file']) });
      const req = server.seen[0]!;
      expect(req.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
      expect(req.body).toContain('name="file"; filename="notes.txt"');
      expect(req.body).toContain('hello file');
      expect(req.body).toContain('name="channels"');
    });

    it('sends OAuth client credentials as HTTP Basic auth, never in the body or URL', async () => {
      await client().oauth.v2.access({ client_id: '123.456', client_secret: SECRET, code: 'the-code' });
      const req = server.seen[0]!;
      expect(req.headers['authorization']).toBe(
        `Basic ${Buffer.from(`123.456:${SECRET}`).toString('base64')}`,
      );
      expect(Object.fromEntries(new URLSearchParams(req.body))).toEqual({ code: 'the-code' });
      expect(req.url).not.toContain(SECRET);
    });
  });

  describe('retries and rate limits', () => {
    it('waits out a 429 with Retry-After: 1 and then succeeds', async () => {
      const retries: unknown[] = [];
      server.handle((_req, res, n) =>
        n === 1
          ? json(res, 429, { ok: false, error: 'ratelimited' }, { 'retry-after': '1' })
          : json(res, 200, { ok: true, channels: [] }),
      );
      const started = Date.now();
      const r = await client({ onRetry: (e: unknown) => retries.push(e) }).conversations.list();
      const elapsed = Date.now() - started;
      expect(r).toEqual({ ok: true, channels: [] });
      expect(server.seen).toHaveLength(2);
      expect(elapsed).toBeGreaterThanOrEqual(950);
      expect(retries).toEqual([
        { method: 'conversations.list', attempt: 1, reason: 'rate-limit', delayMs: 1000 },
      ]);
    });

    it('rejects a rate-limited call at once when asked to', async () => {
      server.handle((_req, res) => json(res, 429, { ok: false }, { 'retry-after': '30' }));
      const error = await client({ rejectRateLimitedCalls: true })
        .conversations.list()
        .catch((e: unknown) => e);
      expect(error).toMatchObject({
        kind: 'rate-limited',
        retryAfterSeconds: 30,
        method: 'conversations.list',
      });
      expect(server.seen).toHaveLength(1);
    });

    it('retries 500s by the policy, then surfaces the HTTP error', async () => {
      server.handle((_req, res) => json(res, 500, 'upstream broke'));
      const error = await client({ retry: { retries: 2, minDelayMs: 5 } })
        .conversations.list()
        .catch((e: unknown) => e);
      expect(server.seen).toHaveLength(3);
      expect(error).toMatchObject({ kind: 'http', status: 500, bodyExcerpt: 'upstream broke' });
      expect(mod.isSlackError(error)).toBe(true);
    });

    it('does not retry when a call turns retries off', async () => {
      server.handle((_req, res) => json(res, 503, 'busy'));
      await client()
        .conversations.list({}, { retry: false })
        .catch(() => undefined);
      expect(server.seen).toHaveLength(1);
    });

    it('retries a connection reset in the middle of a response', async () => {
      server.handle((_req, res, n) => {
        if (n === 1) {
          res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
          res.write('{"ok": tr');
          setTimeout(() => res.socket?.destroy(), 10);
        } else json(res, 200, { ok: true, recovered: true });
      });
      const r = await client().conversations.list();
      expect(r).toEqual({ ok: true, recovered: true });
      expect(server.seen).toHaveLength(2);
    });

    it('raises the timeout error when no response comes in time', async () => {
      server.handle(() => undefined);
      const error = await client({ timeoutMs: 200 })
        .conversations.list()
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ kind: 'timeout', timeoutMs: 200, method: 'conversations.list' });
    });
  });

  describe('pagination', () => {
    it('follows next_cursor over three pages and stops on an empty cursor', async () => {
      const pages: Record<string, unknown> = {
        '': { ok: true, channels: [{ id: 'C1' }, { id: 'C2' }], response_metadata: { next_cursor: 'p2' } },
        p2: { ok: true, channels: [{ id: 'C3' }], response_metadata: { next_cursor: 'p3' } },
        p3: { ok: true, channels: [{ id: 'C4' }], response_metadata: { next_cursor: '' } },
      };
      server.handle((req, res) => json(res, 200, pages[new URLSearchParams(req.body).get('cursor') ?? '']));
      const ids: unknown[] = [];
      for await (const channel of client().items('conversations.list', { limit: 2 }))
        ids.push((channel as { id: string }).id);
      expect(ids).toEqual(['C1', 'C2', 'C3', 'C4']);
      expect(server.seen.map((r) => new URLSearchParams(r.body).get('cursor'))).toEqual([null, 'p2', 'p3']);
      let count = 0;
      for await (const _page of client().paginate('conversations.list', {}, { maxPages: 2 })) count++;
      expect(count).toBe(2);
    });
  });

  describe('secrets', () => {
    it('never appear in errors or logs', async () => {
      const logs: string[] = [];
      const logger = {
        debug: (m: string) => logs.push(m),
        info: (m: string) => logs.push(m),
        warn: (m: string) => logs.push(m),
        error: (m: string) => logs.push(m),
      };
      const errors: unknown[] = [];
      const c = client({ logger, retry: { retries: 1, minDelayMs: 5 } });
      server.handle((req, res) => json(res, 500, `echo ${req.headers['authorization']} ${req.body}`));
      errors.push(
        await c.oauth.v2
          .access({ client_id: 'id', client_secret: SECRET, code: 'x' })
          .catch((e: unknown) => e),
      );
      errors.push(await c.conversations.list().catch((e: unknown) => e));
      server.handle((_req, res) =>
        json(res, 200, { ok: false, error: 'invalid_auth', warning: 'superfluous_charset' }),
      );
      errors.push(
        await c.conversations.list({}, { token: 'xoxp-9999-othersecret' }).catch((e: unknown) => e),
      );
      server.handle((_req, res) => res.socket?.destroy());
      errors.push(await c.conversations.list().catch((e: unknown) => e));
      const serialized = errors
        .map((e) => `${String(e)} ${(e as Error).stack} ${JSON.stringify(e, Object.getOwnPropertyNames(e))}`)
        .join('\n');
      expect(errors.map((e) => (e as { kind: string }).kind)).toEqual(['http', 'http', 'api', 'network']);
      for (const secret of [
        TOKEN,
        SECRET,
        'xoxp-9999-othersecret',
        Buffer.from(`id:${SECRET}`).toString('base64'),
      ]) {
        expect(serialized).not.toContain(secret);
        expect(logs.join('\n')).not.toContain(secret);
      }
      expect(logs.some((l) => l.includes('superfluous_charset'))).toBe(true);
    });
  });

  describe('configuration', () => {
    it('sends every call through the dispatcher or the fetch the caller gives', async () => {
      let sent = 0;
      if (transport === 'undici') {
        const dispatcher = new Agent().compose((dispatch) => (opts, handler) => {
          sent++;
          return dispatch(opts, handler);
        });
        const c = client({ dispatcher });
        await c.conversations.list();
        await c.conversations.list();
        await dispatcher.close();
      } else {
        const c = client({
          fetch: (url: string, init: RequestInit) => {
            sent++;
            return fetch(url, init);
          },
        });
        await c.conversations.list();
        await c.conversations.list();
      }
      expect(sent).toBe(2);
      expect(server.seen).toHaveLength(2);
    });

    it('sends through a fetch the caller gives without naming the transport', async () => {
      const urls: string[] = [];
      const c = new mod.SlackClient({
        token: TOKEN,
        baseUrl: server.baseUrl,
        fetch: (url: string, init: RequestInit) => {
          urls.push(url);
          return fetch(url, init);
        },
      });
      clients.push(c);
      expect(await c.conversations.list()).toEqual({ ok: true });
      expect(urls).toEqual([`${server.baseUrl}/conversations.list`]);
    });

    it('stops a call when its AbortSignal fires', async () => {
      server.handle(() => undefined);
      const controller = new AbortController();
      setTimeout(() => controller.abort(new Error('caller gave up')), 50);
      const error = await client({ timeoutMs: 5000 })
        .conversations.list({}, { signal: controller.signal })
        .catch((e: unknown) => e);
      expect((error as Error).message).toBe('caller gave up');
    });

    it('refuses plain http to a host that is not loopback', () => {
      expect(() => new mod.SlackClient({ baseUrl: 'http://slack.example.com/api' })).toThrow(
        /Refusing plain http/,
      );
      expect(() =>
        new mod.SlackClient({ baseUrl: 'http://slack.example.com/api', allowInsecureHttp: true }).close(),
      ).not.toThrow();
    });
  });

  describe('comma-separated lists', () => {
    it('sends an array the docs describe as a comma-separated list comma-joined, and a string as given', async () => {
      await client().usergroups.users.update({ usergroup: 'S1', users: ['U1', 'U2'] });
      await client().usergroups.users.update({ usergroup: 'S1', users: 'U3,U4' });
      // usergroups.users.update takes JSON: the list goes out as the docs' string there too.
      expect(server.seen.map((r) => (JSON.parse(r.body) as { users: unknown }).users)).toEqual([
        'U1,U2',
        'U3,U4',
      ]);
    });
  });

  describe('calling a method by name', () => {
    it('sends a known method as its spec says (chat.postMessage takes JSON)', async () => {
      server.handle((_req, res) => json(res, 200, { ok: true, ts: '1.2' }));
      const answer = await client().apiCall('chat.postMessage', { channel: 'C1', text: 'hi' });
      expect(answer).toEqual({ ok: true, ts: '1.2' });
      expect(server.seen[0]!.url).toBe('/api/chat.postMessage');
      expect(server.seen[0]!.headers['content-type']).toMatch(/^application\/json/);
      expect(JSON.parse(server.seen[0]!.body)).toEqual({ channel: 'C1', text: 'hi' });
    });

    it('sends a method the client does not know as a form post with the token, and throws its error code', async () => {
      server.handle((_req, res) => json(res, 200, { ok: false, error: 'not_yet_documented' }));
      const error = await client()
        .apiCall('brand.new.method', { channel: 'C1', limit: 2 })
        .catch((e: unknown) => e);
      expect((error as { code?: string }).code).toBe('not_yet_documented');
      expect(mod.isSlackError(error)).toBe(true);
      expect(server.seen[0]!.url).toBe('/api/brand.new.method');
      expect(server.seen[0]!.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
      expect(server.seen[0]!.headers['authorization']).toBe(`Bearer ${TOKEN}`);
      expect(new URLSearchParams(server.seen[0]!.body).get('limit')).toBe('2');
    });

    it('refuses a name that is not shaped like a method before sending anything', async () => {
      const error = await client()
        .apiCall('../admin.users.list')
        .catch((e: unknown) => e);
      expect((error as Error).message).toMatch(/Not a Web API method name/);
      expect(server.seen).toEqual([]);
    });
  });
});
