/**
 * The raw answer of a call, on request: `await withResponse(client.chat.postMessage(args))` gives
 * `{ data, status, headers, warnings, messages }`. The transport tags the data of each answer with
 * what it got (a non-enumerable symbol property: JSON, spreads and equality never see it, and a
 * call that does not ask costs one property). Also: `onWarning` told each warning once per method.
 */
import { redact } from './logger.js';
import type { ClientOptions } from './transport.js';

/** The key of the tag; `Symbol.for`, so that two copies of the package read each other's tags. */
const RAW_ANSWER: unique symbol = Symbol.for('slack-web-api-typed.answer');

/** What the transport keeps of an answer: headers as undici gives them, read only on request. */
export interface AnswerTag {
  status: number;
  headers: Readonly<Record<string, string | string[] | undefined>>;
  warnings: readonly string[];
}

/** Tags a call's data with its answer (the transport does, for every `ok: true` answer). */
export function tagAnswer(data: object, tag: AnswerTag): void {
  Object.defineProperty(data, RAW_ANSWER, { value: tag, configurable: true });
}

/** The tag of a call's data, if it has one. */
function tagOf(data: unknown): AnswerTag | undefined {
  return typeof data === 'object' && data !== null
    ? (data as { [RAW_ANSWER]?: AnswerTag })[RAW_ANSWER]
    : undefined;
}

/** Gives `to` the answer `from` came with (a helper that builds its own result from a call's). */
export function copyAnswerTag(from: object, to: object): void {
  const tag = tagOf(from);
  if (tag) tagAnswer(to, tag);
}

/** A call's data with the answer it came in. */
export interface WithResponse<T> {
  data: T;
  /** The HTTP status (a 2xx: other answers are errors). */
  status: number;
  /** The response headers, names lower-case, tokens redacted: `x-oauth-scopes`, `x-accepted-oauth-scopes`, `retry-after`… */
  headers: Readonly<Record<string, string>>;
  /** `response_metadata.warnings` and the older `warning` (`method_deprecated`, `missing_charset`). */
  warnings: readonly string[];
  /** `response_metadata.messages`: Slack's notes on the call (`[WARN] …`, deprecations). */
  messages: readonly string[];
}

function messagesOf(data: object): string[] {
  const meta = (data as { response_metadata?: { messages?: unknown } }).response_metadata;
  return Array.isArray(meta?.messages) ? meta.messages.filter((m): m is string => typeof m === 'string') : [];
}

/** The answer a call's data came in, or `undefined` for a value that is not a call's data. */
export function responseOf<T extends object>(data: T): WithResponse<T> | undefined {
  const tag = tagOf(data);
  if (!tag) return undefined;
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(tag.headers))
    if (value !== undefined)
      headers[name.toLowerCase()] = redact(Array.isArray(value) ? value.join(', ') : value);
  return { data, status: tag.status, headers, warnings: tag.warnings, messages: messagesOf(data) };
}

/**
 * A call with the answer it came in: `const { data, headers } = await withResponse(client.chat.postMessage(args))`.
 * Works with every method of the client, its standalone functions, `apiCall` and `uploadFiles`
 * (the complete step's answer); errors reject as the call does.
 */
export async function withResponse<T extends object>(call: Promise<T>): Promise<WithResponse<T>> {
  const data = await call;
  const answer = responseOf(data);
  if (!answer) throw new TypeError('withResponse: the value is not the answer of a Slack client call');
  return answer;
}

/** The client's options with `onWarning` told each warning of a method once, not at every call. */
export function warningsOncePerMethod(options: ClientOptions): ClientOptions {
  const hook = options.onWarning;
  if (!hook) return options;
  const told = new Set<string>();
  return {
    ...options,
    onWarning: (event) => {
      const fresh = event.warnings.filter((w) => !told.has(`${event.method} ${w}`));
      for (const w of fresh) told.add(`${event.method} ${w}`);
      if (fresh.length > 0) hook({ method: event.method, warnings: fresh });
    },
  };
}
