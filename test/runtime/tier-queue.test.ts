/** Pacing by tier: calls of one method are spread by the tier's rate; other methods are not held. */
import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { TierQueue } from '../../templates/runtime/tier-queue.ts';

describe('the tier queue', () => {
  it('spaces calls of one method by its tier and lets unknown tiers and other methods through', async () => {
    const queue = new TierQueue({ 'Tier 2': 600 }); // 600 a minute: one every 100 ms
    const started = Date.now();
    const times: number[] = [];
    await Promise.all(
      [0, 1, 2].map(async () => {
        await queue.wait('chat.postMessage', 'Tier 2');
        times.push(Date.now() - started);
      }),
    );
    await queue.wait('users.list', 'Tier 2');
    await queue.wait('api.test', undefined);
    const elapsed = Date.now() - started;
    times.sort((a, b) => a - b);
    expect(times[0]).toBeLessThan(50);
    expect(times[1]).toBeGreaterThanOrEqual(95);
    expect(times[2]).toBeGreaterThanOrEqual(195);
    expect(elapsed).toBeLessThan(400);
  });
});

describe('cancelled calls in the tier queue', () => {
  it('refuses an already-cancelled call at once, without taking a slot', async () => {
    const queue = new TierQueue({ 'Tier 2': 600 });
    const aborted = AbortSignal.abort(new Error('gone'));
    await expect(queue.wait('chat.postMessage', 'Tier 2', aborted)).rejects.toThrow('gone');
    const started = Date.now();
    await queue.wait('chat.postMessage', 'Tier 2');
    expect(Date.now() - started).toBeLessThan(50);
  });

  it('drops cancelled calls at once, gives their slots to the next, and leaves no listeners behind', async () => {
    const queue = new TierQueue({ 'Tier 2': 600 }); // one every 100 ms
    await queue.wait('chat.postMessage', 'Tier 2');
    const controllers = Array.from({ length: 10 }, () => new AbortController());
    const cancelled = controllers.map((c) =>
      queue.wait('chat.postMessage', 'Tier 2', c.signal).then(
        () => 'went',
        (e: unknown) => (e as Error).message,
      ),
    );
    const keeper = new AbortController();
    const started = Date.now();
    const next = queue.wait('chat.postMessage', 'Tier 2', keeper.signal);
    expect(queue.waiting('chat.postMessage')).toBe(11);
    for (const c of controllers) c.abort(new Error('cancelled'));
    expect(queue.waiting('chat.postMessage')).toBe(1);
    expect(await Promise.all(cancelled)).toEqual(Array.from({ length: 10 }, () => 'cancelled'));
    await next;
    expect(Date.now() - started).toBeLessThan(250);
    for (const c of [...controllers, keeper]) expect(getEventListeners(c.signal, 'abort')).toEqual([]);
  });
});
