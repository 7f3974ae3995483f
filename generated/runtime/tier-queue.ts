/**
 * Optional pacing by rate-limit tier, so that a burst of calls does not trip Slack's limits:
 * each tier lets its calls per minute through, spread evenly, and queues the rest.
 */
import type { CancelSignal } from './retry.js';

/** Calls per minute Slack allows per method of each tier (Special methods: about one a second). */
export const TIER_CALLS_PER_MINUTE: Readonly<Record<string, number>> = {
  'Tier 1': 1,
  'Tier 2': 20,
  'Tier 3': 50,
  'Tier 4': 100,
  Special: 60,
};

/** A call waiting for its slot. */
interface Waiter {
  resolve: () => void;
  reject: (reason: unknown) => void;
  signal: CancelSignal | undefined;
  onAbort: (() => void) | undefined;
}

/** The calls of one method: when the next may go, and those waiting, in order. */
interface Lane {
  spacing: number;
  next: number;
  waiters: Waiter[];
  timer: ReturnType<typeof setTimeout> | null;
}

/**
 * Each method's calls go one per slot, in order. A call cancelled while it waits leaves the
 * queue at once (its promise rejects with the signal's reason, its slot goes to the next call),
 * and no listener stays on its signal; an already-cancelled call never joins.
 */
export class TierQueue {
  readonly #lanes = new Map<string, Lane>();
  readonly #rates: Readonly<Record<string, number>>;

  constructor(rates: Readonly<Record<string, number>> = TIER_CALLS_PER_MINUTE) {
    this.#rates = rates;
  }

  /** Resolves when a call of `method` (of `tier`) may go; methods without a known tier go at once. */
  wait(method: string, tier: string | undefined, signal?: CancelSignal): Promise<void> {
    const perMinute = tier ? this.#rates[tier] : undefined;
    if (!perMinute) return Promise.resolve();
    if (signal?.aborted) return Promise.reject(signal.reason);
    let lane = this.#lanes.get(method);
    if (!lane)
      this.#lanes.set(method, (lane = { spacing: 60_000 / perMinute, next: 0, waiters: [], timer: null }));
    const now = Date.now();
    if (lane.waiters.length === 0 && lane.next <= now) {
      lane.next = now + lane.spacing;
      return Promise.resolve();
    }
    const queued = lane;
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { resolve, reject, signal, onAbort: undefined };
      if (signal) {
        waiter.onAbort = () => this.#drop(queued, waiter);
        signal.addEventListener('abort', waiter.onAbort, { once: true });
      }
      queued.waiters.push(waiter);
      this.#schedule(queued);
    });
  }

  /** How many calls of `method` wait for a slot. */
  waiting(method: string): number {
    return this.#lanes.get(method)?.waiters.length ?? 0;
  }

  /** A cancelled call leaves the queue; with none left, the lane's timer stops. */
  #drop(lane: Lane, waiter: Waiter): void {
    const at = lane.waiters.indexOf(waiter);
    if (at < 0) return;
    lane.waiters.splice(at, 1);
    if (lane.waiters.length === 0 && lane.timer) {
      clearTimeout(lane.timer);
      lane.timer = null;
    }
    waiter.reject(waiter.signal?.reason);
  }

  /** Lets the first waiter go at the lane's next slot, then the next. */
  #schedule(lane: Lane): void {
    if (lane.timer || lane.waiters.length === 0) return;
    lane.timer = setTimeout(
      () => {
        lane.timer = null;
        const waiter = lane.waiters.shift();
        if (waiter) {
          if (waiter.onAbort) waiter.signal?.removeEventListener('abort', waiter.onAbort);
          lane.next = Date.now() + lane.spacing;
          waiter.resolve();
        }
        this.#schedule(lane);
      },
      Math.max(0, lane.next - Date.now()),
    );
  }
}
