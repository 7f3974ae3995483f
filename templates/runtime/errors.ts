/**
 * Errors of the Slack client. Every error it throws is a `SlackError`; `isSlackError` and the
 * `kind` field tell them apart without `instanceof` (which breaks across package copies).
 */

/** A code Slack may return that the docs do not list: a string, kept apart from the known codes. */
export type UnlistedCode = string & { readonly __unlisted?: never };

export type SlackErrorKind = 'api' | 'http' | 'network' | 'timeout';

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

/** Slack answered `ok: false`. `code` is typed by the method's documented error codes. */
export class SlackApiError<Code = string> extends SlackError {
  override readonly kind = 'api' as const;
  readonly code: Code | UnlistedCode;
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

/** Slack answered with an HTTP status that is not 2xx. */
export class SlackHttpError extends SlackError {
  override readonly kind = 'http' as const;
  readonly status: number;
  readonly bodyExcerpt: string;

  constructor(method: string, status: number, bodyExcerpt: string) {
    super('http', method, `${method} failed: HTTP ${status}`);
    this.name = 'SlackHttpError';
    this.status = status;
    this.bodyExcerpt = bodyExcerpt;
  }
}

export function isSlackError(value: unknown): value is SlackError {
  return typeof value === 'object' && value !== null && value instanceof Error && typeof (value as { kind?: unknown }).kind === 'string' &&
    typeof (value as { method?: unknown }).method === 'string';
}

export function isSlackApiError(value: unknown): value is SlackApiError {
  return isSlackError(value) && value.kind === 'api';
}
