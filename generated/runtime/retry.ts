/**
 * When and how long to wait before trying a call again: `Retry-After` for 429s, exponential
 * backoff with full jitter for 5xx and broken connections.
 */

export type RetryReason = 'rate-limit' | 'server' | 'network';

export interface RetryPolicy {
  /** Attempts after the first (0 turns retries off). */
  retries: number;
  /** First backoff step, in ms. */
  minDelayMs: number;
  /** No wait is longer than this (a longer `Retry-After` is honoured up to it). */
  maxDelayMs: number;
  /** Which failures are retried. */
  retryOn: readonly RetryReason[];
}

export const defaultRetryPolicy: RetryPolicy = {
  retries: 3,
  minDelayMs: 500,
  maxDelayMs: 30_000,
  retryOn: ['rate-limit', 'server', 'network'],
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

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
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
