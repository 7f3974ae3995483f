/**
 * The double in-process, no port: an undici dispatcher (`new SlackClient({ dispatcher })`) and
 * a `fetch` function. Each request is handed to the double whole, answered as the server would
 * answer it; a slow answer waits (and stops when the request is aborted), a dropped connection
 * fails the request as a closed socket does.
 */
import { Dispatcher } from 'undici';
import type { RawRequest } from './decode.js';
import type { Answerer, MockReply } from './reply.js';

type Handler = Dispatcher.DispatchHandler;

function headerRecord(headers: Dispatcher.DispatchOptions['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  const add = (k: string, v: unknown) => {
    if (Array.isArray(v)) out[k.toLowerCase()] = v.join(', ');
    else if (typeof v === 'string') out[k.toLowerCase()] = v;
    else if (typeof v === 'number' || typeof v === 'boolean') out[k.toLowerCase()] = String(v);
  };
  if (Array.isArray(headers))
    for (let i = 0; i + 1 < headers.length; i += 2) add(String(headers[i]), headers[i + 1]);
  else if (headers && typeof (headers as Iterable<unknown>)[Symbol.iterator] === 'function')
    for (const [k, v] of headers as Iterable<[string, unknown]>) add(k, v);
  else if (headers) for (const [k, v] of Object.entries(headers)) add(k, v);
  return out;
}

/** The request body as bytes, or a form's entries when the client handed over a `FormData`. */
async function bodyOf(body: unknown): Promise<RawRequest['body']> {
  if (body === undefined || body === null) return null;
  if (typeof body === 'string') return new TextEncoder().encode(body);
  if (body instanceof Uint8Array) return body;
  const form = body as { entries?: () => Iterable<[string, string | Blob]> };
  if (typeof form.entries === 'function' && !(Symbol.asyncIterator in form)) return [...form.entries()];
  const chunks: Uint8Array[] = [];
  for await (const chunk of body as AsyncIterable<Uint8Array | string>)
    chunks.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** What a handler of the newer shape is given to abort with (a mock answer is never paused). */
function controllerOf(
  abort: (reason?: Error) => void,
  reason: () => Error | null,
): Dispatcher.DispatchController {
  const controller: Dispatcher.DispatchController = {
    abort,
    pause() {},
    resume() {},
    get aborted() {
      return reason() !== null;
    },
    get paused() {
      return false;
    },
    get reason() {
      return reason();
    },
  };
  return controller;
}

/** undici's handlers come in two shapes (`onResponseStart` and the older `onHeaders`): answer either. */
function deliver(handler: Handler, reply: MockReply, ctl: Dispatcher.DispatchController): void {
  const data = Buffer.from(reply.body);
  const headers = { ...reply.headers, 'content-length': String(data.length) };
  if (handler.onResponseStart) {
    handler.onResponseStart(ctl, reply.status, headers, '');
    handler.onResponseData?.(ctl, data);
    handler.onResponseEnd?.(ctl, {});
    return;
  }
  const raw = Object.entries(headers).flatMap(([k, v]) => [Buffer.from(k), Buffer.from(v)]);
  handler.onHeaders?.(reply.status, raw, () => {}, '');
  handler.onData?.(data);
  handler.onComplete?.([]);
}

function fail(handler: Handler, error: Error, ctl: Dispatcher.DispatchController): void {
  if (handler.onResponseError) handler.onResponseError(ctl, error);
  else handler.onError?.(error);
}

/** The error undici gives when the other side closes the connection. */
function socketClosed(): Error {
  return Object.assign(new Error('other side closed'), { name: 'SocketError', code: 'UND_ERR_SOCKET' });
}

export class MockDispatcher extends Dispatcher {
  readonly #double: Answerer;

  constructor(double: Answerer) {
    super();
    this.#double = double;
  }

  override dispatch(options: Dispatcher.DispatchOptions, handler: Handler): boolean {
    void this.#run(options, handler);
    return true;
  }

  async #run(options: Dispatcher.DispatchOptions, handler: Handler): Promise<void> {
    let aborted: Error | null = null;
    const abort = (reason?: Error) => {
      if (aborted) return;
      aborted = reason ?? new Error('aborted');
      fail(handler, aborted, ctl);
    };
    const ctl = controllerOf(abort, () => aborted);
    if (handler.onRequestStart) handler.onRequestStart(ctl, {});
    else handler.onConnect?.(abort);
    try {
      const body = await bodyOf(options.body);
      const reply = await this.#double.handle({
        origin: options.origin === undefined ? undefined : String(options.origin),
        path: options.path,
        headers: headerRecord(options.headers),
        body,
      });
      if (reply.delayMs > 0) await waitUnless(reply.delayMs, () => aborted !== null);
      if (aborted) return;
      if (reply.drop) return fail(handler, socketClosed(), ctl);
      deliver(handler, reply, ctl);
    } catch (error) {
      if (!aborted) fail(handler, error instanceof Error ? error : new Error(String(error)), ctl);
    }
  }

  override async close(): Promise<void> {}

  override async destroy(): Promise<void> {}
}

/** Waits `ms`, or less once `stop()` is true (checked every few milliseconds). */
async function waitUnless(ms: number, stop: () => boolean): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end && !stop()) await new Promise((r) => setTimeout(r, Math.min(10, end - Date.now())));
}

/** `fetch` answered by the double: the request read whole, the reply as a `Response`. */
export async function mockFetch(
  double: Answerer,
  input: Parameters<typeof fetch>[0],
  init?: Parameters<typeof fetch>[1],
): Promise<Response> {
  const request = new Request(input, init);
  const url = new URL(request.url);
  const headers = Object.fromEntries([...request.headers].map(([k, v]) => [k.toLowerCase(), v]));
  const bytes = new Uint8Array(await request.arrayBuffer());
  const reply = await double.handle({
    origin: url.origin,
    path: url.pathname + url.search,
    headers,
    body: bytes.length > 0 ? bytes : null,
  });
  if (reply.delayMs > 0) await waitUnless(reply.delayMs, () => request.signal.aborted);
  if (request.signal.aborted) throw request.signal.reason;
  if (reply.drop) throw new TypeError('fetch failed', { cause: socketClosed() });
  return new Response(reply.body, { status: reply.status, headers: reply.headers });
}
