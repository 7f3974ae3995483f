/** Pacing by tier: calls of one method are spread by the tier's rate; other methods are not held. */
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
