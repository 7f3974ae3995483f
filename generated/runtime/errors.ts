/**
 * Errors of the Slack client. Every error it throws is a `SlackError` with a `kind`;
 * `isSlackError` tells them apart without `instanceof` (which breaks across package copies).
 * No error ever carries a token or a client secret.
 */
import type { ArgGroupRule } from './arg-groups.js';

/** A code Slack may return that the docs do not list: a string, kept apart from the known codes. */
export type UnlistedCode = string & { readonly __unlisted?: never };

export type SlackErrorKind = 'api' | 'http' | 'network' | 'timeout' | 'rate-limited' | 'argument';

export class SlackError extends Error {
  readonly kind: SlackErrorKind;
  /** The Web API method that was called, e.g. `chat.postMessage`. */
  readonly method: string;

  constructor(kind: SlackErrorKind, method: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SlackError';
    this.kind = kind;
    this.method = method;
  }
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

  constructor(method: string, status: number, headers: Record<string, string>, bodyExcerpt: string) {
    super('http', method, `${method} failed: HTTP ${status}`);
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

  constructor(method: string, code: string | undefined, cause: unknown) {
    super('network', method, `${method} failed: network error${code ? ` (${code})` : ''}`, { cause });
    this.name = 'SlackNetworkError';
    this.code = code;
  }
}

/** No response within the timeout. */
export class SlackTimeoutError extends SlackError {
  declare readonly kind: 'timeout';
  readonly timeoutMs: number;

  constructor(method: string, timeoutMs: number) {
    super('timeout', method, `${method} failed: no response within ${timeoutMs} ms`);
    this.name = 'SlackTimeoutError';
    this.timeoutMs = timeoutMs;
  }
}

/** Slack rate-limited the call and the client was told not to wait (`rejectRateLimitedCalls`). */
export class SlackRateLimitedError extends SlackError {
  declare readonly kind: 'rate-limited';
  /** Seconds Slack asked to wait (`Retry-After`). */
  readonly retryAfterSeconds: number;

  constructor(method: string, retryAfterSeconds: number) {
    super('rate-limited', method, `${method} was rate limited; retry after ${retryAfterSeconds} s`);
    this.name = 'SlackRateLimitedError';
    this.retryAfterSeconds = retryAfterSeconds;
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

const KINDS = new Set<string>(['api', 'http', 'network', 'timeout', 'rate-limited', 'argument']);

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
