/**
 * Calls per second against the local server, in a process of its own: our generated client, the
 * official @slack/web-api, and bare undici (the limit). Prints JSON.
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
  undici: async () => {
    const res = await request(`${base}/api.test`, {
      method: 'POST',
      dispatcher: agent,
      body: '',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: 'Bearer xoxb-bench' },
    });
    await res.body.json();
  },
  ours: (
    (c) => () =>
      c.api.test()
  )(new ours.SlackClient({ token: 'xoxb-bench', baseUrl: base, connections: 50 })),
  official: (
    (c) => () =>
      c.apiCall('api.test')
  )(new WebClient('xoxb-bench', { slackApiUrl: `${base}/` })),
};

const which = process.env['BENCH_ONLY'];
const results: Record<string, { sequential: number; concurrent: number }> = {};
for (const [name, call] of Object.entries(candidates)) {
  if (which && which !== name) continue;
  await rate(call, 300, 10); // warm up connections and JIT
  const sequential = await rate(call, Number(process.env['BENCH_SEQ'] ?? 2000), 1);
  const concurrent = await rate(call, Number(process.env['BENCH_CONC'] ?? 5000), 50);
  results[name] = { sequential, concurrent };
}
if (process.env['BENCH_SOAK']) {
  const call = candidates[process.env['BENCH_SOAK']];
  await rate(call, 10_000, 50);
}
console.log(JSON.stringify({ results, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
process.exit(0);
