/**
 * `client.uploadFiles` against a real HTTP server on 127.0.0.1 that plays Slack's three steps:
 * `files.getUploadURLExternal` hands out an upload URL on the same server, the bytes are POSTed
 * there, `files.completeUploadExternal` lists the files. One client is generated from the
 * records (with both methods' specs and types); the committed generated/ has neither method and
 * uses the runtime's own specs.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { importClient, recordsClientDir } from '../helpers/records-client.ts';
import { TRANSPORTS, type Transport } from '../helpers/transports.ts';
import { json, startSlackServer, type SeenRequest, type SlackServer } from '../helpers/slack-server.ts';

interface UploadError {
  name: string;
  kind: string;
  method: string;
  step: string;
  filename: string;
  status: number | undefined;
  message: string;
}
interface Caller {
  call(spec: object, args: object, options?: object): Promise<unknown>;
}
interface Client {
  transport: Caller;
  uploadFiles(args: object, options?: object): Promise<Record<string, unknown> & { file_ids: string[] }>;
  close(): Promise<void>;
}
interface Module {
  SlackClient: new (options: Record<string, unknown>) => Client;
  SlackUploadError: new (...args: never[]) => UploadError;
  isSlackError(e: unknown): boolean;
  uploadFiles(
    caller: Caller,
    specs: object,
    client: Record<string, unknown>,
    args: object,
  ): Promise<{ file_ids: string[] }>;
  DEFAULT_UPLOAD_SPECS: object;
}

const TOKEN = 'xoxb-2222-uploadsecrettoken';
let mod: Module;
let committed: Module;
let server: SlackServer;
let dir: string;
const clients: Client[] = [];
const clientOf = (transport: Transport, options: Record<string, unknown> = {}, from: Module = mod) => {
  const c = new from.SlackClient({
    transport,
    token: TOKEN,
    baseUrl: server.baseUrl,
    retry: { minDelayMs: 5, maxDelayMs: 50 },
    ...options,
  });
  clients.push(c);
  return c;
};

const origin = () => new URL(server.baseUrl).origin;
const apiCalls = (method: string) => server.seen.filter((r) => r.url === `/api/${method}`);
const uploads = () => server.seen.filter((r) => r.url.startsWith('/upload/'));
const bytesOf = (req: SeenRequest) => Buffer.from(req.body, 'latin1');

/** The three steps; `onUpload` may answer the upload itself (return true when it did). */
function playSlack(
  onUpload: (req: SeenRequest, res: ServerResponse) => boolean = () => false,
  uploadUrl?: string,
) {
  let files = 0;
  server.handle((req, res) => {
    if (req.url === '/api/files.getUploadURLExternal') {
      const id = `F${++files}`;
      return json(res, 200, {
        ok: true,
        file_id: id,
        upload_url: uploadUrl ?? `${origin()}/upload/${id}?sig=s3cr3t`,
      });
    }
    if (req.url.startsWith('/upload/')) {
      if (!onUpload(req, res))
        res.writeHead(200, { 'content-type': 'text/plain' }).end(`OK - ${req.body.length}`);
      return;
    }
    if (req.url === '/api/files.completeUploadExternal') {
      const { files: listed } = JSON.parse(req.body) as { files: { id: string; title?: string }[] };
      return json(res, 200, { ok: true, files: listed.map((f) => ({ id: f.id, title: f.title ?? null })) });
    }
    json(res, 404, { ok: false, error: 'unknown_method' });
  });
}

beforeAll(async () => {
  mod = await importClient<Module>(
    await recordsClientDir(['files.getUploadURLExternal', 'files.completeUploadExternal']),
  );
  committed = await importClient<Module>(fileURLToPath(new URL('../../generated', import.meta.url)));
  server = await startSlackServer();
  dir = mkdtempSync(join(tmpdir(), 'upload-test-'));
}, 60_000);

afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

beforeEach(() => {
  server.seen.length = 0;
  playSlack();
});

describe.each(TRANSPORTS)('through the %s transport', (transport) => {
  const client = (options: Record<string, unknown> = {}, from: Module = mod) =>
    clientOf(transport, options, from);

  describe('uploadFiles', () => {
    it('uploads one file from a Buffer in three steps and shares it where asked', async () => {
      const bytes = randomBytes(4096);
      const res = await client().uploadFiles({
        channel_id: 'C123',
        thread_ts: '1700000000.000100',
        initial_comment: 'the report',
        files: [
          { file: bytes, filename: 'report.bin', title: 'Report', alt_text: 'a chart', snippet_type: 'text' },
        ],
      });
      expect(server.seen.map((r) => r.url.split('?')[0])).toEqual([
        '/api/files.getUploadURLExternal',
        '/upload/F1',
        '/api/files.completeUploadExternal',
      ]);
      const ticket = apiCalls('files.getUploadURLExternal')[0]!;
      expect(ticket.headers['authorization']).toBe(`Bearer ${TOKEN}`);
      expect(Object.fromEntries(new URLSearchParams(ticket.body))).toEqual({
        filename: 'report.bin',
        length: '4096',
        alt_txt: 'a chart',
        snippet_type: 'text',
      });
      const upload = uploads()[0]!;
      expect(upload.url).toBe('/upload/F1?sig=s3cr3t');
      expect(upload.headers['authorization']).toBeUndefined();
      expect(upload.headers['content-length']).toBe('4096');
      expect(bytesOf(upload).equals(bytes)).toBe(true);
      const complete = apiCalls('files.completeUploadExternal')[0]!;
      expect(complete.headers['authorization']).toBe(`Bearer ${TOKEN}`);
      expect(JSON.parse(complete.body)).toEqual({
        files: [{ id: 'F1', title: 'Report' }],
        channel_id: 'C123',
        thread_ts: '1700000000.000100',
        initial_comment: 'the report',
      });
      expect(res).toMatchObject({ ok: true, file_ids: ['F1'], files: [{ id: 'F1', title: 'Report' }] });
    });

    it('uploads two files, from a path and from a stream, intact, and completes them in one call', async () => {
      const onDisk = randomBytes(300_000);
      const path = join(dir, 'big.bin');
      writeFileSync(path, onDisk);
      const streamed = randomBytes(70_000);
      const chunks = [streamed.subarray(0, 30_000), streamed.subarray(30_000)];
      const res = await client().uploadFiles({
        channel_id: 'C123',
        files: [
          { file: path, filename: 'big.bin', title: 'From disk' },
          { file: Readable.from(chunks), filename: 'streamed.bin', title: 'From a stream' },
        ],
      });
      const tickets = apiCalls('files.getUploadURLExternal').map((r) =>
        Object.fromEntries(new URLSearchParams(r.body)),
      );
      expect(tickets).toEqual([
        { filename: 'big.bin', length: '300000' },
        { filename: 'streamed.bin', length: '70000' },
      ]);
      expect(uploads().map((r) => r.url.split('?')[0])).toEqual(['/upload/F1', '/upload/F2']);
      expect(bytesOf(uploads()[0]!).equals(onDisk)).toBe(true);
      expect(bytesOf(uploads()[1]!).equals(streamed)).toBe(true);
      const completes = apiCalls('files.completeUploadExternal');
      expect(completes).toHaveLength(1);
      expect(JSON.parse(completes[0]!.body)).toEqual({
        files: [
          { id: 'F1', title: 'From disk' },
          { id: 'F2', title: 'From a stream' },
        ],
        channel_id: 'C123',
      });
      expect(res.file_ids).toEqual(['F1', 'F2']);
    });

    it('sends a stream of a given length and a Blob as they are', async () => {
      const streamed = randomBytes(50_000);
      const blob = new Blob([Buffer.from('hello, blob')]);
      await client().uploadFiles({
        files: [
          { file: Readable.from([streamed]), filename: 'known.bin', length: streamed.length },
          { file: blob, filename: 'blob.txt' },
        ],
      });
      expect(bytesOf(uploads()[0]!).equals(streamed)).toBe(true);
      expect(uploads()[1]!.body).toBe('hello, blob');
      expect(JSON.parse(apiCalls('files.completeUploadExternal')[0]!.body)).toEqual({
        files: [{ id: 'F1' }, { id: 'F2' }],
      });
    });

    it('ends in a typed SlackUploadError when the upload fails in the middle, and completes nothing', async () => {
      playSlack((req, res) => {
        if (!req.url.startsWith('/upload/F2')) return false;
        res.writeHead(500, { 'content-type': 'text/plain' }).end(`upload failed for ${TOKEN} at ${req.url}`);
        return true;
      });
      const err = await client()
        .uploadFiles({
          channel_id: 'C123',
          files: [
            { file: Buffer.from('one'), filename: 'one.txt' },
            { file: Buffer.from('two'), filename: 'two.txt' },
            { file: Buffer.from('three'), filename: 'three.txt' },
          ],
        })
        .catch((e: unknown) => e as UploadError);
      expect(err).toBeInstanceOf(mod.SlackUploadError);
      expect(mod.isSlackError(err)).toBe(true);
      expect(err).toMatchObject({
        name: 'SlackUploadError',
        kind: 'http',
        method: 'files.getUploadURLExternal',
        step: 'upload',
        filename: 'two.txt',
        status: 500,
      });
      expect(err.message).toContain('two.txt');
      expect(JSON.stringify({ ...err, message: err.message })).not.toContain(TOKEN);
      expect(JSON.stringify({ ...err, message: err.message })).not.toContain('s3cr3t');
      expect(uploads()).toHaveLength(2); // not retried, and the third file never sent
      expect(apiCalls('files.getUploadURLExternal')).toHaveLength(2);
      expect(apiCalls('files.completeUploadExternal')).toHaveLength(0);
    });

    it('ends in a SlackUploadError of kind timeout when the upload URL does not answer in time', async () => {
      playSlack(() => true); // never answers
      const err = await client({ timeoutMs: 300 })
        .uploadFiles({ files: [{ file: Buffer.from('slow'), filename: 'slow.txt' }] })
        .catch((e: unknown) => e as UploadError);
      expect(err).toMatchObject({ name: 'SlackUploadError', kind: 'timeout', filename: 'slow.txt' });
      expect(apiCalls('files.completeUploadExternal')).toHaveLength(0);
    });

    it('refuses a plain http upload URL on a host that is not loopback, sending nothing there', async () => {
      playSlack(undefined, 'http://files.example.com/upload/F1');
      const err = await client()
        .uploadFiles({ files: [{ file: Buffer.from('x'), filename: 'x.txt' }] })
        .catch((e: unknown) => e as UploadError);
      expect(err).toMatchObject({ name: 'SlackUploadError', step: 'upload', filename: 'x.txt' });
      expect(err.message).toContain('refusing http: upload to files.example.com');
      expect(apiCalls('files.completeUploadExternal')).toHaveLength(0);
    });

    it("throws the API's own typed error when a step of the API fails, and uploads nothing after it", async () => {
      server.handle((req, res) =>
        json(res, 200, { ok: false, error: 'file_uploads_disabled', url: req.url }),
      );
      const err = await client()
        .uploadFiles({ files: [{ file: Buffer.from('x'), filename: 'x.txt' }] })
        .catch((e: unknown) => e as { kind: string; method: string; code: string });
      expect(err).toMatchObject({
        kind: 'api',
        method: 'files.getUploadURLExternal',
        code: 'file_uploads_disabled',
      });
      expect(uploads()).toHaveLength(0);
    });

    it('fails on a missing path before anything is sent', async () => {
      await expect(
        client().uploadFiles({
          files: [
            { file: Buffer.from('x'), filename: 'x.txt' },
            { file: join(dir, 'missing.bin'), filename: 'missing.bin' },
          ],
        }),
      ).rejects.toMatchObject({ code: 'ENOENT' });
      expect(server.seen).toHaveLength(0);
    });

    it('uploads for a caller that is not a client (a wrapper, a test double), sending the bytes itself', async () => {
      const bytes = randomBytes(2000);
      const options = { transport, token: TOKEN, baseUrl: server.baseUrl };
      const inner = clientOf(transport, options);
      const calls: string[] = [];
      const caller: Caller = {
        call: (spec, args, opts) => {
          calls.push((spec as { method: string }).method);
          return inner.transport.call(spec, args, opts);
        },
      };
      const res = await mod.uploadFiles(caller, mod.DEFAULT_UPLOAD_SPECS, options, {
        files: [{ file: bytes, filename: 'wrapped.bin' }],
      });
      expect(calls).toEqual(['files.getUploadURLExternal', 'files.completeUploadExternal']);
      expect(bytesOf(uploads()[0]!).equals(bytes)).toBe(true);
      expect(res.file_ids).toEqual(['F1']);
    });

    it("works in a client generated without the two methods, with the runtime's own specs", async () => {
      const bytes = randomBytes(1000);
      const res = await client({}, committed).uploadFiles({
        files: [{ file: bytes, filename: 'a.bin', title: 'A' }],
      });
      expect(bytesOf(uploads()[0]!).equals(bytes)).toBe(true);
      expect(JSON.parse(apiCalls('files.completeUploadExternal')[0]!.body)).toEqual({
        files: [{ id: 'F1', title: 'A' }],
      });
      expect(res).toMatchObject({ ok: true, file_ids: ['F1'] });
    });
  });
});
