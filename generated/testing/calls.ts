/**
 * What the double got: every call's method, decoded arguments and headers, and how it was
 * answered, kept as received for assertions. Printed (`console.log`, `JSON.stringify`, a test
 * runner's diff, `GET /_mock/calls`), tokens and secrets are redacted.
 */
import { redact } from '../runtime/logger.js';

export interface RecordedCall {
  /** The Web API method (`chat.postMessage`). */
  readonly method: string;
  /** The arguments as Slack would read them: JSON fields parsed, comma lists split, Basic auth credentials included. */
  readonly args: Readonly<Record<string, unknown>>;
  /** Request headers, lower-case. */
  readonly headers: Readonly<Record<string, string>>;
  /** The token the call carried (header or form field), if any. */
  readonly token: string | undefined;
  /** The HTTP status it was answered with, and the `error` of an `ok: false` answer. */
  readonly status: number;
  readonly error: string | undefined;
}

/** Argument and header names that hold credentials. */
const SECRET_NAME = /token|secret|password|authorization|cookie|^code$|code_verifier/i;

function redactEntries(record: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(record).map(([key, value]) => [
      key,
      SECRET_NAME.test(key) && value !== undefined ? '[redacted]' : redactValue(value),
    ]),
  );
}

function redactValue(value: unknown): unknown {
  if (typeof value === 'string') return redact(value);
  if (Array.isArray(value)) return value.map(redactValue);
  if (typeof value === 'object' && value !== null && !(value instanceof Blob))
    return redactEntries(value as Record<string, unknown>);
  return value;
}

/** The call as it prints: credentials replaced by `[redacted]`. */
export function printable(call: RecordedCall): Record<string, unknown> {
  return {
    method: call.method,
    args: redactEntries(call.args),
    headers: redactEntries(call.headers),
    token: call.token === undefined ? undefined : '[redacted]',
    status: call.status,
    error: call.error,
  };
}

const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/** A recorded call whose printed forms are redacted (its fields stay as received). */
export function recordedCall(call: RecordedCall): RecordedCall {
  const shown = () => printable(call);
  return Object.defineProperties(
    { ...call },
    {
      toJSON: { value: shown, enumerable: false },
      [INSPECT]: { value: shown, enumerable: false },
    },
  );
}

export class CallLog {
  #calls: RecordedCall[] = [];

  add(call: RecordedCall): void {
    this.#calls.push(recordedCall(call));
  }

  /** The calls so far, of one method or of all. */
  list(method?: string): RecordedCall[] {
    return method === undefined ? [...this.#calls] : this.#calls.filter((c) => c.method === method);
  }

  clear(): void {
    this.#calls = [];
  }
}
