/**
 * Which transport a client sends with: undici on Node, fetch when asked, on Bun, Deno and
 * Workers, and wherever undici cannot be imported; the fetch path never imports undici. undici
 * is mocked here to count its imports and to fail, as it does where it is not installed.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { SlackClient } from '../../generated/index.js';
import { chooseBackend, transportKind } from '../../templates/runtime/choose-backend.ts';
import { fetchFailureCode } from '../../templates/runtime/http-fetch.ts';
import { json, startSlackServer, type SlackServer } from '../helpers/slack-server.ts';

const undici = vi.hoisted(() => ({ imports: 0 }));
vi.mock('undici', () => {
  undici.imports++;
  throw new Error('Cannot find package undici');
});

let server: SlackServer;
beforeAll(async () => {
  server = await startSlackServer();
  server.handle((_req, res) => json(res, 200, { ok: true, channel: { id: 'C1' } }));
});
afterAll(() => server.close());
afterEach(() => vi.unstubAllGlobals());

describe('choosing the transport', () => {
  it('picks undici on Node, and fetch when asked, when given a fetch, on Bun, on Deno and in a Worker', () => {
    expect(transportKind({})).toBe('undici');
    expect(transportKind({ transport: 'fetch' })).toBe('fetch');
    expect(transportKind({ fetch: globalThis.fetch })).toBe('fetch');
    expect(transportKind({ transport: 'undici', fetch: globalThis.fetch })).toBe('undici');
    vi.stubGlobal('Bun', { version: '1.4.5' });
    expect(transportKind({})).toBe('fetch');
    vi.unstubAllGlobals();
    vi.stubGlobal('Deno', { version: { deno: '2.9.6' } });
    expect(transportKind({})).toBe('fetch');
    vi.unstubAllGlobals();
    vi.stubGlobal('navigator', { userAgent: 'Cloudflare-Workers' });
    expect(transportKind({})).toBe('fetch');
  });

  it('calls through fetch on Deno without ever importing undici', async () => {
    vi.stubGlobal('Deno', { version: { deno: '2.9.6' } });
    const client = new SlackClient({ baseUrl: server.baseUrl, token: 'xoxb-deno' });
    const answer = await client.conversations.history({ channel: 'C1' });
    await client.close();
    expect(answer).toEqual({ ok: true, channel: { id: 'C1' } });
    expect(server.seen.at(-1)?.headers['authorization']).toBe('Bearer xoxb-deno');
    expect(undici.imports).toBe(0);
  });

  it('falls back to fetch, saying why, when undici cannot be imported on Node', async () => {
    const said: string[] = [];
    const backend = await chooseBackend({}, (why) => said.push(why));
    expect(backend.name).toBe('fetch');
    expect(said).toEqual([expect.stringMatching(/^undici could not be loaded \(.*\): using fetch$/)]);
    expect(undici.imports).toBe(1);
    await expect(chooseBackend({ transport: 'undici' })).rejects.toBeInstanceOf(Error);
  });

  it('makes a call on Node through the fallback as through undici', async () => {
    const logged: string[] = [];
    const logger = { debug() {}, info() {}, warn: (m: string) => logged.push(m), error() {} };
    const client = new SlackClient({ baseUrl: server.baseUrl, logger });
    expect(await client.conversations.history({ channel: 'C1' })).toEqual({
      ok: true,
      channel: { id: 'C1' },
    });
    await client.close();
    expect(logged.filter((line) => line.startsWith('undici could not be loaded'))).toHaveLength(1);
  });
});

describe("reading a failed fetch's code", () => {
  it("reads Node's, Bun's and Deno's failed connections as the codes the retry rules know", () => {
    const node = new TypeError('fetch failed', {
      cause: Object.assign(new Error('x'), { code: 'ECONNREFUSED' }),
    });
    const bun = Object.assign(new Error('Unable to connect. Is the computer able to access the url?'), {
      code: 'ConnectionRefused',
    });
    const deno = new TypeError(
      'error sending request for url (http://127.0.0.1:9/api/a.b): client error (Connect): tcp connect error: Connection refused (os error 111)',
    );
    const dns = new TypeError('error sending request: dns error: failed to lookup address information');
    const reset = new TypeError('fetch failed', {
      cause: Object.assign(new Error('x'), { code: 'UND_ERR_SOCKET' }),
    });
    expect([node, bun, deno, dns, reset].map(fetchFailureCode)).toEqual([
      'ECONNREFUSED',
      'ECONNREFUSED',
      'ECONNREFUSED',
      'ENOTFOUND',
      'UND_ERR_SOCKET',
    ]);
    expect(fetchFailureCode(new Error('something else'))).toBeUndefined();
  });
});
