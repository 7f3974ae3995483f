/**
 * The built package on other platforms: the generated package is built as it ships (declarations
 * and bundles), and one script (platform-smoke.mjs) runs it under Node, Bun and Deno (the npm
 * packages `bun` and `deno`, devDependencies) against a local node server: a call, a typed error,
 * pages of results, a retried 429, a timeout and an upload. Bun and Deno pick the fetch transport by
 * themselves; Node undici.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPackage } from '../helpers/build-package.ts';
import { json, startSlackServer, type SeenRequest, type SlackServer } from '../helpers/slack-server.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'node_modules', '.bin');
const SCRIPT = fileURLToPath(new URL('platform-smoke.mjs', import.meta.url));
let server: SlackServer;
let entry: string;

/** The module the package's manifest gives `import` of the package (its ESM bundle). */
function esmEntry(pkg: string): string {
  const manifest = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as {
    exports: { '.': { import?: { default: string }; default?: string } };
  };
  const main = manifest.exports['.'];
  return join(pkg, main.import?.default ?? main.default ?? '');
}

/** conversations.history as the script meets it: two pages, a missing channel, a 429, a stall. */
function history(req: SeenRequest, res: import('node:http').ServerResponse, limited: { n: number }): void {
  const { channel, cursor } = Object.fromEntries(new URLSearchParams(req.body));
  if (channel === 'C404') return json(res, 200, { ok: false, error: 'channel_not_found' });
  if (channel === 'C429' && limited.n++ % 2 === 0)
    return json(res, 429, { ok: false, error: 'ratelimited' }, { 'retry-after': '0' });
  if (channel === 'CSLOW') return; // never answered
  if (cursor === 'p2') return json(res, 200, { ok: true, messages: [{ ts: '3' }], response_metadata: {} });
  json(res, 200, {
    ok: true,
    messages: [{ ts: '1' }, { ts: '2' }],
    response_metadata: { next_cursor: channel === 'C1' ? 'p2' : '' },
  });
}

beforeAll(async () => {
  const scratch = join(ROOT, 'node_modules', '.cache');
  mkdirSync(scratch, { recursive: true });
  const pkg = join(mkdtempSync(join(scratch, 'platforms-')), 'pkg');
  cpSync(join(ROOT, 'generated'), pkg, { recursive: true });
  const failure = buildPackage(pkg);
  if (failure) throw new Error(`the package does not build: ${failure}`);
  entry = esmEntry(pkg);
  server = await startSlackServer();
  const limited = { n: 0 };
  server.handle((req, res) => {
    if (req.url.endsWith('/chat.scheduleMessage'))
      return json(res, 200, { ok: true, scheduled_message_id: 'Q1' });
    if (req.url.endsWith('/files.getUploadURLExternal'))
      return json(res, 200, {
        ok: true,
        file_id: 'F1',
        upload_url: `${new URL(server.baseUrl).origin}/upload/F1`,
      });
    if (req.url === '/upload/F1') return void res.writeHead(200).end(`OK - ${req.body.length}`);
    if (req.url.endsWith('/files.completeUploadExternal'))
      return json(res, 200, { ok: true, files: [{ id: 'F1' }] });
    if (req.url.endsWith('/conversations.history')) return history(req, res, limited);
    json(res, 404, { ok: false, error: 'unknown_method' });
  });
}, 180_000);

afterAll(() => server?.close());

function run(cmd: string, args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

const PLATFORMS = [
  { platform: 'Node', transport: 'undici', command: () => [process.execPath, SCRIPT, entry] },
  { platform: 'Bun', transport: 'fetch', command: () => [join(BIN, 'bun'), SCRIPT, entry] },
  {
    platform: 'Deno',
    transport: 'fetch',
    command: () => [join(BIN, 'deno'), 'run', '--allow-net', '--allow-read', '--allow-env', SCRIPT, entry],
  },
];

describe.each(PLATFORMS)('the built package under $platform', ({ transport, command }) => {
  it(`calls, throws a typed error, pages, retries, times out and uploads through ${transport}`, async () => {
    const [cmd, ...args] = command();
    const result = await run(cmd!, [...args.slice(0, -1), pathToFileURL(args.at(-1)!).href, server.baseUrl]);
    expect(result.code, `${result.out}${result.err}`).toBe(0);
    expect(JSON.parse(result.out.trim().split('\n').at(-1)!)).toEqual({
      transport,
      call: 'Q1',
      error: 'true:true:channel_not_found',
      items: ['1', '2', '3'],
      pages: 2,
      retried: true,
      timeout: 'true:timeout',
      upload: ['F1'],
    });
    const upload = server.seen.filter((r) => r.url === '/upload/F1').at(-1);
    expect(upload?.body).toBe('week,total\n47,42\n');
  }, 60_000);
});
