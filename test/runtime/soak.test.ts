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
  chat: { postMessage: (args?: object, options?: object) => Promise<Record<string, unknown>> };
  close(): Promise<void>;
}
interface Module {
  SlackClient: new (options: Record<string, unknown>) => Client;
  isSlackError(e: unknown): boolean;
}

let mod: Module;
let server: SlackServer;

beforeAll(async () => {
  mod = await importClient<Module>(await recordsClientDir(['conversations.list', 'chat.postMessage']));
  server = await startSlackServer();
  server.handle((req, res, n) => {
    if (req.url.endsWith('chat.postMessage')) return postMessage(req.body, res, n);
    const roll = (n * 7919) % 100; // spread deterministically over the run
    if (roll < 10) json(res, 429, { ok: false, error: 'ratelimited' }, { 'retry-after': '0' });
    else if (roll < 13) json(res, 500, 'boom');
    else if (roll < 15) res.socket?.destroy();
    else json(res, 200, { ok: true, channels: [{ id: `C${n}` }] });
  });
}, 60_000);

afterAll(() => server.close());

/** Each message's text, as many times as the server applied it. */
const applied = new Map<string, number>();

/**
 * chat.postMessage: 5% a 429 (not applied), 5% a 500 after applying it, 5% applied and then the
 * connection dropped; the rest applied and answered.
 */
function postMessage(body: string, res: import('node:http').ServerResponse, n: number): void {
  const roll = (n * 7919) % 100;
  if (roll < 5) return json(res, 429, { ok: false, error: 'ratelimited' }, { 'retry-after': '0' });
  const text = (JSON.parse(body) as { text: string }).text;
  applied.set(text, (applied.get(text) ?? 0) + 1);
  if (roll < 10) json(res, 500, 'boom');
  else if (roll < 15) res.socket?.destroy();
  else json(res, 200, { ok: true, ts: `${n}.0` });
}

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

describe('1,000 writes with concurrency 50 through a server that applies some and then fails', () => {
  it('never applies a message twice, and says which failed calls may have been applied', async () => {
    const client = new mod.SlackClient({
      baseUrl: server.baseUrl,
      token: 'xoxb-soak',
      timeoutMs: 5000,
      retry: { retries: 3, minDelayMs: 2, maxDelayMs: 50 },
    });
    let next = 0;
    const outcomes = { ok: 0, maybeApplied: 0, other: [] as unknown[] };
    const worker = async () => {
      while (next < 1000) {
        const text = `message ${next++}`;
        try {
          await client.chat.postMessage({ channel: 'C1', text });
          outcomes.ok++;
        } catch (err) {
          if (mod.isSlackError(err) && (err as { mayHaveBeenApplied?: boolean }).mayHaveBeenApplied)
            outcomes.maybeApplied++;
          else outcomes.other.push(err);
        }
      }
    };
    await Promise.all(Array.from({ length: 50 }, worker));
    await client.close();
    console.log(
      `write soak: ${outcomes.ok} ok, ${outcomes.maybeApplied} failed as maybe applied, ${applied.size} applied`,
    );
    expect(outcomes.other).toEqual([]);
    expect(outcomes.ok + outcomes.maybeApplied).toBe(1000);
    expect([...applied.values()].filter((times) => times > 1)).toEqual([]);
    expect(applied.size).toBe(1000);
    expect(outcomes.maybeApplied).toBeGreaterThan(50);
  }, 120_000);
});
