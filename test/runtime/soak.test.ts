/**
 * A soak, through each transport: 2,000 reads and 1,000 writes, 50 in flight, through a server
 * that meets 15% of requests with one of the faults the transport tells apart (429, 500, 503, a
 * dropped connection, a body cut short, a stalled answer, a body over the size cap, a 200 that is
 * not JSON, `ok: false`; test/helpers/faults.ts). Every call ends in success or a typed error,
 * none hangs, nothing is left unhandled, no write is applied twice, and memory does not grow from
 * the first half of the run to the second. The figures (rates, memory) are bench/soak.mts's.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAULTS, TOO_LARGE_BYTES, flakySlack, type FlakySlack } from '../helpers/faults.ts';
import { importClient, recordsClientDir } from '../helpers/records-client.ts';
import { startSlackServer, type SlackServer } from '../helpers/slack-server.ts';
import { failedCount, soakRun } from '../helpers/soak-run.ts';
import { TRANSPORTS, type Transport } from '../helpers/transports.ts';

interface Client {
  conversations: { list: (args?: object) => Promise<Record<string, unknown>> };
  chat: { postMessage: (args?: object, options?: object) => Promise<Record<string, unknown>> };
  close(): Promise<void>;
}
interface Module {
  SlackClient: new (options: Record<string, unknown>) => Client;
  isSlackError: (e: unknown) => boolean;
}

let mod: Module;
let server: SlackServer;
let flaky: FlakySlack;

beforeAll(async () => {
  mod = await importClient<Module>(await recordsClientDir(['conversations.list', 'chat.postMessage']));
  server = await startSlackServer();
}, 60_000);

afterAll(() => server.close());

/** The kinds of error a read may end in: those of the faults that end it, and of those retried too often. */
const FINAL = ['api', 'http', 'response-too-large', 'timeout'];
const KINDS = [...FINAL, 'network', 'rate-limited'];

const soakClient = (transport: Transport) =>
  new mod.SlackClient({
    transport,
    baseUrl: server.baseUrl,
    token: 'xoxb-soak',
    timeoutMs: 2000,
    maxResponseBytes: TOO_LARGE_BYTES / 2,
    retry: { retries: 3, minDelayMs: 2, maxDelayMs: 50 },
  });

// A full collection before each reading, so that the heap measured is what the run keeps.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapMb(): number {
  gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

describe.each(TRANSPORTS)('a soak through the %s transport', (transport) => {
  beforeAll(() => {
    flaky = flakySlack();
    server.seen.length = 0;
    server.handle(flaky.handler);
  });

  it('ends 2,000 reads, 50 in flight, each in success or a typed error, with nothing unhandled and memory flat', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    const client = soakClient(transport);
    const list = () => client.conversations.list({ limit: 1 });
    const first = await soakRun(list, 1000, 50, mod.isSlackError);
    const afterFirst = heapMb();
    const second = await soakRun(list, 1000, 50, mod.isSlackError);
    const afterSecond = heapMb();
    await client.close();
    console.log(
      `${transport}: heap ${afterFirst.toFixed(1)} MB after 1,000 reads, ${afterSecond.toFixed(1)} MB after 2,000`,
    );
    process.off('unhandledRejection', onUnhandled);
    const ok = first.ok + second.ok;
    const kinds = new Set([...first.failed.keys(), ...second.failed.keys()]);
    expect(ok + failedCount(first) + failedCount(second)).toBe(2000);
    expect([...first.untyped, ...second.untyped]).toEqual([]);
    expect(unhandled).toEqual([]);
    expect([...flaky.faults.keys()].sort()).toEqual([...FAULTS].sort());
    // Retried faults recover (unless they come again and again); a stall, an oversized or
    // non-JSON body and `ok: false` end the call.
    expect(ok).toBeGreaterThan(1800);
    expect([...kinds].filter((kind) => !KINDS.includes(kind))).toEqual([]);
    expect(FINAL.filter((kind) => !kinds.has(kind))).toEqual([]);
    expect(server.seen.length).toBeGreaterThan(2000);
    expect(afterSecond - afterFirst).toBeLessThan(5);
  }, 120_000);

  it('sends 1,000 writes, 50 in flight, never applying one twice, and says which failed ones may have been applied', async () => {
    const client = soakClient(transport);
    const post = (i: number) => client.chat.postMessage({ channel: 'C1', text: `message ${i}` });
    const outcome = await soakRun(post, 1000, 50, mod.isSlackError);
    await client.close();
    expect(outcome.untyped).toEqual([]);
    expect(outcome.ok + failedCount(outcome)).toBe(1000);
    expect([...flaky.applied.values()].filter((times) => times > 1)).toEqual([]);
    // Every write but those turned away unapplied (`ok: false`, 429s past the retries) was applied once.
    const unapplied = (outcome.failed.get('api') ?? 0) + (outcome.failed.get('rate-limited') ?? 0);
    expect(flaky.applied.size).toBe(1000 - unapplied);
    expect(outcome.maybeApplied).toBe(failedCount(outcome) - unapplied);
    expect(outcome.maybeApplied).toBeGreaterThan(50);
  }, 120_000);
});
