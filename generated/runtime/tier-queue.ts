/**
 * Optional pacing by rate-limit tier, so that a burst of calls does not trip Slack's limits:
 * each tier lets its calls per minute through, spread evenly, and queues the rest.
 */

/** Calls per minute Slack allows per method of each tier (Special methods: about one a second). */
export const TIER_CALLS_PER_MINUTE: Readonly<Record<string, number>> = {
  'Tier 1': 1,
  'Tier 2': 20,
  'Tier 3': 50,
  'Tier 4': 100,
  Special: 60,
};

export class TierQueue {
  readonly #next = new Map<string, number>();
  readonly #rates: Readonly<Record<string, number>>;

  constructor(rates: Readonly<Record<string, number>> = TIER_CALLS_PER_MINUTE) {
    this.#rates = rates;
  }

  /** Resolves when a call of `method` (of `tier`) may go; methods without a known tier go at once. */
  async wait(method: string, tier: string | undefined, signal?: AbortSignal): Promise<void> {
    const perMinute = tier ? this.#rates[tier] : undefined;
    if (!perMinute) return;
    const spacing = 60_000 / perMinute;
    const now = Date.now();
    const at = Math.max(now, this.#next.get(method) ?? now);
    this.#next.set(method, at + spacing);
    if (at > now) {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(resolve, at - now);
        signal?.addEventListener(
          'abort',
          () => {
            clearTimeout(timer);
            reject(signal.reason);
          },
          { once: true },
        );
      });
    }
  }
}
