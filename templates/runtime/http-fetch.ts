/**
 * The fetch backend: the platform's `fetch` (Bun, Deno, Workers, Node on request) or one the
 * caller passes. fetch takes only a real `AbortSignal`, so each request makes one, tied to the
 * call's deadline and dropped when the request ends; aborting it closes the connection. Nothing
 * here imports undici or needs Node's `Buffer`.
 */
import {
  BodyTooLarge,
  decodeChunks,
  type FormConstructor,
  type HttpAnswer,
  type HttpBackend,
  type HttpRequest,
  type RequestBody,
} from './http.js';

/** A `fetch` as the platform's is shaped (`globalThis.fetch`, or a compatible one). */
export type FetchFunction = (url: string, init: RequestInit) => Promise<Response>;

export function fetchBackend(fetchFunction: FetchFunction, Form?: FormConstructor): HttpBackend {
  const FormData = Form ?? (globalThis as unknown as { FormData: FormConstructor }).FormData;
  return {
    name: 'fetch',
    FormData,
    send: (req) => send(fetchFunction, req),
    failureCode: fetchFailureCode,
    close: () => Promise.resolve(),
  };
}

async function send(fetchFunction: FetchFunction, req: HttpRequest): Promise<HttpAnswer> {
  const { signal } = req;
  if (signal.aborted) throw signal.reason;
  const controller = new AbortController();
  const onAbort = () => controller.abort(signal.reason);
  signal.addEventListener('abort', onAbort);
  try {
    const streamed = isStream(req.body);
    const init: RequestInit & { duplex?: 'half' } = {
      method: 'POST',
      headers: streamed ? req.headers : withoutLength(req.headers),
      body: (streamed ? streamOf(req.body as AsyncIterable<Uint8Array>) : req.body) as BodyInit,
      signal: controller.signal,
      // As undici's `request`: a redirect is an answer, not followed with the token to another host.
      redirect: 'manual',
    };
    if (streamed) init.duplex = 'half';
    const res = await fetchFunction(req.url, init);
    const text = await readCapped(req, res, controller);
    return { status: res.status, headers: headersOf(res.headers), text };
  } catch (failure) {
    throw signal.aborted ? signal.reason : failure;
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

/** fetch states the length of bytes, text and Blobs itself, and refuses a second one. */
function withoutLength(headers: Record<string, string>): Record<string, string> {
  if (!('content-length' in headers)) return headers;
  const { 'content-length': _length, ...rest } = headers;
  return rest;
}

function isStream(body: RequestBody): boolean {
  return (
    typeof body === 'object' &&
    !(body instanceof Uint8Array) &&
    !(body instanceof Blob) &&
    typeof (body as Partial<AsyncIterable<unknown>>)[Symbol.asyncIterator] === 'function'
  );
}

/** An async iterable of bytes (a Node stream, a generator) as the web stream fetch sends. */
function streamOf(source: AsyncIterable<Uint8Array>): ReadableStream<Uint8Array> {
  const it = source[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await it.next();
      if (done) controller.close();
      else controller.enqueue(typeof value === 'string' ? new TextEncoder().encode(value) : value);
    },
    async cancel() {
      await it.return?.();
    },
  });
}

/** The body as text, at most `maxBytes` of it: past that the request is aborted and it fails or is cut. */
async function readCapped(req: HttpRequest, res: Response, controller: AbortController): Promise<string> {
  const failing = req.overLimit === 'fail';
  const length = res.headers.get('content-length');
  if (length !== null && length !== '' && Number(length) <= req.maxBytes) return res.text();
  const tooLarge = () => {
    controller.abort();
    return new BodyTooLarge(req.maxBytes);
  };
  if (failing && length !== null && Number(length) > req.maxBytes) throw tooLarge();
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return decodeChunks(chunks, size);
    chunks.push(value);
    size += value.length;
    if (size > req.maxBytes) {
      const error = tooLarge();
      if (failing) throw error;
      return decodeChunks(chunks, req.maxBytes);
    }
  }
}

function headersOf(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => (out[name.toLowerCase()] = value));
  return out;
}

/** Bun's names for a failed connection, as Node's codes. */
const BUN_CODES: Readonly<Record<string, string>> = {
  ConnectionRefused: 'ECONNREFUSED',
  FailedToOpenSocket: 'ECONNREFUSED',
  ConnectionClosed: 'ECONNRESET',
  ECONNRESET: 'ECONNRESET',
};

/**
 * A failed fetch's code: Node's fetch keeps undici's as the cause (`ECONNREFUSED`,
 * `UND_ERR_SOCKET`), Bun has its own names, Deno only a message ("Connection refused", "dns
 * error"), read here for the failures that mean nothing was sent.
 */
export function fetchFailureCode(failure: unknown): string | undefined {
  const e = failure as { code?: unknown; message?: unknown; cause?: { code?: unknown; message?: unknown } };
  const code = typeof e?.cause?.code === 'string' ? e.cause.code : typeof e?.code === 'string' ? e.code : '';
  if (code) return BUN_CODES[code] ?? code;
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const message = `${text(e?.message)} ${text(e?.cause?.message)}`;
  if (/connection refused/i.test(message)) return 'ECONNREFUSED';
  if (/dns error|failed to lookup|name or service not known/i.test(message)) return 'ENOTFOUND';
  if (/connection (reset|closed)|broken pipe|unexpected eof|incomplete message/i.test(message))
    return 'ECONNRESET';
  return undefined;
}
