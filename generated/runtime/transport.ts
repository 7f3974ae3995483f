/**
 * The transport: every call a POST to `<baseUrl>/<method>`, encoded as the docs allow, retried
 * by policy, paced by tier if asked, sent by one of two backends (undici on Node, `fetch`
 * elsewhere or when asked: choose-backend.ts) that only send a request and read its answer.
 * Tokens travel as `Authorization: Bearer`; OAuth client credentials as HTTP Basic auth.
 * A call is bounded as a whole by its `timeoutMs` (queue, attempts and waits included); when
 * it ends early its request is cancelled for real, and a write that may have reached Slack is
 * not sent again unless the caller allows it (`retryWrites`).
 */
import type { Dispatcher } from 'undici';
import { tagAnswer } from './answer.js';
import { checkArgGroups, type ArgGroupRule } from './arg-groups.js';
import { chooseBackend } from './choose-backend.js';
import { commaJoined, encodeBody, sendableArgs, type EncodedBody } from './encode.js';
import {
  SlackApiError,
  SlackError,
  SlackHttpError,
  SlackNetworkError,
  SlackRateLimitedError,
  SlackResponseTooLargeError,
  SlackTimeoutError,
  redactValue,
} from './errors.js';
import type { FetchFunction } from './http-fetch.js';
import {
  BodyTooLarge,
  basicCredentials,
  type HttpAnswer,
  type HttpBackend,
  type HttpRequest,
} from './http.js';
import { redact, silentLogger, type Logger } from './logger.js';
import {
  CallDeadline,
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
  /**
   * What sends the requests: `undici` (the default on Node: one keep-alive agent per client) or
   * `fetch` (the platform's, or the `fetch` option's; the default on Bun, Deno and Workers, and
   * wherever undici cannot be loaded). Retries, deadlines, errors and limits are the same on both.
   */
  transport?: 'undici' | 'fetch';
  /** A `fetch` of your own (a proxy's, a test's, a Worker's binding): the calls go through it. */
  fetch?: FetchFunction;
  /** A dispatcher of your own (proxies, tests), for the undici transport; by default one keep-alive agent per client. */
  dispatcher?: Dispatcher;
  /** Connections per origin of the undici transport's own agent (default 50). */
  connections?: number;
  /**
   * How long a call may take in all, in ms (default 30 000): waiting for its tier slot, every
   * attempt and the waits between them. Past it the request is cancelled and the call fails
   * with `SlackTimeoutError`.
   */
  timeoutMs?: number;
  /** The longest response read, in bytes (default 8 MiB): a longer one is cut off with `SlackResponseTooLargeError`, not retried. */
  maxResponseBytes?: number;
  /** Retries: `retries`, `minDelayMs`, `maxDelayMs`, `retryOn`, `retryWrites` (writes are not retried after they may have reached Slack unless set). */
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
  /** Cancels the call: its request is aborted and the call rejects with the signal's reason. */
  signal?: AbortSignal;
  /** How long this call may take in all (retries and waits included), in ms. */
  timeoutMs?: number;
  /** `false` turns retries off for this call; an object adjusts the client's policy (`{ retryWrites: true }`). */
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
  /** The method may change something: after it may have reached Slack it is retried only with `retryWrites`. */
  readonly write?: boolean;
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

/** undici's own timers (a backstop, set to the call's timeoutMs): the call's time is up. */
const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

/** Failures before the request left: nothing reached Slack, so even a write is tried again. */
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** The client is closed or the request malformed: trying again cannot help. */
const FINAL_CODES = new Set(['UND_ERR_DESTROYED', 'UND_ERR_CLOSED', 'UND_ERR_INVALID_ARG']);

const DEFAULT_MAX_RESPONSE_BYTES = 8 * 1024 * 1024;

export class SlackTransport implements SlackCaller {
  readonly #token: string | undefined;
  readonly #baseUrl: string;
  readonly #timeoutMs: number;
  readonly #maxResponseBytes: number;
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
    this.#timeoutMs = options.timeoutMs ?? 30_000;
    this.#maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    this.#retry = { ...defaultRetryPolicy, ...options.retry };
    this.#logger = options.logger ?? silentLogger;
    this.#queue = options.queueByTier ? new TierQueue() : null;
  }

  /**
   * Closes the connections of the client's own agent, once the calls under way have ended
   * (each within its `timeoutMs`); a later call opens a new agent.
   */
  async close(): Promise<void> {
    const loading = this.#loading;
    this.#loading = null;
    this.#backend = null;
    const backend = loading ? await loading.catch(() => null) : null;
    if (backend) await backend.close();
  }

  /** What sends the requests, once chosen (calls after the first skip the await). */
  #backend: HttpBackend | null = null;
  #loading: Promise<HttpBackend> | null = null;

  /** The backend the client sends with (uploads send their bytes through it too). */
  httpBackend(): Promise<HttpBackend> {
    if (this.#backend) return Promise.resolve(this.#backend);
    this.#loading ??= chooseBackend(this.#options, (why) => this.#logger.warn(why)).then(
      (backend) => (this.#backend = backend),
      (error: unknown) => {
        this.#loading = null;
        throw error;
      },
    );
    return this.#loading;
  }

  /**
   * Each attempt is sent, its answer classified, and a failure retried while the policy allows,
   * all within the call's deadline, which cancels what is under way when it passes.
   */
  async call<Response, Code>(
    spec: MethodSpec<Response, Code>,
    args: object,
    options: CallOptions = {},
  ): Promise<Response> {
    if (spec.groups) checkArgGroups(spec.method, spec.groups, args);
    const backend = this.#backend ?? (await this.httpBackend());
    const call = this.#buildCall(spec, args, options, backend);
    try {
      if (this.#queue) await this.#queue.wait(call.method, spec.tier, call.deadline);
      for (let attempt = 0; ; attempt++) {
        const answer = await send(call, backend, attempt);
        const verdict =
          'failure' in answer
            ? classifyFailure(call, answer, attempt)
            : this.#classifyAnswer<Code>(call, answer, attempt);
        if ('data' in verdict) return verdict.data as Response;
        if (verdict.retry && (await this.#waitedToRetry(call, attempt, verdict.retry))) continue;
        throw verdict.fail();
      }
    } finally {
      call.deadline.end();
    }
  }

  /** The call as its attempts share it: URL, credentials, body (encoded once), policy, deadline, logging. */
  #buildCall(
    spec: MethodSpec<unknown, unknown>,
    args: object,
    options: CallOptions,
    backend: HttpBackend,
  ): PreparedCall {
    const method = spec.method;
    const given = typeof args === 'object' && args !== null ? (args as Record<string, unknown>) : {};
    const sendable = sendableArgs(method, given);
    const { fields, headers, secrets } = this.#credentials(
      spec,
      commaJoined(sendable, spec.commaLists),
      options,
    );
    const body = encodeBody(fields, spec.json, backend.FormData, method);
    if (body.contentType) headers['content-type'] = body.contentType;
    const policy: RetryPolicy =
      options.retry === undefined
        ? this.#retry
        : options.retry === false
          ? { ...this.#retry, retries: 0 }
          : { ...this.#retry, ...options.retry };
    const silent = this.#logger === silentLogger;
    const logger = this.#logger;
    const log = silent
      ? noLog
      : (level: keyof Logger, message: string) => logger[level](redact(message, secrets));
    const timeoutMs = options.timeoutMs ?? this.#timeoutMs;
    const call: PreparedCall = {
      method,
      url: `${this.#baseUrl}/${method}`,
      body: body.body,
      headers,
      secrets,
      policy,
      write: spec.write === true,
      reached: false,
      inFlight: false,
      timeoutMs,
      maxBytes: this.#maxResponseBytes,
      deadline: null as unknown as CallDeadline<PreparedCall>,
      signal: null as unknown as CallDeadline<PreparedCall>,
      overLimit: 'fail',
      silent,
      log,
    };
    call.deadline = call.signal = new CallDeadline(timeoutMs, options.signal, timedOut, call);
    return call;
  }

  /** The token as a bearer header, or the OAuth client credentials as Basic auth (taken out of the fields). */
  #credentials(
    spec: MethodSpec<unknown, unknown>,
    given: Record<string, unknown>,
    options: CallOptions,
  ): { fields: Record<string, unknown>; headers: Record<string, string>; secrets: (string | undefined)[] } {
    let fields = given;
    const headers: Record<string, string> = {};
    const token = options.token ?? this.#token;
    const id = fields['client_id'];
    const secret = fields['client_secret'];
    const secrets = [token, typeof secret === 'string' ? secret : undefined];
    if (spec.basicAuth && typeof id === 'string' && typeof secret === 'string') {
      const credentials = basicCredentials(id, secret);
      secrets.push(credentials);
      headers['authorization'] = `Basic ${credentials}`;
      const { client_id: _id, client_secret: _secret, ...rest } = fields;
      fields = rest;
    } else if (token) headers['authorization'] = `Bearer ${token}`;
    return { fields, headers, secrets };
  }

  /** An HTTP answer: rate limits and server errors may be retried; a 2xx is read as Slack's JSON. */
  #classifyAnswer<Code>(call: PreparedCall, answer: Answer, attempt: number): Verdict {
    const { method, secrets } = call;
    const { status, text } = answer;
    if (status >= 200 && status < 300) return this.#classifyBody<Code>(call, answer);
    const headers = redactHeaders(flattenHeaders(answer.headers), secrets);
    if (status === 429) return this.#classifyRateLimit(call, headers);
    // A 5xx may come after Slack acted on the request.
    if (status >= 500) call.reached = true;
    const fail = () =>
      new SlackHttpError(method, status, headers, excerpt(text, secrets), {
        mayHaveBeenApplied: call.write && call.reached,
      });
    if (status >= 500)
      return {
        retry: { reason: 'server', delayMs: backoffDelay(call.policy, attempt), reached: true },
        fail,
      };
    return { fail };
  }

  /**
   * A 429: reported to the hooks, then waited out as `Retry-After` asks, never shorter; a wait
   * the client does not allow (`maxDelayMs`, the call's time left, `rejectRateLimitedCalls`)
   * fails at once with `SlackRateLimitedError` carrying it.
   */
  #classifyRateLimit(call: PreparedCall, headers: Record<string, string>): Verdict {
    const { method } = call;
    const after = retryAfterSeconds(headers['retry-after']);
    const waitMs = after * 1000;
    this.#options.onRateLimited?.({ method, retryAfterSeconds: after });
    call.log('warn', `${method}: rate limited, retry after ${after} s`);
    const fail = () => new SlackRateLimitedError(method, after, this.#whyNotWaited(call, waitMs));
    if (this.#options.rejectRateLimitedCalls) return { fail };
    return { retry: { reason: 'rate-limit', delayMs: waitMs, reached: false }, fail };
  }

  #whyNotWaited(call: PreparedCall, waitMs: number): string {
    const { policy } = call;
    if (this.#options.rejectRateLimitedCalls) return 'rejectRateLimitedCalls is set';
    if (waitMs > policy.maxDelayMs) return `longer than maxDelayMs, ${policy.maxDelayMs} ms`;
    if (waitMs >= call.deadline.remaining()) return `longer than the call's timeoutMs allows`;
    return 'no retries left';
  }

  /** A 2xx answer: its JSON object, warnings reported; `ok: false` is the method's own error (redacted). */
  #classifyBody<Code>(call: PreparedCall, answer: Answer): Verdict {
    const { method, secrets } = call;
    let data: unknown;
    try {
      data = JSON.parse(answer.text);
    } catch {
      data = undefined;
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      const what = data === undefined ? 'not JSON' : 'not a JSON object';
      const headers = redactHeaders(flattenHeaders(answer.headers), secrets);
      // Something answered for Slack: a write may have been applied behind it.
      call.reached = true;
      const text = `${what}: ${excerpt(answer.text, secrets)}`;
      const applied = { mayHaveBeenApplied: call.write };
      return { fail: () => new SlackHttpError(method, answer.status, headers, text, applied) };
    }
    const object = data as Record<string, unknown>;
    const warnings = warningsOf(object);
    if (warnings.length > 0) {
      call.log('warn', `${method}: ${warnings.join(', ')}`);
      this.#options.onWarning?.({ method, warnings });
    }
    if (object['ok'] !== true) return { fail: () => apiError<Code>(method, object, warnings, secrets) };
    tagAnswer(object, { status: answer.status, headers: answer.headers, warnings }); // for withResponse()
    return { data: object };
  }

  /**
   * Whether the call is tried again: only while the policy has retries left for this reason,
   * never for a write that may have reached Slack unless `retryWrites`, and only when the wait
   * fits in the policy and in the call's time left; then after waiting.
   */
  async #waitedToRetry(call: PreparedCall, attempt: number, retry: RetryAfter): Promise<boolean> {
    const { policy } = call;
    if (attempt >= policy.retries || !policy.retryOn.includes(retry.reason)) return false;
    if (retry.reached && call.write && !policy.retryWrites) return false;
    if (retry.delayMs > policy.maxDelayMs || retry.delayMs >= call.deadline.remaining()) return false;
    const event: RetryEvent = {
      method: call.method,
      attempt: attempt + 1,
      reason: retry.reason,
      delayMs: retry.delayMs,
    };
    call.log('debug', `${call.method}: retry ${event.attempt} after ${retry.delayMs} ms (${retry.reason})`);
    this.#options.onRetry?.(event);
    await sleep(retry.delayMs, call.deadline);
    return true;
  }
}

/** The log of a client without a logger: nothing built, nothing kept. */
function noLog(): void {}

/** One call, built once for all its attempts; each attempt hands it to the backend as its request. */
interface PreparedCall extends HttpRequest {
  method: string;
  url: string;
  body: EncodedBody['body'];
  headers: Record<string, string>;
  /** Redacted from every log line and error. */
  secrets: (string | undefined)[];
  policy: RetryPolicy;
  /** The method may change something (its spec says `write`). */
  write: boolean;
  /** A request of this call may have reached Slack (and, for a write, been applied). */
  reached: boolean;
  /** An attempt is under way. */
  inFlight: boolean;
  timeoutMs: number;
  maxBytes: number;
  /** The call's end: its timeout and the caller's signal; undici, the queue and the waits listen to it. */
  deadline: CallDeadline<PreparedCall>;
  /** The deadline again, as the backend's request reads it. */
  signal: CallDeadline<PreparedCall>;
  /** No logger: log lines are not even built. */
  silent: boolean;
  log: (level: keyof Logger, message: string) => void;
}

/** What one attempt got back over HTTP (a failed request comes back as `{ failure, code }` instead). */
type Answer = HttpAnswer;

/** A retry the policy may allow: why, how long to wait first, and whether the request may have reached Slack. */
interface RetryAfter {
  reason: RetryReason;
  delayMs: number;
  reached: boolean;
}

/** What one attempt comes to: Slack's data, or what to throw unless the failure is retried. */
type Verdict = { data: Record<string, unknown> } | { fail: () => unknown; retry?: RetryAfter };

/** The error a call's deadline ends it with: a write in flight, or sent before, may have been applied. */
function timedOut(call: PreparedCall): SlackTimeoutError {
  call.log('warn', `${call.method}: no response within ${call.timeoutMs} ms`);
  return new SlackTimeoutError(call.method, call.timeoutMs, {
    mayHaveBeenApplied: call.write && (call.inFlight || call.reached),
  });
}

/**
 * One attempt, sent by the backend and cancelled by the call's deadline, its body read up to the
 * size limit; a failure comes back with the system's code as the backend reads it.
 */
async function send(
  call: PreparedCall,
  backend: HttpBackend,
  attempt: number,
): Promise<Answer | { failure: unknown; code: string }> {
  if (!call.silent) call.log('debug', `${call.method}: attempt ${attempt + 1}`);
  call.inFlight = true;
  try {
    return await backend.send(call);
  } catch (failure) {
    return { failure, code: backend.failureCode(failure) ?? '' };
  } finally {
    call.inFlight = false;
  }
}

/**
 * A request that failed: the call's end (timeout, the caller's abort) and the size limit end
 * it; a connection refused before sending is retried like a read; after the request may have
 * left, a write is retried only with `retryWrites` (the policy decides).
 */
function classifyFailure(
  call: PreparedCall,
  { failure, code }: { failure: unknown; code: string },
  attempt: number,
): Verdict {
  const { method, deadline } = call;
  if (deadline.aborted) return { fail: () => deadline.reason };
  if (failure instanceof SlackError) return { fail: () => failure };
  if (failure instanceof BodyTooLarge) {
    call.reached = true;
    const tooLarge = () =>
      new SlackResponseTooLargeError(method, call.maxBytes, { mayHaveBeenApplied: call.write });
    return { fail: tooLarge };
  }
  if (TIMEOUT_CODES.has(code)) {
    call.reached = true;
    return { fail: () => timedOut(call) };
  }
  const reached = !NOT_SENT_CODES.has(code) && !FINAL_CODES.has(code);
  if (reached) call.reached = true;
  const fail = () => {
    call.log('error', `${method}: network error ${code}`);
    return new SlackNetworkError(method, code || undefined, failure, {
      mayHaveBeenApplied: call.write && call.reached,
    });
  };
  if (FINAL_CODES.has(code)) return { fail };
  return { retry: { reason: 'network', delayMs: backoffDelay(call.policy, attempt), reached }, fail };
}

/** `ok: false`: the method's error, its response and code redacted of the call's secrets and any token. */
function apiError<Code>(
  method: string,
  data: Record<string, unknown>,
  warnings: readonly string[],
  secrets: readonly (string | undefined)[],
): SlackApiError<Code> {
  const code = typeof data['error'] === 'string' ? redact(data['error'], secrets) : 'unknown_error';
  const response = redactValue(data, secrets) as Record<string, unknown>;
  return new SlackApiError<Code>(
    method,
    code,
    response,
    warnings.map((w) => redact(w, secrets)),
  );
}

/** The start of a body for an error: the whole body redacted first, then cut. */
function excerpt(text: string, secrets: readonly (string | undefined)[]): string {
  return redact(text, secrets).slice(0, 200);
}

/** Headers as an error keeps them: every value redacted, cookies never kept. */
function redactHeaders(
  headers: Record<string, string>,
  secrets: readonly (string | undefined)[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers))
    out[k] = k === 'set-cookie' ? '[redacted]' : redact(v, secrets);
  return out;
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers))
    if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

const NO_WARNINGS: readonly string[] = Object.freeze([]);

/** `response_metadata.warnings` and the older top-level `warning` (comma-separated). */
function warningsOf(data: Record<string, unknown>): readonly string[] {
  if (data['response_metadata'] === undefined && data['warning'] === undefined) return NO_WARNINGS;
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
