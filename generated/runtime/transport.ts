/**
 * The transport: one keep-alive undici dispatcher per client; every call a POST to
 * `<baseUrl>/<method>`, encoded as the docs allow, retried by policy, paced by tier if asked.
 * Tokens travel as `Authorization: Bearer`; OAuth client credentials as HTTP Basic auth.
 */
import type { Dispatcher } from 'undici';
import { encodeBody } from './encode.js';
import { SlackApiError, SlackHttpError, SlackNetworkError, SlackRateLimitedError, SlackTimeoutError } from './errors.js';
import { redact, silentLogger, type Logger } from './logger.js';
import { backoffDelay, defaultRetryPolicy, retryAfterSeconds, sleep, type RetryPolicy, type RetryReason } from './retry.js';
import { TierQueue } from './tier-queue.js';

export interface RetryEvent {
  method: string;
  /** 1 for the first retry. */
  attempt: number;
  reason: RetryReason;
  delayMs: number;
}

export interface ClientOptions {
  /** Bot or user token sent with every call (a call may override it); `undefined` sends none. */
  token?: string | undefined;
  /** Defaults to `https://slack.com/api`. */
  baseUrl?: string;
  /** Plain `http://` is refused but for loopback hosts, unless this is set. */
  allowInsecureHttp?: boolean;
  /** A dispatcher of your own (proxies, tests); by default one keep-alive agent per client. */
  dispatcher?: Dispatcher;
  /** Connections per origin of the default agent (default 50). */
  connections?: number;
  /** Per-call timeout in ms for every call of this client (default 30 000). */
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  /** Throw `SlackRateLimitedError` at once on a 429 instead of waiting. */
  rejectRateLimitedCalls?: boolean;
  /** Pace calls by their method's rate-limit tier so bursts do not trip the limits. */
  queueByTier?: boolean;
  logger?: Logger;
  onRetry?: (event: RetryEvent) => void;
  onRateLimited?: (event: { method: string; retryAfterSeconds: number }) => void;
  onWarning?: (event: { method: string; warnings: readonly string[] }) => void;
}

export interface CallOptions {
  /** A token for this call only. */
  token?: string;
  signal?: AbortSignal;
  timeoutMs?: number;
  /** `false` turns retries off for this call; an object adjusts the client's policy. */
  retry?: false | Partial<RetryPolicy>;
}

/** What the runtime needs to know of a method; the type parameters carry its response and codes. */
export interface MethodSpec<Response = unknown, Code = string> {
  readonly method: string;
  /** The method accepts a JSON body. */
  readonly json: boolean;
  /** The docs let `client_id`/`client_secret` travel as HTTP Basic auth. */
  readonly basicAuth?: boolean;
  /** `Tier 1`…`Tier 4` or `Special`. */
  readonly tier?: string;
  /** The response field that holds the items of a paginated method. */
  readonly itemsKey?: string;
  /** Phantom: never set at run time; lets TypeScript carry the types with the spec. */
  readonly types?: { response: Response; code: Code };
}

export interface SlackCaller {
  call<Response, Code>(spec: MethodSpec<Response, Code>, args: object, options?: CallOptions): Promise<Response>;
}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/;

type Undici = typeof import('undici');
let undici: Promise<Undici> | null = null;
/** undici is loaded on the first call, so importing the client stays cheap. */
function loadUndici(): Promise<Undici> {
  undici ??= import('undici');
  return undici;
}

/** What the timer raced against a call rejects with. */
const TIMED_OUT: unique symbol = Symbol('timed out');

const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT']);

export class SlackTransport implements SlackCaller {
  readonly #token: string | undefined;
  readonly #baseUrl: string;
  #dispatcher: Dispatcher | null;
  readonly #ownsDispatcher: boolean;
  readonly #connections: number;
  readonly #timeoutMs: number;
  readonly #retry: RetryPolicy;
  readonly #options: ClientOptions;
  readonly #logger: Logger;
  readonly #queue: TierQueue | null;

  constructor(options: ClientOptions = {}) {
    this.#options = options;
    this.#token = options.token;
    this.#baseUrl = (options.baseUrl ?? 'https://slack.com/api').replace(/\/+$/, '');
    const url = new URL(this.#baseUrl);
    if (url.protocol === 'http:' && !LOOPBACK.test(url.hostname) && !options.allowInsecureHttp) {
      throw new TypeError(`Refusing plain http to ${url.hostname}: use https, or set allowInsecureHttp.`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError(`Unsupported protocol ${url.protocol}`);
    this.#ownsDispatcher = options.dispatcher === undefined;
    this.#dispatcher = options.dispatcher ?? null;
    this.#connections = options.connections ?? 50;
    this.#timeoutMs = options.timeoutMs ?? 30_000;
    this.#retry = { ...defaultRetryPolicy, ...options.retry };
    this.#logger = options.logger ?? silentLogger;
    this.#queue = options.queueByTier ? new TierQueue() : null;
  }

  /** Closes the connections of the client's own agent. */
  async close(): Promise<void> {
    if (this.#ownsDispatcher && this.#dispatcher) await this.#dispatcher.close();
    if (this.#ownsDispatcher) {
      this.#dispatcher = null;
      this.#ready = null;
    }
  }

  /** What a call needs from undici, once loaded (calls after the first skip the await). */
  #ready: { request: Undici['request']; dispatcher: Dispatcher; FormData: Undici['FormData'] } | null = null;

  async #send(): Promise<{ request: Undici['request']; dispatcher: Dispatcher; FormData: Undici['FormData'] }> {
    const { Agent, request, FormData } = await loadUndici();
    this.#dispatcher ??= new Agent({ connections: this.#connections, keepAliveTimeout: 30_000, pipelining: 1 });
    this.#ready = { request, dispatcher: this.#dispatcher, FormData };
    return this.#ready;
  }

  async call<Response, Code>(spec: MethodSpec<Response, Code>, args: object, options: CallOptions = {}): Promise<Response> {
    const method = spec.method;
    let fields = args as Record<string, unknown>;
    const headers: Record<string, string> = {};
    const token = options.token ?? this.#token;
    const secrets = [token, typeof fields['client_secret'] === 'string' ? fields['client_secret'] : undefined];
    if (spec.basicAuth && typeof fields['client_id'] === 'string' && typeof fields['client_secret'] === 'string') {
      const credentials = Buffer.from(`${fields['client_id']}:${fields['client_secret']}`).toString('base64');
      secrets.push(credentials);
      headers['authorization'] = `Basic ${credentials}`;
      const { client_id: _id, client_secret: _secret, ...rest } = fields;
      fields = rest;
    } else if (token) headers['authorization'] = `Bearer ${token}`;
    const policy: RetryPolicy =
      options.retry === undefined ? this.#retry : options.retry === false ? { ...this.#retry, retries: 0 } : { ...this.#retry, ...options.retry };
    const timeoutMs = options.timeoutMs ?? this.#timeoutMs;
    const silent = this.#logger === silentLogger;
    const log = (level: keyof Logger, message: string) => {
      if (!silent) this.#logger[level](redact(message, secrets));
    };
    const { request, dispatcher, FormData } = this.#ready ?? (await this.#send());

    if (this.#queue) await this.#queue.wait(method, spec.tier, options.signal);
    for (let attempt = 0; ; attempt++) {
      const retry = async (reason: RetryReason, delayMs: number): Promise<boolean> => {
        if (attempt >= policy.retries || !policy.retryOn.includes(reason)) return false;
        const event: RetryEvent = { method, attempt: attempt + 1, reason, delayMs };
        log('debug', `${method}: retry ${event.attempt} after ${delayMs} ms (${reason})`);
        this.#options.onRetry?.(event);
        await sleep(delayMs, options.signal);
        return true;
      };
      const encoded = encodeBody(fields, spec.json, FormData);
      let status: number;
      let rawHeaders: Record<string, string | string[] | undefined>;
      let text: string;
      // undici's timers end a stalled connection; a plain timer raced against the call makes the
      // error come on time. No AbortSignal per call: they cost more than the call itself.
      let timer: ReturnType<typeof setTimeout> | undefined;
      const pending = request(`${this.#baseUrl}/${method}`, {
        method: 'POST',
        headers: encoded.contentType ? { ...headers, 'content-type': encoded.contentType } : headers,
        body: encoded.body,
        dispatcher,
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
        ...(options.signal ? { signal: options.signal } : {}),
      }).then(async (res) => ({ status: res.statusCode, headers: res.headers, text: await res.body.text() }));
      try {
        if (!silent) log('debug', `${method}: attempt ${attempt + 1}`);
        const res = await Promise.race([
          pending,
          new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(TIMED_OUT), timeoutMs);
          }),
        ]);
        ({ status, headers: rawHeaders, text } = res);
      } catch (err) {
        if (err === TIMED_OUT) pending.catch(() => undefined);
        if (options.signal?.aborted) throw options.signal.reason;
        if (err === TIMED_OUT || TIMEOUT_CODES.has(errorCode(err) ?? '')) {
          log('warn', `${method}: no response within ${timeoutMs} ms`);
          throw new SlackTimeoutError(method, timeoutMs);
        }
        const code = errorCode(err);
        if (await retry('network', backoffDelay(policy, attempt))) continue;
        log('error', `${method}: network error ${code ?? ''}`);
        throw new SlackNetworkError(method, code, err);
      } finally {
        clearTimeout(timer);
      }
      const responseHeaders = status >= 200 && status < 300 ? {} : flattenHeaders(rawHeaders);
      if (status === 429) {
        const after = retryAfterSeconds(responseHeaders['retry-after']);
        this.#options.onRateLimited?.({ method, retryAfterSeconds: after });
        log('warn', `${method}: rate limited, retry after ${after} s`);
        if (this.#options.rejectRateLimitedCalls) throw new SlackRateLimitedError(method, after);
        if (await retry('rate-limit', Math.min(after * 1000, policy.maxDelayMs))) continue;
        throw new SlackHttpError(method, status, responseHeaders, redact(text.slice(0, 200), secrets));
      }
      if (status >= 500 && (await retry('server', backoffDelay(policy, attempt)))) continue;
      if (status < 200 || status >= 300) throw new SlackHttpError(method, status, responseHeaders, redact(text.slice(0, 200), secrets));
      let data: Record<string, unknown>;
      try {
        data = JSON.parse(text) as Record<string, unknown>;
      } catch {
        throw new SlackHttpError(method, status, flattenHeaders(rawHeaders), `not JSON: ${redact(text.slice(0, 200), secrets)}`);
      }
      const warnings = warningsOf(data);
      if (warnings.length > 0) {
        log('warn', `${method}: ${warnings.join(', ')}`);
        this.#options.onWarning?.({ method, warnings });
      }
      if (data['ok'] !== true) throw new SlackApiError<Code>(method, String(data['error'] ?? 'unknown_error'), data, warnings);
      return data as Response;
    }
  }
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

function errorCode(err: unknown): string | undefined {
  const e = err as { code?: unknown; cause?: { code?: unknown } };
  const code = typeof e?.code === 'string' ? e.code : typeof e?.cause?.code === 'string' ? e.cause.code : undefined;
  return code;
}

/** `response_metadata.warnings` and the older top-level `warning` (comma-separated). */
function warningsOf(data: Record<string, unknown>): string[] {
  const meta = data['response_metadata'] as { warnings?: unknown } | undefined;
  const list = Array.isArray(meta?.warnings) ? meta.warnings.filter((w): w is string => typeof w === 'string') : [];
  if (typeof data['warning'] === 'string') for (const w of data['warning'].split(',')) if (w && !list.includes(w)) list.push(w);
  return list;
}

/** Narrows an error to the one a given method throws, with its documented codes. */
export function isApiErrorOf<Code>(error: unknown, spec: MethodSpec<unknown, Code>): error is SlackApiError<Code> {
  return error instanceof SlackApiError && error.method === spec.method;
}
