/**
 * The undici backend, Node's fast path: one keep-alive agent per client (or the caller's
 * dispatcher). No AbortController and no timer of its own per request: undici listens to the
 * call's deadline as its signal, which closes the connection when it fires; undici's own
 * `headersTimeout`/`bodyTimeout`, set to the call's `timeoutMs`, stay a backstop (the same
 * value every call, so undici refreshes its timers rather than making new ones). undici is
 * imported on first use only.
 */
import type { Dispatcher } from 'undici';
import {
  BodyTooLarge,
  type FormConstructor,
  type HttpAnswer,
  type HttpBackend,
  type HttpRequest,
} from './http.js';

type Undici = typeof import('undici');
let undici: Promise<Undici> | null = null;

/** undici is loaded on the first call, so importing the client stays cheap (and other platforms never load it). */
export function loadUndici(): Promise<Undici> {
  undici ??= import('undici');
  return undici;
}

/** The longest timeout undici's timers take. */
const MAX_TIMER_MS = 2_147_483_647;

export interface UndiciBackendOptions {
  /** A dispatcher of the caller's (not closed by the backend); otherwise an agent of its own. */
  dispatcher?: Dispatcher | undefined;
  /** Connections per origin of the backend's own agent. */
  connections: number;
}

/** Rejects when undici cannot be loaded here (the transport then falls back to `fetch`). */
export async function undiciBackend(options: UndiciBackendOptions): Promise<HttpBackend> {
  const { Agent, request, FormData } = await loadUndici();
  const owned = options.dispatcher === undefined;
  const dispatcher =
    options.dispatcher ??
    new Agent({ connections: options.connections, keepAliveTimeout: 30_000, pipelining: 1 });
  return {
    name: 'undici',
    FormData: FormData as unknown as FormConstructor,
    send: (req) => send(request, dispatcher, req),
    failureCode: errorCode,
    close: () => (owned ? dispatcher.close() : Promise.resolve()),
  };
}

async function send(
  request: Undici['request'],
  dispatcher: Dispatcher,
  req: HttpRequest,
): Promise<HttpAnswer> {
  const timeout = Math.min(MAX_TIMER_MS, Math.max(1, Math.ceil(req.timeoutMs)));
  const res = await request(req.url, {
    method: 'POST',
    headers: req.headers,
    body: req.body as Exclude<Dispatcher.DispatchOptions['body'], undefined>,
    dispatcher,
    headersTimeout: timeout,
    bodyTimeout: timeout,
    signal: req.signal,
  });
  const length = res.headers['content-length'];
  // undici holds a body to its content-length: a stated length within the limit is read whole.
  const text =
    typeof length === 'string' && length !== '' && Number(length) <= req.maxBytes
      ? await res.body.text()
      : await readCapped(req, res.body, length);
  return { status: res.statusCode, headers: res.headers, text };
}

/** The body as text, at most `maxBytes` of it: past that its connection is closed and it fails or is cut. */
async function readCapped(
  req: HttpRequest,
  body: Dispatcher.ResponseData['body'],
  length: string | string[] | undefined,
): Promise<string> {
  const failing = req.overLimit === 'fail';
  if (failing && typeof length === 'string' && Number(length) > req.maxBytes) {
    body.destroy();
    throw new BodyTooLarge(req.maxBytes);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of body as AsyncIterable<Uint8Array>) {
    chunks.push(chunk);
    size += chunk.length;
    if (size > req.maxBytes) {
      body.destroy();
      if (failing) throw new BodyTooLarge(req.maxBytes);
      return Buffer.concat(chunks, size).toString('utf8', 0, req.maxBytes);
    }
  }
  return Buffer.concat(chunks, size).toString('utf8');
}

function errorCode(err: unknown): string | undefined {
  const e = err as { code?: unknown; cause?: { code?: unknown } };
  return typeof e?.code === 'string' ? e.code : typeof e?.cause?.code === 'string' ? e.cause.code : undefined;
}
