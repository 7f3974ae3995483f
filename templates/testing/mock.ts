/**
 * The Slack test double: each method answers with its documented success example, or what the
 * test sets (`on`), or a page of the items the test supplies (`items`); it refuses calls the way
 * Slack does (checks.ts) and fails on demand (`fail`, `rateLimit`, `serverError`, `delay`,
 * `drop`). It records every call (`calls`). It runs in-process (`dispatcher`, `fetch`) or as an
 * HTTP server on loopback (`listen`).
 */
import type { Dispatcher } from 'undici';
import { CallLog, type RecordedCall } from './calls.js';
import { readArguments, refusal, type CheckOptions } from './checks.js';
import { decodeRequest, type DecodedRequest, type RawRequest } from './decode.js';
import { MockDispatcher, mockFetch } from './dispatcher.js';
import type { MethodFacts, MockMethodTypes, MockTable } from './facts.js';
import { Faults, Pacing, isNetworkFault, type Fault, type FaultOptions } from './faults.js';
import { pageOf } from './paging.js';
import { apiError, faultReply, jsonReply, type Answerer, type MockReply } from './reply.js';
import type { MockControls } from './control.js';
import { listen, type MockServer, type ListenOptions } from './server.js';
import { isUpload, uploadReply, uploadedBytes, uploadedFileId, withUploadUrl } from './uploads.js';

export interface MockOptions extends CheckOptions {
  /** Answer calls over their tier's limit per minute with a 429 and its `Retry-After`. */
  readonly pacing?: boolean;
  /** The clock pacing reads (tests may pass their own). */
  readonly now?: () => number;
}

/** What a responder returns: fields laid over the method's documented example. */
export type MockAnswer<T extends MockMethodTypes, M extends keyof T> = Partial<T[M]['response']>;

export type Responder<T extends MockMethodTypes, M extends keyof T> = (
  args: T[M]['args'] & Record<string, unknown>,
  call: { readonly headers: Readonly<Record<string, string>>; readonly token: string | undefined },
) => MockAnswer<T, M> | Promise<MockAnswer<T, M>>;

/** The methods of `T` that page with a cursor. */
export type PagedMethod<T extends MockMethodTypes> = {
  [M in keyof T]: T[M] extends { item: unknown } ? M : never;
}[keyof T] &
  string;

type AnyResponder = (args: Record<string, unknown>, call: DecodedRequest) => unknown;

export class SlackMock<T extends MockMethodTypes> implements Answerer {
  readonly #table: MockTable;
  readonly #options: MockOptions;
  readonly #log = new CallLog();
  readonly #faults = new Faults();
  readonly #pacing: Pacing | null;
  readonly #responders = new Map<string, { respond: AnyResponder; left: number }>();
  readonly #items = new Map<string, readonly unknown[]>();
  readonly #servers = new Set<MockServer>();
  #dispatcher: MockDispatcher | null = null;
  #uploads = 0;

  constructor(table: MockTable, options: MockOptions = {}) {
    this.#table = table;
    this.#options = options;
    this.#pacing = options.pacing ? new Pacing(options.now) : null;
  }

  /** The methods the double knows. */
  get methods(): readonly string[] {
    return Object.keys(this.#table.methods);
  }

  /** Answer `method` with what `respond` returns, laid over its documented example. */
  on<M extends keyof T & string>(method: M, respond: Responder<T, M>, options: FaultOptions = {}): this {
    this.#facts(method);
    this.#responders.set(method, { respond, left: options.times ?? Infinity });
    return this;
  }

  /** Answer `method` with this response, laid over its documented example. */
  respond<M extends keyof T & string>(
    method: M,
    response: MockAnswer<T, M>,
    options: FaultOptions = {},
  ): this {
    return this.on(method, () => response, options);
  }

  /** Fail `method` with one of its documented codes (or a common one such as `invalid_auth`). */
  fail<M extends keyof T & string>(method: M, code: T[M]['code'], options: FaultOptions = {}): this {
    const facts = this.#facts(method);
    if (!facts.codes.includes(code) && !this.#table.commonCodes.includes(code))
      throw new TypeError(`${method} documents no error code ${JSON.stringify(code)}`);
    return this.#fault(method, { kind: 'error', code }, options);
  }

  /** Answer with HTTP 429 and `Retry-After` (seconds, default 1). */
  rateLimit(
    method: (keyof T & string) | '*',
    options: FaultOptions & { retryAfterSeconds?: number } = {},
  ): this {
    return this.#fault(
      method,
      { kind: 'rate-limit', retryAfterSeconds: options.retryAfterSeconds ?? 1 },
      options,
    );
  }

  /** Answer with a 5xx (default 500). */
  serverError(method: (keyof T & string) | '*', options: FaultOptions & { status?: number } = {}): this {
    return this.#fault(method, { kind: 'server-error', status: options.status ?? 500 }, options);
  }

  /** Answer after `ms` milliseconds. */
  delay(method: (keyof T & string) | '*', ms: number, options: FaultOptions = {}): this {
    return this.#fault(method, { kind: 'delay', ms }, options);
  }

  /** Close the connection without answering. */
  drop(method: (keyof T & string) | '*', options: FaultOptions = {}): this {
    return this.#fault(method, { kind: 'drop' }, options);
  }

  /** The list a cursor-paged method pages through. */
  items<M extends PagedMethod<T>>(method: M, items: readonly NonNullable<T[M]['item']>[]): this {
    if (!this.#facts(method).itemsKey) throw new TypeError(`${method} does not page with a cursor`);
    this.#items.set(method, [...items]);
    return this;
  }

  /** The calls received, of one method or of all, in order. */
  calls(method?: (keyof T & string) | (string & {})): RecordedCall[] {
    return this.#log.list(method);
  }

  /** Forgets the calls, responders, items and faults (servers keep running). */
  reset(): void {
    this.#log.clear();
    this.#faults.clear();
    this.#pacing?.clear();
    this.#responders.clear();
    this.#items.clear();
  }

  /** An undici dispatcher that answers in-process: `new SlackClient({ dispatcher: mock.dispatcher })`. */
  get dispatcher(): Dispatcher {
    this.#dispatcher ??= new MockDispatcher(this);
    return this.#dispatcher;
  }

  /** A `fetch` that answers in-process, for clients that take one. */
  readonly fetch: typeof globalThis.fetch = (input, init) => mockFetch(this, input, init);

  /** Serves the double over HTTP on loopback; `url` is the base URL (`http://127.0.0.1:<port>/api/`). */
  async listen(options: ListenOptions = {}): Promise<MockServer> {
    const server = await listen(this, this.#controls(), options);
    this.#servers.add(server);
    const close = () => {
      this.#servers.delete(server);
      return server.close();
    };
    return { ...server, close };
  }

  /** Stops every server `listen` started. */
  async close(): Promise<void> {
    await Promise.all([...this.#servers].map((s) => s.close()));
    this.#servers.clear();
  }

  /** One request: decoded, checked, faulted, answered, and recorded. */
  async handle(raw: RawRequest): Promise<MockReply> {
    if (isUpload(raw.path)) return this.#upload(raw);
    const request = await decodeRequest(raw, this.#table.methods);
    const facts = this.#known(request.method);
    const args = facts ? readArguments(request.args, facts) : request.args;
    const reply = await this.#answer(request, facts, args);
    const { method, headers, token } = request;
    this.#log.add({ method, args, headers, token, status: reply.status, error: reply.error });
    return reply;
  }

  async #answer(
    request: DecodedRequest,
    facts: MethodFacts | undefined,
    args: Record<string, unknown>,
  ): Promise<MockReply> {
    const refused = refusal(request, facts, args, this.#options);
    // A slow, dropped or failing connection happens whatever Slack would say of the call; a
    // rate limit or an error code only to a call Slack would run.
    const faults = this.#faults.take(request.method, refused ? isNetworkFault : undefined);
    const delayMs = faults.reduce((sum, f) => sum + (f.kind === 'delay' ? f.ms : 0), 0);
    const network = faults.find((f) => f.kind === 'drop' || f.kind === 'server-error');
    if (network) return { ...faultReply(network, request.method), delayMs };
    if (refused || !facts) return { ...apiError(refused ?? 'unknown_method', request.method), delayMs };
    const wait = this.#pacing?.admit(request.method, facts.tier) ?? null;
    const fault =
      wait === null
        ? faults.find((f) => f.kind === 'error' || f.kind === 'rate-limit')
        : ({ kind: 'rate-limit', retryAfterSeconds: wait } as const);
    const reply = fault ? faultReply(fault, request.method) : await this.#success(request, facts, args);
    return { ...reply, delayMs };
  }

  /** The answer of a call that runs: the test's responder, a page of its items, or the documented example. */
  async #success(
    request: DecodedRequest,
    facts: MethodFacts,
    args: Record<string, unknown>,
  ): Promise<MockReply> {
    const responder = this.#responders.get(request.method);
    if (responder) {
      responder.left -= 1;
      if (responder.left <= 0) this.#responders.delete(request.method);
      try {
        const answer = await responder.respond(args, request);
        return jsonReply(200, { ...facts.example, ...(answer as Record<string, unknown>), ok: true });
      } catch (error) {
        // The test's own responder failed: answered as Slack's fatal error, the reason alongside.
        return jsonReply(500, { ok: false, error: 'fatal_error', responder_error: String(error) });
      }
    }
    const items = this.#items.get(request.method);
    if (items) {
      const page = pageOf(facts, items, args);
      return 'code' in page ? apiError(page.code, request.method) : jsonReply(200, page.body);
    }
    const fileId = `F0MOCK${String(++this.#uploads).padStart(4, '0')}`;
    return jsonReply(200, { ...withUploadUrl(facts.example, request.origin, fileId), ok: true });
  }

  /** The bytes of a file posted to an upload URL the double gave out: counted, recorded, answered as Slack does. */
  #upload(raw: RawRequest): MockReply {
    const bytes = uploadedBytes(raw.body);
    const file_id = uploadedFileId(raw.path);
    const reply = uploadReply(bytes);
    this.#log.add({
      method: 'upload',
      args: { file_id, bytes },
      headers: raw.headers,
      token: undefined,
      status: 200,
      error: undefined,
    });
    return reply;
  }

  /** The steering the server's control routes use, by plain method names. */
  #controls(): MockControls {
    const self = this as unknown as SlackMock<MockMethodTypes>;
    return {
      fail: (method, code, options) => void self.fail(method, code, options),
      respond: (method, response, options) => void self.respond(method, response as object, options),
      items: (method, items) => void self.items(method as never, items as never[]),
      fault: (method, fault, options) => void this.#fault(method, fault, options),
      calls: (method) => this.calls(method),
      reset: () => this.reset(),
    };
  }

  #fault(method: string, fault: Fault, options: FaultOptions): this {
    if (method !== '*') this.#facts(method);
    this.#faults.add(method, fault, options);
    return this;
  }

  #known(method: string): MethodFacts | undefined {
    return Object.hasOwn(this.#table.methods, method) ? this.#table.methods[method] : undefined;
  }

  #facts(method: string): MethodFacts {
    const facts = this.#known(method);
    if (!facts) throw new TypeError(`The double does not know the method ${JSON.stringify(method)}`);
    return facts;
  }
}
