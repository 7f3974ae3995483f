/**
 * The transport: one keep-alive undici dispatcher per client; every call a POST to
 * `<baseUrl>/<method>`, encoded as the docs allow, retried by policy, paced by tier if asked.
 * Tokens travel as `Authorization: Bearer`; OAuth client credentials as HTTP Basic auth.
 */
import type { Dispatcher } from 'undici';
import { checkArgGroups, type ArgGroupRule } from './arg-groups.js';
import { commaJoined, encodeBody } from './encode.js';
import {
  SlackApiError,
  SlackHttpError,
  SlackNetworkError,
  SlackRateLimitedError,
  SlackTimeoutError,
} from './errors.js';
import { redact, silentLogger, type Logger } from './logger.js';
import {
  backoffDelay,
  defaultRetryPolicy,
  retryAfterSeconds,
  sleep,
  type RetryPolicy,
  type RetryReason,
} from './retry.js';
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
  /** Arguments of which the docs require one: checked before a call is sent. */
  readonly groups?: readonly ArgGroupRule[];
  /** Arguments the docs describe as comma-separated lists: an array goes out comma-joined. */
  readonly commaLists?: readonly string[];
  /** Phantom: never set at run time; lets TypeScript carry the types with the spec. */
  readonly types?: { response: Response; code: Code };
}

export interface SlackCaller {
  call<Response, Code>(
    spec: MethodSpec<Response, Code>,
    args: object,
    options?: CallOptions,
  ): Promise<Response>;
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
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      throw new TypeError(`Unsupported protocol ${url.protocol}`);
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
  #ready: Ready | null = null;

  async #loadReady(): Promise<Ready> {
    const { Agent, request, FormData } = await loadUndici();
    this.#dispatcher ??= new Agent({
      connections: this.#connections,
      keepAliveTimeout: 30_000,
      pipelining: 1,
    });
    this.#ready = { request, dispatcher: this.#dispatcher, FormData };
    return this.#ready;
  }

  /** Each attempt is sent, its answer classified, and a failure retried while the policy allows. */
  async call<Response, Code>(
    spec: MethodSpec<Response, Code>,
    args: object,
    options: CallOptions = {},
  ): Promise<Response> {
    if (spec.groups) checkArgGroups(spec.method, spec.groups, args);
    const call = this.#buildCall(spec, args, options);
    const ready = this.#ready ?? (await this.#loadReady());
    if (this.#queue) await this.#queue.wait(call.method, spec.tier, options.signal);
    for (let attempt = 0; ; attempt++) {
      const answer = await sendWithTimeout(call, ready, attempt);
      const verdict =
        'failure' in answer
          ? classifyFailure(call, answer.failure, attempt)
          : this.#classifyAnswer<Code>(call, answer, attempt);
      if ('data' in verdict) return verdict.data as Response;
      if (verdict.retry && (await this.#waitedToRetry(call, attempt, verdict.retry))) continue;
      throw verdict.fail();
    }
  }

  /** The call as its attempts share it: URL, credentials (Basic auth takes the client credentials out of the fields), policy, logging. */
  #buildCall(spec: MethodSpec<unknown, unknown>, args: object, options: CallOptions): PreparedCall {
    const method = spec.method;
    let fields = commaJoined(args as Record<string, unknown>, spec.commaLists);
    const headers: Record<string, string> = {};
    const token = options.token ?? this.#token;
    const secrets = [
      token,
      typeof fields['client_secret'] === 'string' ? fields['client_secret'] : undefined,
    ];
    if (
      spec.basicAuth &&
      typeof fields['client_id'] === 'string' &&
      typeof fields['client_secret'] === 'string'
    ) {
      const credentials = Buffer.from(`${fields['client_id']}:${fields['client_secret']}`).toString('base64');
      secrets.push(credentials);
      headers['authorization'] = `Basic ${credentials}`;
      const { client_id: _id, client_secret: _secret, ...rest } = fields;
      fields = rest;
    } else if (token) headers['authorization'] = `Bearer ${token}`;
    const policy: RetryPolicy =
      options.retry === undefined
        ? this.#retry
        : options.retry === false
          ? { ...this.#retry, retries: 0 }
          : { ...this.#retry, ...options.retry };
    const silent = this.#logger === silentLogger;
    const log = (level: keyof Logger, message: string) => {
      if (!silent) this.#logger[level](redact(message, secrets));
    };
    return {
      method,
      url: `${this.#baseUrl}/${method}`,
      fields,
      json: spec.json,
      headers,
      secrets,
      policy,
      timeoutMs: options.timeoutMs ?? this.#timeoutMs,
      signal: options.signal,
      silent,
      log,
    };
  }

  /** An HTTP answer: rate limits and server errors may be retried; a 2xx is read as Slack's JSON. */
  #classifyAnswer<Code>(call: PreparedCall, answer: Answer, attempt: number): Verdict {
    const { method, secrets } = call;
    const { status, text } = answer;
    if (status >= 200 && status < 300) return this.#classifyBody<Code>(call, answer);
    const headers = flattenHeaders(answer.headers);
    const fail = () => new SlackHttpError(method, status, headers, redact(text.slice(0, 200), secrets));
    if (status === 429) return this.#classifyRateLimit(call, headers, fail);
    if (status >= 500)
      return { retry: { reason: 'server', delayMs: backoffDelay(call.policy, attempt) }, fail };
    return { fail };
  }

  /** A 429: reported to the hooks, then waited out (up to the policy's longest wait) unless the client rejects such calls. */
  #classifyRateLimit(
    call: PreparedCall,
    headers: Record<string, string>,
    fail: () => SlackHttpError,
  ): Verdict {
    const { method } = call;
    const after = retryAfterSeconds(headers['retry-after']);
    this.#options.onRateLimited?.({ method, retryAfterSeconds: after });
    call.log('warn', `${method}: rate limited, retry after ${after} s`);
    if (this.#options.rejectRateLimitedCalls) return { fail: () => new SlackRateLimitedError(method, after) };
    return { retry: { reason: 'rate-limit', delayMs: Math.min(after * 1000, call.policy.maxDelayMs) }, fail };
  }

  /** A 2xx answer: its JSON, warnings reported; `ok: false` is the method's own error. */
  #classifyBody<Code>(call: PreparedCall, answer: Answer): Verdict {
    const { method, secrets } = call;
    let data: Record<string, unknown>;
    try {
      data = JSON.parse(answer.text) as Record<string, unknown>;
    } catch {
      const excerpt = `not JSON: ${redact(answer.text.slice(0, 200), secrets)}`;
      return {
        fail: () => new SlackHttpError(method, answer.status, flattenHeaders(answer.headers), excerpt),
      };
    }
    const warnings = warningsOf(data);
    if (warnings.length > 0) {
      call.log('warn', `${method}: ${warnings.join(', ')}`);
      this.#options.onWarning?.({ method, warnings });
    }
    if (data['ok'] !== true)
      return {
        fail: () =>
          new SlackApiError<Code>(
            method,
            typeof data['error'] === 'string' ? data['error'] : 'unknown_error',
            data,
            warnings,
          ),
      };
    return { data };
  }

  /** Whether the call is tried again: only while the policy has retries left for this reason, after waiting. */
  async #waitedToRetry(call: PreparedCall, attempt: number, retry: RetryAfter): Promise<boolean> {
    const { policy } = call;
    if (attempt >= policy.retries || !policy.retryOn.includes(retry.reason)) return false;
    const event: RetryEvent = {
      method: call.method,
      attempt: attempt + 1,
      reason: retry.reason,
      delayMs: retry.delayMs,
    };
    call.log('debug', `${call.method}: retry ${event.attempt} after ${retry.delayMs} ms (${retry.reason})`);
    this.#options.onRetry?.(event);
    await sleep(retry.delayMs, call.signal);
    return true;
  }
}

/** What a call needs from undici. */
interface Ready {
  request: Undici['request'];
  dispatcher: Dispatcher;
  FormData: Undici['FormData'];
}

/** One call, built once for all its attempts. */
interface PreparedCall {
  method: string;
  url: string;
  fields: Record<string, unknown>;
  json: boolean;
  headers: Record<string, string>;
  /** Redacted from every log line and error excerpt. */
  secrets: (string | undefined)[];
  policy: RetryPolicy;
  timeoutMs: number;
  signal: AbortSignal | undefined;
  /** No logger: log lines are not even built. */
  silent: boolean;
  log: (level: keyof Logger, message: string) => void;
}

/** What one attempt got back over HTTP (a failed request comes back as `{ failure }` instead). */
interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** A retry the policy may allow: why, and how long to wait first. */
interface RetryAfter {
  reason: RetryReason;
  delayMs: number;
}

/** What one attempt comes to: Slack's data, or what to throw unless the failure is retried. */
type Verdict = { data: Record<string, unknown> } | { fail: () => unknown; retry?: RetryAfter };

/**
 * One attempt. undici's timers end a stalled connection; a plain timer raced against the call
 * makes the error come on time. No AbortSignal per call: they cost more than the call itself.
 */
async function sendWithTimeout(
  call: PreparedCall,
  ready: Ready,
  attempt: number,
): Promise<Answer | { failure: unknown }> {
  const encoded = encodeBody(call.fields, call.json, ready.FormData);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const pending = ready
    .request(call.url, {
      method: 'POST',
      headers: encoded.contentType ? { ...call.headers, 'content-type': encoded.contentType } : call.headers,
      body: encoded.body,
      dispatcher: ready.dispatcher,
      headersTimeout: call.timeoutMs,
      bodyTimeout: call.timeoutMs,
      ...(call.signal ? { signal: call.signal } : {}),
    })
    .then(async (res) => ({ status: res.statusCode, headers: res.headers, text: await res.body.text() }));
  try {
    if (!call.silent) call.log('debug', `${call.method}: attempt ${attempt + 1}`);
    return await Promise.race([
      pending,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(TIMED_OUT), call.timeoutMs);
      }),
    ]);
  } catch (failure) {
    if (failure === TIMED_OUT) pending.catch(() => undefined);
    return { failure };
  } finally {
    clearTimeout(timer);
  }
}

/** A request that failed: the caller's abort and timeouts end the call; a broken connection may be retried. */
function classifyFailure(call: PreparedCall, failure: unknown, attempt: number): Verdict {
  const { method, signal, timeoutMs } = call;
  if (signal?.aborted) return { fail: () => signal.reason };
  if (failure === TIMED_OUT || TIMEOUT_CODES.has(errorCode(failure) ?? '')) {
    call.log('warn', `${method}: no response within ${timeoutMs} ms`);
    return { fail: () => new SlackTimeoutError(method, timeoutMs) };
  }
  const code = errorCode(failure);
  const fail = () => {
    call.log('error', `${method}: network error ${code ?? ''}`);
    return new SlackNetworkError(method, code, failure);
  };
  return { retry: { reason: 'network', delayMs: backoffDelay(call.policy, attempt) }, fail };
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers))
    if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

function errorCode(err: unknown): string | undefined {
  const e = err as { code?: unknown; cause?: { code?: unknown } };
  const code =
    typeof e?.code === 'string' ? e.code : typeof e?.cause?.code === 'string' ? e.cause.code : undefined;
  return code;
}

/** `response_metadata.warnings` and the older top-level `warning` (comma-separated). */
function warningsOf(data: Record<string, unknown>): string[] {
  const meta = data['response_metadata'] as { warnings?: unknown } | undefined;
  const list = Array.isArray(meta?.warnings)
    ? meta.warnings.filter((w): w is string => typeof w === 'string')
    : [];
  if (typeof data['warning'] === 'string')
    for (const w of data['warning'].split(',')) if (w && !list.includes(w)) list.push(w);
  return list;
}

/** Narrows an error to the one a given method throws, with its documented codes. */
export function isApiErrorOf<Code>(
  error: unknown,
  spec: MethodSpec<unknown, Code>,
): error is SlackApiError<Code> {
  return error instanceof SlackApiError && error.method === spec.method;
}
