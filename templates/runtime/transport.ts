/**
 * The transport: one undici dispatcher per client, every call a POST to `<baseUrl>/<method>`.
 * The token travels as `Authorization: Bearer`, never in the body or the URL.
 */
import { Agent, request, type Dispatcher } from 'undici';
import { formBody, jsonBody } from './encode.js';
import { SlackApiError, SlackHttpError } from './errors.js';

export interface ClientOptions {
  /** Bot or user token sent with every call (a call may override it). */
  token?: string;
  /** Defaults to `https://slack.com/api`. */
  baseUrl?: string;
  /** A dispatcher of your own (proxies, tests); by default one keep-alive agent per client. */
  dispatcher?: Dispatcher;
}

export interface CallOptions {
  /** A token for this call only. */
  token?: string;
  signal?: AbortSignal;
}

/** What the runtime needs to know of a method; the type parameters carry its response and codes. */
export interface MethodSpec<Response = unknown, Code = string> {
  readonly method: string;
  /** The method accepts a JSON body. */
  readonly json: boolean;
  /** Phantom: never set at run time; lets TypeScript carry the types with the spec. */
  readonly types?: { response: Response; code: Code };
}

export interface SlackCaller {
  call<Response, Code>(spec: MethodSpec<Response, Code>, args: object, options?: CallOptions): Promise<Response>;
}

export class SlackTransport implements SlackCaller {
  readonly #token: string | undefined;
  readonly #baseUrl: string;
  readonly #dispatcher: Dispatcher;

  constructor(options: ClientOptions = {}) {
    this.#token = options.token;
    this.#baseUrl = (options.baseUrl ?? 'https://slack.com/api').replace(/\/+$/, '');
    this.#dispatcher = options.dispatcher ?? new Agent({ keepAliveTimeout: 30_000 });
  }

  async call<Response, Code>(spec: MethodSpec<Response, Code>, args: object, options: CallOptions = {}): Promise<Response> {
    const token = options.token ?? this.#token;
    const headers: Record<string, string> = {
      'content-type': spec.json ? 'application/json; charset=utf-8' : 'application/x-www-form-urlencoded',
    };
    if (token) headers['authorization'] = `Bearer ${token}`;
    const body = spec.json ? jsonBody(args as Record<string, unknown>) : formBody(args as Record<string, unknown>);
    const res = await request(`${this.#baseUrl}/${spec.method}`, {
      method: 'POST',
      headers,
      body,
      dispatcher: this.#dispatcher,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    const text = await res.body.text();
    if (res.statusCode < 200 || res.statusCode >= 300) throw new SlackHttpError(spec.method, res.statusCode, text.slice(0, 200));
    const data = JSON.parse(text) as Record<string, unknown>;
    if (data['ok'] !== true) {
      const meta = data['response_metadata'] as { warnings?: string[] } | undefined;
      throw new SlackApiError<Code>(spec.method, String(data['error'] ?? 'unknown_error'), data, meta?.warnings ?? []);
    }
    return data as Response;
  }
}

/** Narrows an error to the one a given method throws, with its documented codes. */
export function isApiErrorOf<Code>(error: unknown, spec: MethodSpec<unknown, Code>): error is SlackApiError<Code> {
  return error instanceof SlackApiError && error.method === spec.method;
}
