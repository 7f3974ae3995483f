/**
 * Random bodies, headers and paths thrown at the double's HTTP server, and random bytes at its
 * socket: every request gets an answer (a status and, from the API and control routes, a JSON
 * body), and afterwards the server still answers a well-formed call. Bad requests get Slack's
 * documented codes, never a crash. `FUZZ_RUNS` sets the number of requests (default 200).
 */
import { request } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOUBLE_METHODS, generateDouble } from './double-client.ts';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 200);
// oxlint-disable-next-line typescript/no-explicit-any
let mock: any;
let port: number;
/** Every code the double may refuse a call of a method with: its own, the common ones, `unknown_method`. */
let documented: (method: string) => Set<string>;

beforeAll(async () => {
  const g = await generateDouble();
  const { TABLE } = (await import(pathToFileURL(join(g.dir, 'testing/methods.ts')).href)) as {
    TABLE: { methods: Record<string, { codes: string[] }>; commonCodes: string[] };
  };
  documented = (method) =>
    new Set([...(TABLE.methods[method]?.codes ?? []), ...TABLE.commonCodes, 'unknown_method']);
  mock = g.testing.createSlackMock();
  port = (await mock.listen()).port;
});

afterAll(async () => {
  await mock.close();
});

interface Answer {
  status: number;
  body: string;
}

function send(
  method: string,
  path: string,
  headers: Record<string, string>,
  body: Uint8Array,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const sized = { ...headers, 'content-length': String(body.length) };
    const req = request({ host: '127.0.0.1', port, method, path, headers: sized }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

const headerName = fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/);
const headerValue = fc.stringMatching(/^[\x20-\x7e]{0,40}$/);
const contentType = fc.oneof(
  fc.constantFrom(
    'application/json',
    'application/json; charset=utf-8',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=xyz',
    'multipart/form-data',
    'text/plain; charset=klingon',
    '',
  ),
  headerValue,
);
const authorization = fc.oneof(
  fc.constant('Bearer xoxb-1-2-fuzz'),
  fc.constant('Basic ' + Buffer.from('1.2:secret').toString('base64')),
  headerValue.map((v) => `Bearer ${v}`),
  headerValue.map((v) => `Basic ${v}`),
  headerValue,
);
const path = fc.oneof(
  fc.constantFrom(...DOUBLE_METHODS).map((m) => `/api/${m}`),
  fc.constantFrom(
    '/_mock/fail',
    '/_mock/respond',
    '/_mock/items',
    '/_mock/fault',
    '/_mock/calls',
    '/_mock/reset',
  ),
  fc.stringMatching(/^\/[A-Za-z0-9._~%/?=&-]{0,40}$/),
);
/** Argument and control field names the double reads, and a few that would trip careless code. */
const fieldName = fc.constantFrom(
  'channel',
  'text',
  'limit',
  'cursor',
  'users',
  'blocks',
  'token',
  'client_secret',
  'method',
  'error',
  'kind',
  'items',
  'response',
  'times',
  'ms',
  '__proto__',
  'constructor',
);
const body = fc.oneof(
  fc.uint8Array({ maxLength: 300 }),
  fc.json().map((j) => new TextEncoder().encode(j)),
  fc.dictionary(fieldName, fc.jsonValue()).map((d) => new TextEncoder().encode(JSON.stringify(d))),
  fc
    .dictionary(fieldName, fc.oneof(fc.string(), fc.json()))
    .map((d) => new TextEncoder().encode(new URLSearchParams(d).toString())),
  fc.string().map((s) => new TextEncoder().encode(s)),
);
const requestArb = fc.record({
  verb: fc.constantFrom('POST', 'GET', 'PUT', 'DELETE'),
  path,
  contentType,
  authorization,
  extra: fc.dictionary(headerName, headerValue, { maxKeys: 4 }),
  body,
});

describe('the HTTP server under random requests', () => {
  it('answers every request, with JSON from the API and control routes', async () => {
    let answered = 0;
    await fc.assert(
      fc.asyncProperty(requestArb, async (r) => {
        const headers: Record<string, string> = { ...r.extra, authorization: r.authorization };
        if (r.contentType !== '') headers['content-type'] = r.contentType;
        // Faults a random control call armed (a drop, a long delay) must not outlive it.
        const answer = await send(r.verb, r.path, headers, r.body).finally(() => mock.reset());
        answered += 1;
        const jsonRoute = r.path.startsWith('/api/') || r.path.startsWith('/_mock/');
        const parsed = jsonRoute
          ? (JSON.parse(answer.body) as { ok?: unknown; error?: unknown })
          : { ok: false };
        const method = r.path.startsWith('/api/') ? r.path.slice(5).split('?')[0]! : '';
        const slackError = method !== '' && answer.status === 200 && parsed.ok === false;
        const known = !slackError || documented(method).has(String(parsed.error));
        return answer.status >= 200 && answer.status < 600 && typeof parsed.ok === 'boolean' && known;
      }),
      { numRuns: RUNS },
    );
    expect(answered).toBe(RUNS);
  });

  it('answers random bytes on its socket with 400 and keeps serving', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 200 }), async (bytes) => {
        const reply = await new Promise<string>((resolve) => {
          const socket = connect(port, '127.0.0.1', () =>
            socket.end(Buffer.concat([Buffer.from('GET / HTTP/1.1\r\n'), bytes, Buffer.from('\r\n\r\n')])),
          );
          const chunks: Buffer[] = [];
          socket.on('data', (c: Buffer) => chunks.push(c));
          socket.on('close', () => resolve(Buffer.concat(chunks).toString('latin1')));
          socket.on('error', () => resolve(''));
        });
        return reply === '' || reply.startsWith('HTTP/1.1 ');
      }),
      { numRuns: 50 },
    );
    const after = await send(
      'POST',
      '/api/auth.test',
      { authorization: 'Bearer xoxb-1-2-after' },
      new Uint8Array(),
    );
    expect([after.status, JSON.parse(after.body)]).toEqual([200, expect.objectContaining({ ok: true })]);
  });
});
