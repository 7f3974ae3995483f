/**
 * Errors of the Slack client. Every error it throws is a `SlackError` with a `kind`;
 * `isSlackError` tells them apart without `instanceof` (which breaks across package copies).
 * No error ever carries a token or a client secret.
 */
import type { ArgGroupRule } from './arg-groups.js';
import { redact } from './logger.js';

/** A code Slack may return that the docs do not list: a string, kept apart from the known codes. */
export type UnlistedCode = string & { readonly __unlisted?: never };

export type SlackErrorKind =
  'api' | 'http' | 'network' | 'timeout' | 'rate-limited' | 'argument' | 'response-too-large';

export interface SlackErrorOptions {
  cause?: unknown;
  /** The call is a write and a request may have reached Slack (see `mayHaveBeenApplied`). */
  mayHaveBeenApplied?: boolean;
}

export class SlackError extends Error {
  readonly kind: SlackErrorKind;
  /** The Web API method that was called, e.g. `chat.postMessage`. */
  readonly method: string;
  /**
   * `true` when the method writes (posts, updates, deletes…) and a request may have reached
   * Slack before the call failed (a timeout, a broken connection, a 5xx): it may have been
   * applied, so it was not sent again (unless `retry: { retryWrites: true }`). Check before
   * repeating it yourself. `false` when Slack certainly did not act on it.
   */
  readonly mayHaveBeenApplied: boolean;

  constructor(kind: SlackErrorKind, method: string, message: string, options?: SlackErrorOptions) {
    const applied = options?.mayHaveBeenApplied === true;
    super(applied ? `${message} (a write: it may have been applied)` : message, options);
    this.name = 'SlackError';
    this.kind = kind;
    this.method = method;
    this.mayHaveBeenApplied = applied;
  }
}

/** A copy of a parsed JSON value with every string (keys too) redacted of tokens and `secrets`. */
export function redactValue(value: unknown, secrets: readonly (string | undefined)[]): unknown {
  if (typeof value === 'string') return redact(value, secrets);
  if (Array.isArray(value)) return value.map((v) => redactValue(v, secrets));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[redact(k, secrets)] = redactValue(v, secrets);
  return out;
}

/**
 * Slack answered `ok: false`. `code` is typed by the method's documented error codes, Slack's
 * common errors and `UnlistedCode` (Slack adds codes its docs do not list yet), so a check on a
 * known code narrows and autocompletes, and a check on a new one still compiles.
 */
export class SlackApiError<Code = string> extends SlackError {
  declare readonly kind: 'api';
  readonly code: Code;
  readonly response: Readonly<Record<string, unknown>>;
  readonly warnings: readonly string[];

  constructor(method: string, code: string, response: Record<string, unknown>, warnings: readonly string[]) {
    super('api', method, `${method} failed: ${code}`);
    this.name = 'SlackApiError';
    this.code = code as Code;
    this.response = response;
    this.warnings = warnings;
  }
}

/** Slack answered with an HTTP status that is not 2xx (after any retries). */
export class SlackHttpError extends SlackError {
  declare readonly kind: 'http';
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly bodyExcerpt: string;

  constructor(
    method: string,
    status: number,
    headers: Record<string, string>,
    bodyExcerpt: string,
    options?: SlackErrorOptions,
  ) {
    super('http', method, `${method} failed: HTTP ${status}`, options);
    this.name = 'SlackHttpError';
    this.status = status;
    this.headers = headers;
    this.bodyExcerpt = bodyExcerpt;
  }
}

/** The connection failed or broke before a whole response arrived (after any retries). */
export class SlackNetworkError extends SlackError {
  declare readonly kind: 'network';
  /** The system's code for the failure (`ECONNRESET`, `UND_ERR_SOCKET`), when there is one. */
  readonly code: string | undefined;

  constructor(method: string, code: string | undefined, cause: unknown, options?: SlackErrorOptions) {
    super('network', method, `${method} failed: network error${code ? ` (${code})` : ''}`, {
      ...options,
      cause,
    });
    this.name = 'SlackNetworkError';
    this.code = code;
  }
}

/** The call did not end within its `timeoutMs` (retries and waits included); its request was cancelled. */
export class SlackTimeoutError extends SlackError {
  declare readonly kind: 'timeout';
  readonly timeoutMs: number;

  constructor(method: string, timeoutMs: number, options?: SlackErrorOptions) {
    super('timeout', method, `${method} failed: no response within ${timeoutMs} ms`, options);
    this.name = 'SlackTimeoutError';
    this.timeoutMs = timeoutMs;
  }
}

/**
 * Slack rate-limited the call (HTTP 429) and the client did not wait: it was told not to
 * (`rejectRateLimitedCalls`), the wait `Retry-After` asks is longer than it allows (`maxDelayMs`,
 * or the time the call has left), or its retries ran out. The wait is never shortened.
 */
export class SlackRateLimitedError extends SlackError {
  declare readonly kind: 'rate-limited';
  /** Seconds Slack asked to wait (`Retry-After`). */
  readonly retryAfterSeconds: number;
  /** The same wait in ms: call again no sooner. */
  readonly retryAfterMs: number;

  constructor(method: string, retryAfterSeconds: number, why?: string) {
    super(
      'rate-limited',
      method,
      `${method} was rate limited; retry after ${retryAfterSeconds} s${why ? ` (${why})` : ''}`,
    );
    this.name = 'SlackRateLimitedError';
    this.retryAfterSeconds = retryAfterSeconds;
    this.retryAfterMs = Math.round(retryAfterSeconds * 1000);
  }
}

/** The response was longer than `maxResponseBytes`: it was cut off, not read whole, and not retried. */
export class SlackResponseTooLargeError extends SlackError {
  declare readonly kind: 'response-too-large';
  readonly limitBytes: number;

  constructor(method: string, limitBytes: number, options?: SlackErrorOptions) {
    super('response-too-large', method, `${method} failed: response over ${limitBytes} bytes`, options);
    this.name = 'SlackResponseTooLargeError';
    this.limitBytes = limitBytes;
  }
}

/** Why an argument's value cannot be sent. */
export type ArgumentProblem = 'circular' | 'bigint' | 'stream' | 'function' | 'symbol' | 'unencodable';

/**
 * An argument's value cannot be sent as the docs ask (a circular object, a BigInt, a stream, a
 * function): thrown before anything is sent. `argument` names it. (Files go as a `Blob` or
 * `Uint8Array`, or through the upload helper.)
 */
export class SlackArgumentValueError extends SlackError {
  declare readonly kind: 'argument';
  readonly argument: string;
  readonly problem: ArgumentProblem;

  constructor(method: string, argument: string, problem: ArgumentProblem, cause?: unknown) {
    super('argument', method, `${method}: argument ${JSON.stringify(argument)} cannot be sent (${problem})`, {
      cause,
    });
    this.name = 'SlackArgumentValueError';
    this.argument = argument;
    this.problem = problem;
  }
}

/**
 * The arguments break a rule of the docs on which must be given together (`views.update` needs
 * one of `view_id` or `external_id`): thrown before anything is sent.
 */
export class SlackArgumentError extends SlackError {
  declare readonly kind: 'argument';
  /** The group whose rule the arguments break. */
  readonly group: ArgGroupRule;
  /** The members of the group the arguments give (none, or more than one for `one-of`). */
  readonly given: readonly string[];

  constructor(method: string, group: ArgGroupRule, given: readonly string[]) {
    const members = group.args
      .map((name) => (group.when?.[name] === undefined ? name : `${name}: ${String(group.when[name])}`))
      .join(', ');
    const rule = group.kind === 'one-of' ? `exactly one of ${members}` : `one of ${members}`;
    super(
      'argument',
      method,
      `${method} needs ${rule}${given.length > 1 ? ` (got ${given.join(', ')})` : ''}`,
    );
    this.name = 'SlackArgumentError';
    this.group = group;
    this.given = given;
  }
}

const KINDS = new Set<string>([
  'api',
  'http',
  'network',
  'timeout',
  'rate-limited',
  'argument',
  'response-too-large',
]);

/** Whether a value is an error of this client, whichever copy of the package made it. */
export function isSlackError(value: unknown): value is SlackError {
  return (
    value instanceof Error &&
    typeof (value as { method?: unknown }).method === 'string' &&
    KINDS.has((value as { kind?: unknown }).kind as string)
  );
}

export function isSlackApiError(value: unknown): value is SlackApiError {
  return isSlackError(value) && value.kind === 'api';
}
