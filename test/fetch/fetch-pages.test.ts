/**
 * Fetching pages from a local HTTP server that serves pages, a slow page, a 429, a 500, a 304
 * and a truncated body: what is fetched is written atomically with a manifest, what fails never
 * damages a page already there, and only URLs under the base are followed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPages, methodsFromIndex } from '../../generator/fetch/fetch-pages.ts';

let server: Server;
let base: string;
const hits = new Map<string, number>();
const PAGE = '<html><body><h1>chat.postMessage</h1><p>Sends a message.</p></body></html>';

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '';
    const n = (hits.get(path) ?? 0) + 1;
    hits.set(path, n);
    if (path === '/docs/reference/methods') {
      res.end(`<a href="/docs/reference/methods/chat.postMessage">chat.postMessage</a>
        <a href="https://evil.example.com/docs/reference/methods/evil.method">evil</a>
        <a href="/other/reference/methods/outside.base">outside</a>
        <a href="javascript:alert(1)">js</a>`);
      return;
    }
    if (path === '/docs/reference/methods/chat.postMessage') {
      if (req.headers['if-none-match'] === '"v1"') {
        res.writeHead(304);
        res.end();
        return;
      }
      res.writeHead(200, { etag: '"v1"', 'content-type': 'text/html' });
      res.end(PAGE);
      return;
    }
    if (path === '/docs/reference/methods/chat.postMessage.json')
      return void res.end('{"desc": "Sends a message."}');
    if (path === '/docs/reference/methods/slow.page') return void setTimeout(() => res.end('late'), 2000);
    if (path === '/docs/reference/methods/limited.page') {
      if (n === 1) {
        res.writeHead(429, { 'retry-after': '0' });
        return void res.end();
      }
      return void res.end('<h1>limited.page</h1>');
    }
    if (path === '/docs/reference/methods/broken.page') {
      res.writeHead(500);
      return void res.end('no');
    }
    if (path === '/docs/reference/methods/cut.page') {
      res.writeHead(200, { 'content-length': '1000' });
      res.write('<html><body>half a pa');
      setTimeout(() => res.socket?.destroy(), 5);
      return;
    }
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/docs`;
});

afterAll(() => new Promise<void>((r) => server.close(() => r())));

const fast = { retries: 2, minDelayMs: 5, timeoutMs: 500, concurrency: 3 };

describe('fetching reference pages', () => {
  it('follows only method links under the base in the site index', () => {
    expect(
      methodsFromIndex(
        '<a href="/docs/reference/methods/a.b">x</a><a href="https://evil.example.com/docs/reference/methods/c.d">y</a><a href="/nope/reference/methods/e.f">z</a>',
        `${base}/reference/methods`,
        base,
      ),
    ).toEqual(['a.b']);
  });

  it('writes pages and records with a manifest, and a second run costs a 304', async () => {
    const out = mkdtempSync(join(tmpdir(), 'fetch-'));
    const first = await fetchPages({
      baseUrl: base,
      outDir: out,
      ...fast,
      now: () => new Date('2026-01-01T00:00:00Z'),
    });
    expect(first.map((o) => [o.file, o.result])).toEqual([
      ['chat.postMessage.html', 'written'],
      ['chat.postMessage.json', 'written'],
    ]);
    expect(readFileSync(join(out, 'chat.postMessage.html'), 'utf8')).toBe(PAGE);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest['chat.postMessage.html']).toEqual({
      url: `${base}/reference/methods/chat.postMessage`,
      status: 200,
      etag: '"v1"',
      sha256: createHash('sha256').update(PAGE).digest('hex'),
      fetchedAt: '2026-01-01T00:00:00.000Z',
    });
    const second = await fetchPages({ baseUrl: base, outDir: out, ...fast });
    expect(second[0]).toMatchObject({
      file: 'chat.postMessage.html',
      result: 'unchanged',
      detail: '304 Not Modified',
    });
    expect(readFileSync(join(out, 'chat.postMessage.html'), 'utf8')).toBe(PAGE);
  });

  it('retries a 429 and keeps old pages when a page is slow, broken or truncated', async () => {
    const out = mkdtempSync(join(tmpdir(), 'fetch-'));
    for (const name of ['slow.page', 'broken.page', 'cut.page'])
      writeFileSync(join(out, `${name}.html`), `old ${name}`);
    const outcomes = await fetchPages({
      baseUrl: base,
      outDir: out,
      methods: ['limited.page', 'slow.page', 'broken.page', 'cut.page'],
      records: false,
      ...fast,
    });
    expect(outcomes.map((o) => [o.file, o.result])).toEqual([
      ['broken.page.html', 'failed'],
      ['cut.page.html', 'failed'],
      ['limited.page.html', 'written'],
      ['slow.page.html', 'failed'],
    ]);
    expect(outcomes[0]!.detail).toBe('HTTP 500');
    expect(hits.get('/docs/reference/methods/broken.page')).toBe(3);
    for (const name of ['slow.page', 'broken.page', 'cut.page'])
      expect(readFileSync(join(out, `${name}.html`), 'utf8')).toBe(`old ${name}`);
    expect(readFileSync(join(out, 'limited.page.html'), 'utf8')).toBe('<h1>limited.page</h1>');
    expect(existsSync(join(out, 'manifest.json'))).toBe(true);
  });
});
