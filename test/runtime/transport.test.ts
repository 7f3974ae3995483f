/** The generated client against a real HTTP server on 127.0.0.1, through each transport. */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SlackApiError,
  SlackClient,
  SlackHttpError,
  isApiErrorOf,
  oauthV2AccessSpec,
} from '../../generated/index.js';
import { OauthV2AccessErrorCode } from '../../generated/methods.js';
import { TRANSPORTS } from '../helpers/transports.ts';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

let server: Server;
let baseUrl: string;
const seen: Seen[] = [];
let reply: { status: number; body: string } = { status: 200, body: '{"ok":true}' };

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      res.writeHead(reply.status, { 'content-type': 'application/json' });
      res.end(reply.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe.each(TRANSPORTS)('calling a method through the %s transport', (transport) => {
  it('POSTs form fields to <baseUrl>/<method> with the token as a bearer header', async () => {
    reply = { status: 200, body: JSON.stringify({ ok: true, app_id: 'A1', authed_user: { id: 'U1' } }) };
    const client = new SlackClient({ transport, token: 'xoxb-secret', baseUrl });
    const r = await client.oauth.v2.access({ code: 'abc', redirect_uri: 'http://example.com/cb' });
    expect(r).toEqual({ ok: true, app_id: 'A1', authed_user: { id: 'U1' } });
    const req = seen.at(-1)!;
    expect(req.method).toBe('POST');
    expect(req.url).toBe('/api/oauth.v2.access');
    expect(req.headers['authorization']).toBe('Bearer xoxb-secret');
    expect(req.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(new URLSearchParams(req.body))).toEqual({
      code: 'abc',
      redirect_uri: 'http://example.com/cb',
    });
  });

  it('sends JSON to methods whose docs accept it, and a per-call token', async () => {
    reply = { status: 200, body: '{"ok":true}' };
    const client = new SlackClient({ transport, token: 'xoxb-secret', baseUrl });
    await client.oauth.v2.user.access(
      { code: 'abc', grant_type: 'authorization_code' },
      { token: 'xoxp-other' },
    );
    const req = seen.at(-1)!;
    expect(req.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(req.headers['authorization']).toBe('Bearer xoxp-other');
    expect(JSON.parse(req.body)).toEqual({ code: 'abc', grant_type: 'authorization_code' });
  });

  it('turns ok: false into a SlackApiError carrying the typed code', async () => {
    reply = {
      status: 200,
      body: JSON.stringify({
        ok: false,
        error: 'invalid_code',
        response_metadata: { warnings: ['superfluous_charset'] },
      }),
    };
    const client = new SlackClient({ transport, baseUrl });
    const error = await client.oauth.v2.access({ code: 'nope' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SlackApiError);
    expect(isApiErrorOf(error, oauthV2AccessSpec)).toBe(true);
    const apiError = error as SlackApiError<OauthV2AccessErrorCode>;
    expect(apiError.code).toBe(OauthV2AccessErrorCode.InvalidCode);
    expect(apiError.method).toBe('oauth.v2.access');
    expect(apiError.warnings).toEqual(['superfluous_charset']);
    expect(seen.at(-1)!.headers['authorization']).toBeUndefined();
  });

  it('turns a non-2xx status into a SlackHttpError', async () => {
    reply = { status: 503, body: 'upstream down' };
    const error = await new SlackClient({ transport, baseUrl, retry: { retries: 0 } }).oauth.v2
      .access()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SlackHttpError);
    expect((error as SlackHttpError).status).toBe(503);
    expect((error as SlackHttpError).bodyExcerpt).toBe('upstream down');
  });
});
