/**
 * `npm run bench`: measures generation, calls per second, cold import, installed size, consumer
 * type-check cost and memory, each side by side with a baseline measured in the same run, and
 * rewrites BENCHMARKS.md. Figures are medians of several runs; ratios matter, not absolutes.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { generationSection } from './generation.mts';
import { buildPackage } from '../test/helpers/build-package.ts';
import { measureImports } from './import.mts';
import { fmt, log, median, ROOT, timed } from './timing.mts';

const TSC = join(ROOT, 'node_modules', '.bin', 'tsc');
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
const scratchParent = join(ROOT, 'node_modules', '.cache');
mkdirSync(scratchParent, { recursive: true });
const scratch = mkdtempSync(join(scratchParent, 'bench-'));

function dirSize(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.size;
  return readdirSync(path).reduce((n, f) => n + dirSize(join(path, f)), 0);
}

/** A package's size with the closure of its dependencies, as installed in node_modules. */
function installedSize(pkgDir: string, seen = new Set<string>()): number {
  if (seen.has(pkgDir)) return 0;
  seen.add(pkgDir);
  let size = dirSize(pkgDir);
  const manifest = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  for (const dep of Object.keys(manifest.dependencies ?? {})) {
    for (const candidate of [join(pkgDir, 'node_modules', dep), join(ROOT, 'node_modules', dep)]) {
      try {
        statSync(candidate);
        size += installedSize(candidate, seen);
        break;
      } catch {
        /* try the next place */
      }
    }
  }
  return size;
}

const node = process.execPath;
// 1. Generation of the complete client (records and recorded responses): bench/generation.mts.
log('generation…');
const generation = generationSection(scratch, RUNS);
const out = generation.out;

// 2. Calls per second against a local server in a process of its own.
log('calls per second…');
const server = spawn(node, [join(ROOT, 'bench/server.mjs')], { stdio: ['ignore', 'pipe', 'inherit'] });
const port = await new Promise<string>((resolve) =>
  server.stdout.once('data', (d: Buffer) => resolve(d.toString().trim())),
);
const callRuns = Array.from(
  { length: RUNS },
  () =>
    JSON.parse(timed(node, ['--import', 'tsx', join(ROOT, 'bench/calls.mts'), port, out]).out) as {
      results: Record<string, { sequential: number; concurrent: number }>;
    },
);
const calls = (who: string, mode: 'sequential' | 'concurrent') =>
  median(callRuns.map((r) => r.results[who][mode]));
/** A ratio of two candidates measured in the same process, rounds interleaved; the median over the runs. */
const ratio = (who: string, base: string, mode: 'sequential' | 'concurrent') =>
  median(callRuns.map((r) => r.results[who][mode] / r.results[base][mode]));
const soakOurs = timed(node, ['--import', 'tsx', join(ROOT, 'bench/calls.mts'), port, out], {
  BENCH_ONLY: 'ours',
  BENCH_SOAK: 'ours',
});
const soakOfficial = timed(node, ['--import', 'tsx', join(ROOT, 'bench/calls.mts'), port, out], {
  BENCH_ONLY: 'official',
  BENCH_SOAK: 'official',
});
server.kill();

// 2b. The soak: 3,000 calls through a flaky server (15% of requests faulty), through each transport.
log('soak…');
const flaky = spawn(node, ['--import', 'tsx', join(ROOT, 'bench/flaky-server.mts')], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const flakyPort = await new Promise<string>((resolve) =>
  flaky.stdout.once('data', (d: Buffer) => resolve(d.toString().trim())),
);
const soak = JSON.parse(
  timed(node, ['--expose-gc', '--import', 'tsx', join(ROOT, 'bench/soak.mts'), flakyPort, out]).out,
) as Record<'undici' | 'fetch', SoakFigures> & { maxRssMb: number };
flaky.kill();

// 3. Cold import and installed size.
log('cold import and size…');
const buildFailure = buildPackage(out);
if (buildFailure) throw new Error(buildFailure);
const ourTypes = join(out, 'dist', 'esm', 'index.js'); // its declarations sit beside it
// Paired rounds in one process (bench/import.mts): bare node, ours (three ways), the official SDK, in turn.
const imports = measureImports(out, 21);
// What `npm pack` ships is dist/ (an ESM and a CommonJS bundle, the declarations of each) and the manifest.
const oursSize =
  dirSize(join(out, 'dist')) +
  dirSize(join(out, 'package.json')) +
  installedSize(join(ROOT, 'node_modules', 'undici'));
const officialSize = installedSize(join(ROOT, 'node_modules', '@slack', 'web-api'));

// 4. Type-check cost for a consumer calling five methods.
log('consumer type-check…');
const consumerDir = join(scratch, 'consumer');
mkdirSync(consumerDir, { recursive: true });
writeFileSync(
  join(consumerDir, 'ours.ts'),
  `import { SlackClient } from ${JSON.stringify(ourTypes)};
const c = new SlackClient({ token: 'x' });
export async function run() {
  const a = await c.chat.postMessage({ channel: 'C1', text: 'hi' });
  const b = await c.conversations.list({ limit: 10 });
  const d = await c.users.info({ user: 'U1' });
  const e = await c.reactions.add({ channel: 'C1', name: 'x', timestamp: '1.2' });
  const f = await c.views.publish({ user_id: 'U1', view: { type: 'home', blocks: [] } });
  return [a.ts, b.channels, d.user, e.ok, f.ok];
}
`,
);
writeFileSync(
  join(consumerDir, 'official.ts'),
  `import { WebClient } from '@slack/web-api';
const c = new WebClient('x');
export async function run() {
  const a = await c.chat.postMessage({ channel: 'C1', text: 'hi' });
  const b = await c.conversations.list({ limit: 10 });
  const d = await c.users.info({ user: 'U1' });
  const e = await c.reactions.add({ channel: 'C1', name: 'x', timestamp: '1.2' });
  const f = await c.views.publish({ user_id: 'U1', view: { type: 'home', blocks: [] } });
  return [a.ts, b.channels, d.user, e.ok, f.ok];
}
`,
);
const checkConsumer = (file: string) => {
  const runs = Array.from({ length: RUNS }, () => {
    const r = spawnSync(
      TSC,
      [
        '--noEmit',
        '--extendedDiagnostics',
        '--ignoreConfig',
        '--strict',
        '--module',
        'nodenext',
        '--target',
        'es2022',
        '--skipLibCheck',
        '--types',
        'node',
        join(consumerDir, file),
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    const field = (name: string) => Number(new RegExp(`${name}:\\s+([\\d.]+)`).exec(r.stdout)?.[1] ?? NaN);
    if (/error TS/.test(r.stdout))
      throw new Error(`consumer ${file} does not type-check:\n${r.stdout.slice(0, 2000)}`);
    return {
      check: field('Check time') * 1000,
      total: field('Total time') * 1000,
      types: field('Types'),
      memoryMb: field('Memory used') / 1024,
    };
  });
  return {
    check: median(runs.map((r) => r.check)),
    total: median(runs.map((r) => r.total)),
    types: runs[0].types,
    memoryMb: median(runs.map((r) => r.memoryMb)),
  };
};
const consumerOurs = checkConsumer('ours.ts');
const consumerOfficial = checkConsumer('official.ts');

// 5. The report.
const versions = {
  node: process.version,
  official: (
    JSON.parse(readFileSync(join(ROOT, 'node_modules/@slack/web-api/package.json'), 'utf8')) as {
      version: string;
    }
  ).version,
  undici: (
    JSON.parse(readFileSync(join(ROOT, 'node_modules/undici/package.json'), 'utf8')) as { version: string }
  ).version,
  typescript: execFileSync(TSC, ['--version'], { encoding: 'utf8' }).trim(),
};
interface SoakSide {
  ok: number;
  failed: Record<string, number>;
  maybeApplied: number;
  untyped: number;
}
interface SoakFigures {
  ended: number;
  reads: { first: SoakSide; second: SoakSide; callsPerSecond: number };
  writes: SoakSide;
  longestCallMs: number;
  heapFirstMb: number;
  heapSecondMb: number;
  server: { appliedTwice: number };
}
function soakRow(name: string, s: SoakFigures): string {
  const sides = [s.reads.first, s.reads.second, s.writes];
  const kinds: Record<string, number> = {};
  for (const side of sides)
    for (const [kind, n] of Object.entries(side.failed)) kinds[kind] = (kinds[kind] ?? 0) + n;
  const failed = Object.entries(kinds)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([kind, n]) => `${kind} ${n}`)
    .join(', ');
  const ok = sides.reduce((n, side) => n + side.ok, 0);
  const untyped = sides.reduce((n, side) => n + side.untyped, 0);
  return `| ${name} | ${s.ended} / 3000 | ${ok} | ${failed} | ${untyped} | ${s.server.appliedTwice} | ${s.writes.maybeApplied} | ${fmt(s.longestCallMs / 1000)} s | ${fmt(s.heapFirstMb, 1)} / ${fmt(s.heapSecondMb, 1)} MB | ${fmt(s.reads.callsPerSecond, 0)} |`;
}

const seqOurs = calls('ours', 'sequential');
const conOurs = calls('ours', 'concurrent');
const lines = [
  '# Benchmarks',
  '',
  `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${fmt(totalmem() / 2 ** 30, 0)} GiB, ${versions.node}; @slack/web-api ${versions.official}, undici ${versions.undici}, ${versions.typescript}. Medians of ${RUNS} runs (21 paired rounds for imports); a shared, noisy 2-core machine, so read the ratios, each against a baseline measured in the same run.`,
  '',
  ...generation.lines,
  '## Calls per second (local node:http server on 127.0.0.1, `{"ok":true}`)',
  '',
  '| client | sequential | concurrency 50 |',
  '| --- | ---: | ---: |',
  `| bare undici \`request\` (the limit) | ${fmt(calls('undici', 'sequential'), 0)} | ${fmt(calls('undici', 'concurrent'), 0)} |`,
  `| bare Node \`fetch\` (the limit of the fetch transport) | ${fmt(calls('fetch', 'sequential'), 0)} | ${fmt(calls('fetch', 'concurrent'), 0)} |`,
  `| generated client, undici transport (Node's default) | ${fmt(seqOurs, 0)} | ${fmt(conOurs, 0)} |`,
  `| generated client, fetch transport (Node's \`fetch\`) | ${fmt(calls('ours-fetch', 'sequential'), 0)} | ${fmt(calls('ours-fetch', 'concurrent'), 0)} |`,
  `| @slack/web-api | ${fmt(calls('official', 'sequential'), 0)} | ${fmt(calls('official', 'concurrent'), 0)} |`,
  `| **ours (undici) / bare undici** | **${fmt(ratio('ours', 'undici', 'sequential'))}×** | **${fmt(ratio('ours', 'undici', 'concurrent'))}×** |`,
  `| **ours (fetch) / bare undici** | **${fmt(ratio('ours-fetch', 'undici', 'sequential'))}×** | **${fmt(ratio('ours-fetch', 'undici', 'concurrent'))}×** |`,
  `| **ours (fetch) / bare fetch** | **${fmt(ratio('ours-fetch', 'fetch', 'sequential'))}×** | **${fmt(ratio('ours-fetch', 'fetch', 'concurrent'))}×** |`,
  `| **ours (undici) / official** | **${fmt(ratio('ours', 'official', 'sequential'))}×** | **${fmt(ratio('ours', 'official', 'concurrent'))}×** |`,
  `| **ours (fetch) / official** | **${fmt(ratio('ours-fetch', 'official', 'sequential'))}×** | **${fmt(ratio('ours-fetch', 'official', 'concurrent'))}×** |`,
  '',
  'Each process takes the candidates in turn, round after round (3 rounds), so that all see the same moments of the machine; a ratio is taken within a process, its median over the runs. Bare undici and bare fetch send the very request the generated client sends for `api.test` (a JSON method: `{}`, the same headers).',
  '',
  '## Soak (2,000 reads and 1,000 writes, 50 in flight, 15% of requests faulty)',
  '',
  "Against `bench/flaky-server.mts` (test/helpers/faults.ts): 429s with `Retry-After: 0` (4% of requests), 500s (2%), 503s (1%), connections dropped before an answer (2%), bodies cut short (2%), answers that never come (1%), bodies over the client's `maxResponseBytes` (1%), 200s that are not JSON (1%), `ok: false` (1%). The client: `timeoutMs` 2 s, 3 retries. The test of the same soak is test/runtime/soak.test.ts.",
  '',
  '| transport | calls ended | in success | in a typed error (by kind) | untyped | writes applied twice | failed writes said maybe applied | longest call | heap after 1,000 / 2,000 reads | reads per second |',
  '| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  soakRow('undici', soak.undici),
  soakRow('fetch', soak.fetch),
  '',
  `Peak RSS of the soak's process (both transports): ${fmt(soak.maxRssMb, 0)} MB. Reads per second are low by design: every stalled answer holds its call for the whole 2 s.`,
  '',
  '## Import and size',
  '',
  '| package | cold load over bare `node` | / official | installed size with dependencies |',
  '| --- | ---: | ---: | ---: |',
  `| generated client, \`import\` (ES module) | ${fmt(imports.esm.overMs, 1)} ms | **${fmt(imports.esm.ratio)}×** | ${fmt(oursSize / 2 ** 20, 1)} MB |`,
  `| generated client, \`require\` (CommonJS) | ${fmt(imports.cjs.overMs, 1)} ms | **${fmt(imports.cjs.ratio)}×** | |`,
  `| generated client and \`./methods\`, \`import\` | ${fmt(imports.withMethods.overMs, 1)} ms | ${fmt(imports.withMethods.ratio)}× | |`,
  `| @slack/web-api, \`require\` | ${fmt(imports.officialOverMs, 1)} ms | 1.00× | ${fmt(officialSize / 2 ** 20, 1)} MB |`,
  `| **ours / official, installed size** | | | **${fmt(oursSize / officialSize)}×** |`,
  '',
  `Cold load: ${imports.rounds} rounds, each starting a bare \`node\` (${fmt(imports.bareMs, 0)} ms here), then one \`node\` per row, in turn; each row's cost is its time over the bare start in the same round, and its ratio the median of the rounds' ratios to the official SDK's cost. The ES module row includes Node's ES module loader starting (about 4 ms), which a CommonJS \`require\` does not pay. The main entry holds the client, the runtime, each method's spec and the types; the error-code objects and the standalone request functions are in \`./methods\` (the last row loads both). Undici loads at the first call.`,
  '',
  '## Type-check cost for a consumer (five calls, `tsc --noEmit --extendedDiagnostics`)',
  '',
  '| against | check time | total | types | memory |',
  '| --- | ---: | ---: | ---: | ---: |',
  `| generated client | ${fmt(consumerOurs.check, 0)} ms | ${fmt(consumerOurs.total, 0)} ms | ${consumerOurs.types} | ${fmt(consumerOurs.memoryMb, 0)} MB |`,
  `| @slack/web-api | ${fmt(consumerOfficial.check, 0)} ms | ${fmt(consumerOfficial.total, 0)} ms | ${consumerOfficial.types} | ${fmt(consumerOfficial.memoryMb, 0)} MB |`,
  `| **ours / official** | **${fmt(consumerOurs.check / consumerOfficial.check)}×** | **${fmt(consumerOurs.total / consumerOfficial.total)}×** | | |`,
  '',
  '## Memory',
  '',
  `- Peak RSS of a cold full generation: ${fmt(generation.coldRssMb, 0)} MB.`,
  `- Peak RSS of a process making 10,000 calls (plus the warm-up and rate runs) with the generated client: ${fmt(soakOurs.rssMb, 0)} MB; with @slack/web-api: ${fmt(soakOfficial.rssMb, 0)} MB.`,
  '',
  '## Reproduce',
  '',
  '```sh',
  'npm ci',
  'npm run bench        # BENCH_RUNS=5 for more runs',
  '```',
  '',
];
const notes = readFileSync(join(ROOT, 'bench/NOTES.md'), 'utf8');
writeFileSync(join(ROOT, 'BENCHMARKS.md'), `${lines.join('\n')}\n${notes}`);
rmSync(scratch, { recursive: true, force: true });
log('wrote BENCHMARKS.md');
