/**
 * The raw answer on request: `withResponse(call)` gives the data with its status, headers,
 * warnings and messages, against a real HTTP server on 127.0.0.1; the plain call's data shows
 * nothing of it; `onWarning` hears each warning of a method once.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { importClient, recordsClientDir } from '../helpers/records-client.ts';
import { TRANSPORTS, type Transport } from '../helpers/transports.ts';
import { json, startSlackServer, type SlackServer } from '../helpers/slack-server.ts';

type Call = (args?: object, options?: object) => Promise<Record<string, unknown>>;
interface Client {
  chat: { postMessage: Call };
  conversations: { list: Call };
  apiCall(method: string, args?: object): Promise<Record<string, unknown>>;
  uploadFiles(args: object): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}
interface Answer {
  data: Record<string, unknown>;
  status: number;
  headers: Record<string, string>;
  warnings: string[];
  messages: string[];
}
interface Module {
  SlackClient: new (options: Record<string, unknown>) => Client;
  withResponse(call: Promise<object>): Promise<Answer>;
  responseOf(data: object): Answer | undefined;
}

const TOKEN = 'xoxb-3333-answersecrettoken';
let mod: Module;
let server: SlackServer;
const clients: Client[] = [];
const clientOf = (transport: Transport, options: Record<string, unknown> = {}) => {
  const c = new mod.SlackClient({ transport, token: TOKEN, baseUrl: server.baseUrl, ...options });
  clients.push(c);
  return c;
};

const BODY = {
  ok: true,
  channel: 'C123',
  ts: '1700000000.000100',
  warning: 'missing_charset',
  response_metadata: {
    warnings: ['missing_charset'],
    messages: ['[WARN] A Content-Type header was not sent'],
  },
};

beforeAll(async () => {
  mod = await importClient<Module>(
    await recordsClientDir([
      'chat.postMessage',
      'conversations.list',
      'files.getUploadURLExternal',
      'files.completeUploadExternal',
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
  server.handle((_req, res) =>
    json(res, 200, BODY, {
      'x-oauth-scopes': 'chat:write,channels:read',
      'x-accepted-oauth-scopes': 'chat:write',
      'x-echo': `token ${TOKEN}`,
    }),
  );
});

describe.each(TRANSPORTS)('through the %s transport', (transport) => {
  const client = (options: Record<string, unknown> = {}) => clientOf(transport, options);

  describe('withResponse', () => {
    it('gives the data with the status, headers, warnings and messages of its answer', async () => {
      const answer = await mod.withResponse(client().chat.postMessage({ channel: 'C123', text: 'hi' }));
      expect(answer.data).toEqual(BODY);
      expect(answer.status).toBe(200);
      expect(answer.headers['x-oauth-scopes']).toBe('chat:write,channels:read');
      expect(answer.headers['x-accepted-oauth-scopes']).toBe('chat:write');
      expect(answer.headers['content-type']).toBe('application/json');
      expect(answer.headers['x-echo']).toBe('token [redacted]');
      expect(answer.warnings).toEqual(['missing_charset']);
      expect(answer.messages).toEqual(['[WARN] A Content-Type header was not sent']);
    });

    it('leaves the plain call unchanged: no key, nothing in JSON or a spread', async () => {
      const data = await client().chat.postMessage({ channel: 'C123', text: 'hi' });
      expect(Object.keys(data)).toEqual(Object.keys(BODY));
      expect(JSON.stringify(data)).toBe(JSON.stringify(BODY));
      expect(mod.responseOf({ ...data })).toBeUndefined();
      expect(mod.responseOf(data)?.headers['x-oauth-scopes']).toBe('chat:write,channels:read');
    });

    it('works with apiCall for a method the client does not know, and with uploadFiles', async () => {
      const called = await mod.withResponse(client().apiCall('brand.new.method', { a: 1 }));
      expect(called.headers['x-accepted-oauth-scopes']).toBe('chat:write');
      server.handle((req, res) => {
        if (req.url === '/api/files.getUploadURLExternal')
          return json(res, 200, {
            ok: true,
            file_id: 'F1',
            upload_url: `${new URL(server.baseUrl).origin}/upload/F1`,
          });
        if (req.url.startsWith('/upload/')) return void res.writeHead(200).end('OK');
        json(res, 200, { ok: true, files: [{ id: 'F1' }] }, { 'x-oauth-scopes': 'files:write' });
      });
      const uploaded = await mod.withResponse(
        client().uploadFiles({ files: [{ file: Buffer.from('x'), filename: 'x.txt' }] }),
      );
      expect(uploaded.data).toMatchObject({ ok: true, file_ids: ['F1'] });
      expect(uploaded.headers['x-oauth-scopes']).toBe('files:write');
    });

    it('rejects as the call does, and refuses a value that is not the answer of a call', async () => {
      server.handle((_req, res) => json(res, 200, { ok: false, error: 'channel_not_found' }));
      await expect(
        mod.withResponse(client().chat.postMessage({ channel: 'C1', text: 'x' })),
      ).rejects.toMatchObject({
        kind: 'api',
        code: 'channel_not_found',
      });
      await expect(mod.withResponse(Promise.resolve({ ok: true }))).rejects.toThrow(TypeError);
    });
  });

  describe('onWarning', () => {
    it('hears each warning of a method once, however often the method answers with it', async () => {
      const heard: { method: string; warnings: readonly string[] }[] = [];
      const c = client({ onWarning: (e: { method: string; warnings: readonly string[] }) => heard.push(e) });
      await c.chat.postMessage({ channel: 'C123', text: 'one' });
      await c.chat.postMessage({ channel: 'C123', text: 'two' });
      await c.conversations.list({});
      server.handle((_req, res) =>
        json(res, 200, { ok: true, warning: 'missing_charset,method_deprecated' }),
      );
      await c.chat.postMessage({ channel: 'C123', text: 'three' });
      expect(heard).toEqual([
        { method: 'chat.postMessage', warnings: ['missing_charset'] },
        { method: 'conversations.list', warnings: ['missing_charset'] },
        { method: 'chat.postMessage', warnings: ['method_deprecated'] },
      ]);
    });
  });
});
