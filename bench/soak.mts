/**
 * The soak's figures, through each transport: 2,000 reads and 1,000 writes, 50 in flight,
 * against bench/flaky-server.mts (15% of requests meet one of the faults the transport tells
 * apart). How each call ended, the longest call, the heap after the first and the second 1,000
 * reads (after a full collection), and whether the server applied any write twice. Prints JSON.
 * Usage: node --expose-gc --import tsx bench/soak.mts <port> <client dir>
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { TOO_LARGE_BYTES } from '../test/helpers/faults.ts';
import { failedCount, soakRun, type SoakOutcome } from '../test/helpers/soak-run.ts';

const [port, clientDir] = process.argv.slice(2) as [string, string];
const origin = `http://127.0.0.1:${port}`;
interface Client {
  conversations: { list(args?: object): Promise<unknown> };
  chat: { postMessage(args: object): Promise<unknown> };
  close(): Promise<void>;
}
const ours = (await import(pathToFileURL(`${clientDir}/index.ts`).href)) as {
  SlackClient: new (o: object) => Client;
  isSlackError: (e: unknown) => boolean;
};

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const heapMb = () => {
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

/** Each call timed, so that the longest shows whether any came near hanging. */
function timedCalls(call: (i: number) => Promise<unknown>, longest: { ms: number }) {
  return async (i: number) => {
    const started = performance.now();
    try {
      return await call(i);
    } finally {
      longest.ms = Math.max(longest.ms, performance.now() - started);
    }
  };
}

const summary = (o: SoakOutcome) => ({
  ok: o.ok,
  failed: Object.fromEntries(o.failed),
  maybeApplied: o.maybeApplied,
  untyped: o.untyped.length,
});

async function soak(transport: 'undici' | 'fetch') {
  await fetch(`${origin}/reset`, { method: 'POST' });
  const client = new ours.SlackClient({
    transport,
    baseUrl: `${origin}/api`,
    token: 'xoxb-soak',
    timeoutMs: 2000,
    maxResponseBytes: TOO_LARGE_BYTES / 2,
    retry: { retries: 3, minDelayMs: 2, maxDelayMs: 50 },
  });
  const longest = { ms: 0 };
  const list = timedCalls(() => client.conversations.list({ limit: 1 }), longest);
  const started = performance.now();
  const first = await soakRun(list, 1000, 50, ours.isSlackError);
  const heapFirstMb = heapMb();
  const second = await soakRun(list, 1000, 50, ours.isSlackError);
  const heapSecondMb = heapMb();
  const readSeconds = (performance.now() - started) / 1000;
  const post = (i: number) => client.chat.postMessage({ channel: 'C1', text: `message ${i}` });
  const writes = await soakRun(timedCalls(post, longest), 1000, 50, ours.isSlackError);
  await client.close();
  const stats = (await (await fetch(`${origin}/stats`)).json()) as Record<string, unknown>;
  const ended =
    first.ok + second.ok + failedCount(first) + failedCount(second) + writes.ok + failedCount(writes);
  return {
    ended,
    reads: { first: summary(first), second: summary(second), callsPerSecond: 2000 / readSeconds },
    writes: summary(writes),
    longestCallMs: longest.ms,
    heapFirstMb,
    heapSecondMb,
    server: stats,
  };
}

const undici = await soak('undici');
const fetchTransport = await soak('fetch');
console.log(
  JSON.stringify({ undici, fetch: fetchTransport, maxRssMb: process.resourceUsage().maxRSS / 1024 }),
);
process.exit(0);
