/**
 * Faults on demand: a documented error code, a 429 with `Retry-After`, a 5xx, a slow answer or
 * a dropped connection, for one method or every method (`*`), for the next `times` calls or
 * until reset; and, when pacing is on, a 429 for any call over its tier's limit per minute.
 */
import { TIER_CALLS_PER_MINUTE } from '../runtime/tier-queue.js';

export type Fault =
  | { readonly kind: 'error'; readonly code: string }
  | { readonly kind: 'rate-limit'; readonly retryAfterSeconds: number }
  | { readonly kind: 'server-error'; readonly status: number }
  | { readonly kind: 'delay'; readonly ms: number }
  | { readonly kind: 'drop' };

/** Faults of the way there, which a call meets whether Slack would refuse it or not. */
export function isNetworkFault(fault: Fault): boolean {
  return fault.kind === 'delay' || fault.kind === 'drop' || fault.kind === 'server-error';
}

export interface FaultOptions {
  /** How many calls it applies to (default: every call until `reset()`). */
  readonly times?: number;
}

interface Armed {
  readonly fault: Fault;
  left: number;
}

export class Faults {
  #armed = new Map<string, Armed[]>();

  add(method: string, fault: Fault, options: FaultOptions = {}): void {
    const times = options.times ?? Infinity;
    if (!(times > 0)) return;
    const list = this.#armed.get(method) ?? [];
    list.push({ fault, left: times });
    this.#armed.set(method, list);
  }

  /**
   * The faults a call of `method` meets now (a delay and one other at most), each used once;
   * only those `applies` lets through (a refused call meets the network's faults, not Slack's).
   */
  take(method: string, applies: (fault: Fault) => boolean = () => true): Fault[] {
    const out: Fault[] = [];
    for (const key of [method, '*']) {
      const list = this.#armed.get(key) ?? [];
      for (const armed of list) {
        if (!applies(armed.fault)) continue;
        const delay = armed.fault.kind === 'delay';
        if (!delay && out.some((f) => f.kind !== 'delay')) continue;
        if (delay && out.some((f) => f.kind === 'delay')) continue;
        out.push(armed.fault);
        armed.left -= 1;
      }
      this.#armed.set(
        key,
        list.filter((a) => a.left > 0),
      );
    }
    return out;
  }

  clear(): void {
    this.#armed.clear();
  }
}

/** Each method's calls in the last minute, held to its tier's calls per minute. */
export class Pacing {
  #seen = new Map<string, number[]>();
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  /** `null` when the call is within its tier's limit (and counted), else the seconds to wait. */
  admit(method: string, tier: string | undefined): number | null {
    const perMinute = tier === undefined ? undefined : TIER_CALLS_PER_MINUTE[tier];
    if (!perMinute) return null;
    const now = this.#now();
    const recent = (this.#seen.get(method) ?? []).filter((t) => t > now - 60_000);
    if (recent.length >= perMinute) {
      this.#seen.set(method, recent);
      return Math.max(1, Math.ceil((recent[0]! + 60_000 - now) / 1000));
    }
    recent.push(now);
    this.#seen.set(method, recent);
    return null;
  }

  clear(): void {
    this.#seen.clear();
  }
}
