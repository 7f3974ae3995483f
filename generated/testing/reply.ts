/** What the double answers, and the interface the ways of running it (dispatcher, fetch, server) share. */
import type { RawRequest } from './decode.js';
import type { Fault } from './faults.js';

export interface MockReply {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  /** How long to wait before answering. */
  readonly delayMs: number;
  /** Close the connection instead of answering. */
  readonly drop: boolean;
  /** The `error` of an `ok: false` answer. */
  readonly error: string | undefined;
}

/** Answers one request; the dispatcher, `fetch` and the server all go through it. */
export interface Answerer {
  handle(raw: RawRequest): Promise<MockReply>;
}

const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' };

export function jsonReply(
  status: number,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
): MockReply {
  const error = body['ok'] === false && typeof body['error'] === 'string' ? body['error'] : undefined;
  return {
    status,
    headers: { ...JSON_TYPE, ...headers },
    body: JSON.stringify(body),
    delayMs: 0,
    drop: false,
    error,
  };
}

/** `ok: false` with a code, as Slack answers it (HTTP 200, but 404 for a method it does not know). */
export function apiError(code: string, method: string): MockReply {
  if (code === 'unknown_method') return jsonReply(404, { ok: false, error: code, req_method: method });
  return jsonReply(200, { ok: false, error: code });
}

/** The answer a fault other than a delay gives. */
export function faultReply(fault: Exclude<Fault, { kind: 'delay' }>, method: string): MockReply {
  switch (fault.kind) {
    case 'error':
      return apiError(fault.code, method);
    case 'rate-limit':
      return jsonReply(
        429,
        { ok: false, error: 'ratelimited' },
        { 'retry-after': String(fault.retryAfterSeconds) },
      );
    case 'server-error':
      return { ...jsonReply(fault.status, { ok: false, error: 'internal_error' }), error: undefined };
    case 'drop':
      return { ...jsonReply(200, { ok: true }), drop: true, error: undefined };
  }
}
