/**
 * A soak: 2,000 calls, 50 at a time, through a server that answers 10% with 429 and 5% with a
 * 500 or a dropped connection. Every call ends in success or a typed error, none hangs, nothing
 * is left unhandled, and memory does not grow from the first half of the run to the second.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importClient, recordsClientDir } from '../helpers/records-client.ts';
import { json, startSlackServer, type SlackServer } from '../helpers/slack-server.ts';

interface Client {
  conversations: { list: (args?: object) => Promise<Record<string, unknown>> };
  close(): Promise<void>;
}
interface Module {
  SlackClient: new (options: Record<string, unknown>) => Client;
  isSlackError(e: unknown): boolean;
}

let mod: Module;
let server: SlackServer;

beforeAll(async () => {
  mod = await importClient<Module>(await recordsClientDir(['conversations.list']));
  server = await startSlackServer();
  server.handle((_req, res, n) => {
    const roll = (n * 7919) % 100; // spread deterministically over the run
    if (roll < 10) json(res, 429, { ok: false, error: 'ratelimited' }, { 'retry-after': '0' });
    else if (roll < 13) json(res, 500, 'boom');
    else if (roll < 15) res.socket?.destroy();
    else json(res, 200, { ok: true, channels: [{ id: `C${n}` }] });
  });
}, 60_000);

afterAll(() => server.close());

async function run(
  client: Client,
  calls: number,
  concurrency: number,
): Promise<{ ok: number; failed: number; untyped: unknown[] }> {
  let next = 0;
  const result = { ok: 0, failed: 0, untyped: [] as unknown[] };
  const worker = async () => {
    while (next < calls) {
      next++;
      try {
        await client.conversations.list({ limit: 1 });
        result.ok++;
      } catch (err) {
        if (mod.isSlackError(err)) result.failed++;
        else result.untyped.push(err);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return result;
}

function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

describe('2,000 calls with concurrency 50 through a flaky server', () => {
  it('end each in success or a typed error, leave nothing unhandled, and do not grow memory', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    const client = new mod.SlackClient({
      baseUrl: server.baseUrl,
      token: 'xoxb-soak',
      timeoutMs: 5000,
      retry: { retries: 3, minDelayMs: 2, maxDelayMs: 50 },
    });
    const first = await run(client, 1000, 50);
    const afterFirst = heapMb();
    const second = await run(client, 1000, 50);
    const afterSecond = heapMb();
    await client.close();
    process.off('unhandledRejection', onUnhandled);
    const total = { ok: first.ok + second.ok, failed: first.failed + second.failed };
    console.log(
      `soak: ${total.ok} ok, ${total.failed} typed errors, heap ${afterFirst.toFixed(1)} → ${afterSecond.toFixed(1)} MB, ${server.seen.length} requests`,
    );
    expect(total.ok + total.failed).toBe(2000);
    expect([...first.untyped, ...second.untyped]).toEqual([]);
    expect(unhandled).toEqual([]);
    expect(total.ok).toBeGreaterThan(1900);
    expect(server.seen.length).toBeGreaterThan(2000);
    expect(afterSecond - afterFirst).toBeLessThan(25);
  }, 120_000);
});
