/**
 * Calls per second against the local server, in a process of its own: our generated client
 * through each of its transports (undici, and the platform's fetch), the official
 * @slack/web-api, and bare undici and bare fetch (the limits). Prints JSON.
 * Usage: tsx bench/calls.mts <port> <client dir>
 */
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { Agent, request } from 'undici';

const [port, clientDir] = process.argv.slice(2) as [string, string];
const base = `http://127.0.0.1:${port}/api`;
const require = createRequire(import.meta.url);
const { WebClient } = require('@slack/web-api') as {
  WebClient: new (token?: string, o?: object) => { apiCall(m: string, a?: object): Promise<unknown> };
};
const ours = (await import(pathToFileURL(`${clientDir}/index.ts`).href)) as {
  SlackClient: new (o: object) => { api: { test(a?: object): Promise<unknown> }; close(): Promise<void> };
};

type Call = () => Promise<unknown>;

async function rate(call: Call, total: number, concurrency: number): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        next++;
        await call();
      }
    }),
  );
  return total / ((performance.now() - started) / 1000);
}

const agent = new Agent({ connections: 50, keepAliveTimeout: 30_000 });
const candidates: Record<string, Call> = {
  // The same request the generated client sends for api.test (a JSON method): the same bytes.
  undici: async () => {
    const res = await request(`${base}/api.test`, {
      method: 'POST',
      dispatcher: agent,
      body: '{}',
      headers: { authorization: 'Bearer xoxb-bench', 'content-type': 'application/json; charset=utf-8' },
    });
    await res.body.json();
  },
  // The same request through Node's own fetch: the limit of the fetch transport.
  fetch: async () => {
    const res = await fetch(`${base}/api.test`, {
      method: 'POST',
      body: '{}',
      headers: { authorization: 'Bearer xoxb-bench', 'content-type': 'application/json; charset=utf-8' },
    });
    await res.json();
  },
  ours: (
    (c) => () =>
      c.api.test()
  )(new ours.SlackClient({ token: 'xoxb-bench', baseUrl: base, connections: 50 })),
  'ours-fetch': (
    (c) => () =>
      c.api.test()
  )(new ours.SlackClient({ token: 'xoxb-bench', baseUrl: base, transport: 'fetch' })),
  official: (
    (c) => () =>
      c.apiCall('api.test')
  )(new WebClient('xoxb-bench', { slackApiUrl: `${base}/` })),
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const which = process.env['BENCH_ONLY'];
const chosen = Object.entries(candidates).filter(([name]) => !which || which === name);
for (const [, call] of chosen) await rate(call, 300, 10); // warm up connections and JIT
// Rounds take the candidates in turn, so that each sees the same moments of a noisy machine.
const rounds = Number(process.env['BENCH_ROUNDS'] ?? 3);
const samples: Record<string, { sequential: number[]; concurrent: number[] }> = {};
for (let round = 0; round < rounds; round++) {
  for (const [name, call] of chosen) {
    const sample = (samples[name] ??= { sequential: [], concurrent: [] });
    sample.sequential.push(await rate(call, Number(process.env['BENCH_SEQ'] ?? 1000), 1));
    sample.concurrent.push(await rate(call, Number(process.env['BENCH_CONC'] ?? 4000), 50));
  }
}
const results: Record<string, { sequential: number; concurrent: number }> = {};
for (const [name, { sequential, concurrent }] of Object.entries(samples))
  results[name] = { sequential: median(sequential), concurrent: median(concurrent) };
if (process.env['BENCH_SOAK']) {
  const call = candidates[process.env['BENCH_SOAK']];
  await rate(call, 10_000, 50);
}
console.log(JSON.stringify({ results, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
process.exit(0);
