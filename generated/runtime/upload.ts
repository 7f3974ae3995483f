/**
 * `client.uploadFiles`: files uploaded the way Slack asks since it retired `files.upload`, like
 * the official SDK's `filesUploadV2`. For each file, `files.getUploadURLExternal` (its name and
 * length) goes through the client's transport (same token, retries and errors); its bytes are
 * then POSTed to the `upload_url` Slack returned; last, one `files.completeUploadExternal`
 * shares them all. A file whose upload fails ends the call with a `SlackUploadError`, and
 * nothing is completed.
 */
import type { Readable } from 'node:stream';
import { copyAnswerTag } from './answer.js';
import { chooseBackend } from './choose-backend.js';
import { SlackError } from './errors.js';
import type { HttpAnswer, HttpBackend, RequestBody } from './http.js';
import { redact } from './logger.js';
import { CallDeadline, type CancelSignal } from './retry.js';
import type { CallOptions, ClientOptions, MethodSpec, SlackCaller } from './transport.js';

/**
 * A file's content: a path on disk (read as a stream, its size from `fs.stat`), bytes, a `Blob`,
 * or a stream (a Node `Readable` or any async iterable of bytes). A string is always a path: send
 * text as `Buffer.from(text)`.
 */
export type UploadSource = string | Uint8Array | Blob | Readable | AsyncIterable<Uint8Array>;

export interface UploadFile {
  file: UploadSource;
  /** The file's name, as Slack shows it (required by `files.getUploadURLExternal`). */
  filename: string;
  /** The title Slack shows; Slack uses the file name when there is none. */
  title?: string | undefined;
  /** A description of an image for screen readers (sent as `alt_txt`). */
  alt_text?: string | undefined;
  /** The syntax type of a snippet (`python`). */
  snippet_type?: string | undefined;
  /**
   * The length in bytes of a stream, when you know it: the stream is then sent as it is read.
   * Without it, a stream is read into memory first, since Slack needs the length before the
   * upload. Paths, bytes and Blobs know their length.
   */
  length?: number | undefined;
}

export interface UploadFilesArguments {
  /** One file or several, shared together in one message. */
  files: readonly UploadFile[];
  /** The channel to share the files in; without one, they stay private to the uploader. */
  channel_id?: string | undefined;
  /** Shares the files as a reply in this thread (the parent message's `ts`). */
  thread_ts?: string | undefined;
  /** The message text posted with the files. */
  initial_comment?: string | undefined;
}

/** What `files.completeUploadExternal` answers, for a client generated without that method. */
export interface UploadCompleteResponse {
  ok: true;
  files?: { id: string; title?: string | null; [field: string]: unknown }[];
  [field: string]: unknown;
}

/** `files.completeUploadExternal`'s answer, with the ids of the uploaded files in order. */
export type UploadFilesResult<Complete = UploadCompleteResponse> = Complete & { file_ids: string[] };

/** The two methods the upload calls (the client passes its generated specs where it has them). */
export interface UploadSpecs<Complete = UploadCompleteResponse> {
  getUploadURL: MethodSpec<unknown, unknown>;
  complete: MethodSpec<Complete, unknown>;
}

export const DEFAULT_UPLOAD_SPECS: UploadSpecs = {
  getUploadURL: { method: 'files.getUploadURLExternal', json: false, tier: 'Tier 4' },
  complete: { method: 'files.completeUploadExternal', json: true, tier: 'Tier 4', write: true },
};

/** What the upload step went wrong with: an HTTP status, a broken connection or a timeout. */
export type SlackUploadErrorKind = 'http' | 'network' | 'timeout';

/**
 * Posting a file's bytes to the `upload_url` of `files.getUploadURLExternal` failed (or Slack
 * gave no usable `upload_url`). `kind` says how, as for the other errors; `method` is
 * `files.getUploadURLExternal`, `step` is `upload`, `filename` the file. The URL is never kept
 * (it grants the upload).
 */
export class SlackUploadError extends SlackError {
  declare readonly kind: SlackUploadErrorKind;
  readonly step = 'upload' as const;
  readonly filename: string;
  /** The HTTP status of the upload's answer, when there was one. */
  readonly status: number | undefined;
  /** The start of the answer's body (redacted), or the system's code of a network failure. */
  readonly detail: string;

  constructor(
    kind: SlackUploadErrorKind,
    filename: string,
    reason: string,
    extra: { status?: number; detail?: string; cause?: unknown } = {},
  ) {
    const method = 'files.getUploadURLExternal';
    super(kind, method, `Uploading ${JSON.stringify(filename)} (${method} upload_url) failed: ${reason}`, {
      cause: extra.cause,
    });
    this.name = 'SlackUploadError';
    this.filename = filename;
    this.status = extra.status;
    this.detail = extra.detail ?? '';
  }
}

/** A file ready to send: its length, and its body (a path is opened only when it is sent). */
interface Measured {
  length: number;
  body: () => Promise<RequestBody>;
}

function isAsyncIterable(value: unknown): value is AsyncIterable<Uint8Array> {
  return typeof (value as { [Symbol.asyncIterator]?: unknown })?.[Symbol.asyncIterator] === 'function';
}

/** A stream read whole, for a stream of unknown length (no `Buffer`: not every platform has one). */
async function readAll(stream: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    chunks.push(bytes);
    size += bytes.byteLength;
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const bytes of chunks) {
    all.set(bytes, at);
    at += bytes.byteLength;
  }
  return all;
}

/** The length of each file, learnt before anything is sent (a missing path fails here). */
async function measure(file: UploadFile): Promise<Measured> {
  const source = file.file;
  if (typeof source === 'string') {
    const [{ stat }, { createReadStream }] = await Promise.all([
      import('node:fs/promises'),
      import('node:fs'),
    ]);
    const { size } = await stat(source);
    return { length: size, body: async () => createReadStream(source) };
  }
  if (source instanceof Uint8Array) return { length: source.byteLength, body: async () => source };
  if (source instanceof Blob) return { length: source.size, body: async () => source };
  if (!isAsyncIterable(source))
    throw new TypeError(
      `uploadFiles: the file of ${JSON.stringify(file.filename)} is not a path, bytes, Blob or stream`,
    );
  if (file.length !== undefined) {
    const length = file.length;
    return { length, body: async () => source };
  }
  const bytes = await readAll(source);
  return { length: bytes.byteLength, body: async () => bytes };
}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/;

/**
 * The upload URL as Slack gave it (its host is not the API's), over https; plain http only where
 * the client allows it: `allowInsecureHttp`, or a loopback API and a loopback upload host (tests).
 */
function uploadUrl(raw: unknown, filename: string, client: ClientOptions): URL {
  let url: URL;
  try {
    url = new URL(String(raw));
  } catch {
    throw new SlackUploadError('http', filename, 'the answer has no valid upload_url');
  }
  if (url.protocol === 'https:') return url;
  const base = new URL(client.baseUrl ?? 'https://slack.com/api');
  const loopback = LOOPBACK.test(base.hostname) && LOOPBACK.test(url.hostname);
  if (url.protocol === 'http:' && (client.allowInsecureHttp || loopback)) return url;
  throw new SlackUploadError('http', filename, `refusing ${url.protocol} upload to ${url.hostname}`);
}

/** The most of a failed answer's body read for its excerpt: a huge answer is never read whole. */
const EXCERPT_BYTES = 2048;

/**
 * A request that failed: the caller's abort as it is; the upload's deadline, a timeout of the
 * backend's own or a broken connection as a `SlackUploadError`.
 */
function uploadFailure(failure: unknown, filename: string, deadline: CancelSignal, code: string): unknown {
  if (deadline.aborted) return deadline.reason;
  if (/TIMEOUT/.test(code))
    return new SlackUploadError('timeout', filename, 'no answer in time', { detail: code, cause: failure });
  return new SlackUploadError('network', filename, `network error${code ? ` (${code})` : ''}`, {
    detail: code,
    cause: failure,
  });
}

/** The context of one upload: the client's options and the call's. */
interface UploadContext {
  client: ClientOptions;
  options: CallOptions;
  /** Redacted from any excerpt kept on an error. */
  secrets: (string | undefined)[];
  /** What sends the bytes: the client's backend (undici or fetch), as its calls. */
  backend: HttpBackend;
}

/**
 * The bytes POSTed raw to the upload URL by the client's backend, with their length, within the
 * call's `timeoutMs` (cancelled for real past it) and its signal; no token goes to that host.
 */
async function postFile(
  raw: unknown,
  filename: string,
  measured: Measured,
  ctx: UploadContext,
): Promise<void> {
  const url = uploadUrl(raw, filename, ctx.client);
  const timeoutMs = ctx.options.timeoutMs ?? ctx.client.timeoutMs ?? 30_000;
  const onTimeout = () => new SlackUploadError('timeout', filename, `no answer within ${timeoutMs} ms`);
  const deadline = new CallDeadline(timeoutMs, ctx.options.signal, onTimeout, null);
  let answer: HttpAnswer;
  try {
    answer = await ctx.backend.send({
      url: url.href,
      headers: { 'content-type': 'application/octet-stream', 'content-length': String(measured.length) },
      body: await measured.body(),
      signal: deadline,
      timeoutMs,
      maxBytes: EXCERPT_BYTES,
      overLimit: 'cut',
    });
  } catch (failure) {
    throw uploadFailure(failure, filename, deadline, ctx.backend.failureCode(failure) ?? '');
  } finally {
    deadline.end();
  }
  if (answer.status >= 200 && answer.status < 300) return;
  const secrets = [...ctx.secrets, url.href, url.pathname + url.search, url.pathname, url.search];
  const detail = redact(answer.text, secrets).slice(0, 200);
  throw new SlackUploadError('http', filename, `HTTP ${answer.status}`, { status: answer.status, detail });
}

/** The client's backend; a caller that is not the client's transport gets one of its own for the upload. */
async function backendOf(
  caller: SlackCaller,
  client: ClientOptions,
): Promise<{ backend: HttpBackend; own: boolean }> {
  const transport = caller as Partial<{ httpBackend(): Promise<HttpBackend> }>;
  if (typeof transport.httpBackend === 'function')
    return { backend: await transport.httpBackend(), own: false };
  return { backend: await chooseBackend(client), own: true };
}

/** `files.getUploadURLExternal`'s arguments for a file. */
function ticketArgs(file: UploadFile, length: number): Record<string, unknown> {
  const args: Record<string, unknown> = { filename: file.filename, length };
  if (file.alt_text !== undefined) args['alt_txt'] = file.alt_text;
  if (file.snippet_type !== undefined) args['snippet_type'] = file.snippet_type;
  return args;
}

/** `files.completeUploadExternal`'s arguments: the files' ids and titles, and where to share them. */
function completeArgs(
  args: UploadFilesArguments,
  files: { id: string; title?: string }[],
): Record<string, unknown> {
  const out: Record<string, unknown> = { files };
  for (const key of ['channel_id', 'thread_ts', 'initial_comment'] as const)
    if (args[key] !== undefined) out[key] = args[key];
  return out;
}

/**
 * Uploads the files one after another, then completes them in one call. Each file's length is
 * learnt first, so a missing path fails before anything is sent. The upload step is not retried
 * (a stream cannot be sent twice); the two API calls are, by the client's policy.
 */
export async function uploadFiles<Complete = UploadCompleteResponse>(
  caller: SlackCaller,
  specs: UploadSpecs<Complete>,
  client: ClientOptions,
  args: UploadFilesArguments,
  options: CallOptions = {},
): Promise<UploadFilesResult<Complete>> {
  if (!Array.isArray(args?.files) || args.files.length === 0)
    throw new TypeError('uploadFiles needs at least one file');
  const measured = await Promise.all(args.files.map(measure));
  const { backend, own } = await backendOf(caller, client);
  const ctx: UploadContext = { client, options, secrets: [options.token, client.token], backend };
  try {
    return await uploadAll(caller, specs, args, measured, ctx);
  } finally {
    if (own) await backend.close();
  }
}

/** Each file's ticket and upload in turn, then the one call that completes them all. */
async function uploadAll<Complete>(
  caller: SlackCaller,
  specs: UploadSpecs<Complete>,
  args: UploadFilesArguments,
  measured: readonly Measured[],
  ctx: UploadContext,
): Promise<UploadFilesResult<Complete>> {
  const { options } = ctx;
  const uploaded: { id: string; title?: string }[] = [];
  for (const [i, file] of args.files.entries()) {
    const ticket = (await caller.call(
      specs.getUploadURL,
      ticketArgs(file, measured[i]!.length),
      options,
    )) as {
      file_id?: unknown;
      upload_url?: unknown;
    };
    if (typeof ticket.file_id !== 'string')
      throw new SlackUploadError('http', file.filename, 'the answer has no file_id');
    await postFile(ticket.upload_url, file.filename, measured[i]!, ctx);
    uploaded.push(
      file.title === undefined ? { id: ticket.file_id } : { id: ticket.file_id, title: file.title },
    );
  }
  const done = await caller.call(specs.complete, completeArgs(args, uploaded), options);
  const result = { ...done, file_ids: uploaded.map((f) => f.id) };
  copyAnswerTag(done as object, result);
  return result;
}
