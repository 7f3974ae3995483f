/**
 * When and how long to wait before trying a call again: `Retry-After` for 429s, exponential
 * backoff with full jitter for 5xx and broken connections; and the deadline that bounds a whole
 * call, retries and waits included.
 */
import { cancelDeadline, scheduleDeadline, type DeadlineHandle } from './deadline-timers.js';

export type RetryReason = 'rate-limit' | 'server' | 'network';

export interface RetryPolicy {
  /** Attempts after the first (0 turns retries off). */
  retries: number;
  /** First backoff step, in ms. */
  minDelayMs: number;
  /**
   * No wait is longer than this. A `Retry-After` asking for longer is never shortened: the call
   * fails at once with a `SlackRateLimitedError` carrying the wait (`retryAfterMs`).
   */
  maxDelayMs: number;
  /** Which failures are retried. */
  retryOn: readonly RetryReason[];
  /**
   * Retry writes (`chat.postMessage`, …) after a failure that may have reached Slack (a broken
   * connection once sent, a 5xx): they may have been applied, and Slack has no idempotency key,
   * so by default they fail at once (`mayHaveBeenApplied: true`). 429s and connections refused
   * are retried either way; reads are always retried.
   */
  retryWrites: boolean;
}

export const defaultRetryPolicy: RetryPolicy = {
  retries: 3,
  minDelayMs: 500,
  maxDelayMs: 30_000,
  retryOn: ['rate-limit', 'server', 'network'],
  retryWrites: false,
};

/** Full jitter: a random wait between 0 and the exponential cap. */
export function backoffDelay(
  policy: RetryPolicy,
  attempt: number,
  random: () => number = Math.random,
): number {
  const cap = Math.min(policy.maxDelayMs, policy.minDelayMs * 2 ** attempt);
  return Math.floor(random() * cap);
}

/** `Retry-After` in seconds (Slack sends seconds); a date is accepted too. */
export function retryAfterSeconds(header: string | undefined, now = Date.now()): number {
  if (!header) return 1;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(header);
  return Number.isFinite(date) ? Math.max(0, Math.ceil((date - now) / 1000)) : 1;
}

/** What `sleep` and the tier queue need of a signal: an `AbortSignal`, or a call's `CallDeadline`. */
export interface CancelSignal {
  readonly aborted: boolean;
  readonly reason: unknown;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/** The longest timer Node keeps (a longer one fires at once). */
const MAX_TIMER_MS = 2_147_483_647;

/**
 * A call's end: its deadline (`timeoutMs` from its start) and the caller's `AbortSignal`, as one
 * signal-shaped object that undici, the tier queue and the waits between retries listen to.
 * No `AbortController` (it cost a third of the throughput) and no timer of its own: the
 * deadlines of all calls wait behind one timer per timeout length (deadline-timers.ts); `end()`
 * drops the deadline and every listener, the caller's signal's included.
 */
export class CallDeadline<Context = unknown> implements CancelSignal {
  aborted = false;
  reason: unknown = undefined;
  /** Why it fired: the deadline passed, or the caller aborted. */
  timedOut = false;
  readonly deadline: number;
  #listeners: (() => void)[] | null = null;
  #timer: DeadlineHandle | undefined;
  readonly #outer: AbortSignal | undefined;
  #onOuter: (() => void) | undefined;
  readonly #onTimeout: (context: Context) => unknown;
  readonly #context: Context;

  /** `onTimeout(context)` makes the reason a call that ran out of time ends with. */
  constructor(
    timeoutMs: number,
    outer: AbortSignal | undefined,
    onTimeout: (context: Context) => unknown,
    context: Context,
  ) {
    this.deadline = Date.now() + timeoutMs;
    this.#outer = outer;
    this.#onTimeout = onTimeout;
    this.#context = context;
    if (outer?.aborted) {
      this.#fire(outer.reason);
      return;
    }
    if (outer) {
      this.#onOuter = () => this.#fire(outer.reason);
      outer.addEventListener('abort', this.#onOuter, { once: true });
    }
    if (timeoutMs < MAX_TIMER_MS) this.#timer = scheduleDeadline(this, timeoutMs);
  }

  /** The deadline passed. */
  expire(): void {
    this.timedOut = true;
    this.#fire(this.#onTimeout(this.#context));
  }

  /** The ms the call has left. */
  remaining(): number {
    return this.deadline - Date.now();
  }

  addEventListener(_type: 'abort', listener: () => void): void {
    (this.#listeners ??= []).push(listener);
  }

  removeEventListener(_type: 'abort', listener: () => void): void {
    const list = this.#listeners;
    const at = list ? list.indexOf(listener) : -1;
    if (at >= 0) list!.splice(at, 1);
  }

  /** The call is over: no timer, no listener left behind. */
  end(): void {
    this.#drop();
    if (this.#onOuter) this.#outer?.removeEventListener('abort', this.#onOuter);
    this.#listeners = null;
  }

  #drop(): void {
    if (this.#timer) cancelDeadline(this.#timer);
    this.#timer = undefined;
  }

  #fire(reason: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    this.#drop();
    const list = this.#listeners;
    this.#listeners = null;
    if (list) for (const listener of list) listener();
  }
}

export function sleep(ms: number, signal?: CancelSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
