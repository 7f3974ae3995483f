/**
 * `npm run bench`: measures generation, calls per second, cold import, installed size, consumer
 * type-check cost and memory, each side by side with a baseline measured in the same run, and
 * rewrites BENCHMARKS.md. Figures are medians of several runs; ratios matter, not absolutes.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { buildPackage } from '../test/helpers/build-package.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RECORDS = join(ROOT, '..', 'shared', 'slack-reference', 'methods');
const TSC = join(ROOT, 'node_modules', '.bin', 'tsc');
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
const scratchParent = join(ROOT, 'node_modules', '.cache');
mkdirSync(scratchParent, { recursive: true });
const scratch = mkdtempSync(join(scratchParent, 'bench-'));
const log = (m: string) => process.stderr.write(`${m}\n`);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n: number, d = 2) => n.toFixed(d);

function timed(
  cmd: string,
  args: string[],
  env: Record<string, string> = {},
): { ms: number; rssMb: number; out: string } {
  const started = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 64 << 20,
  });
  const ms = performance.now() - started;
  const rss = Number(/(\d+)\s*$/.exec(r.stderr.trim())?.[1] ?? 0) / 1024;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr.slice(0, 2000)}`);
  return { ms, rssMb: rss, out: r.stdout };
}

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
const cli = ['--import', 'tsx', join(ROOT, 'generator/cli.ts')];

// 1. Generation of the full client from the records.
log('generation…');
const out = join(scratch, 'full');
// Both caches (formatted files and emitted method files) live under one folder; cold runs start without it.
const cacheRoot = join(scratch, 'cache');
const cache = join(cacheRoot, 'format');
const cold = Array.from({ length: RUNS }, () => {
  rmSync(cacheRoot, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
  return timed(node, [...cli, '--input', RECORDS, '--out', out], { SLACK_CODEGEN_CACHE: cache });
});
const warm = Array.from({ length: RUNS }, () => {
  rmSync(out, { recursive: true, force: true });
  return timed(node, [...cli, '--input', RECORDS, '--out', out], { SLACK_CODEGEN_CACHE: cache });
});
const changedInput = join(scratch, 'records-changed');
cpSync(RECORDS, changedInput, { recursive: true });
const onePage = Array.from({ length: RUNS }, (_, i) => {
  const file = join(changedInput, 'chat.postMessage.json');
  const record = JSON.parse(readFileSync(file, 'utf8')) as { desc: string };
  record.desc = `Sends a message to a channel (edit ${i}).`;
  writeFileSync(file, JSON.stringify(record));
  return timed(node, [...cli, '--input', changedInput, '--out', out], { SLACK_CODEGEN_CACHE: cache });
});
const incremental = JSON.parse(
  timed(
    node,
    ['--import', 'tsx', join(ROOT, 'bench/incremental.mts'), RECORDS, join(scratch, 'incremental-out')],
    { SLACK_CODEGEN_CACHE: join(scratch, 'inc-cache', 'format') },
  ).out,
) as { total: number; parse: number; model: number; emitAndFormat: number; write: number };
const phases = Array.from(
  { length: RUNS },
  () =>
    JSON.parse(
      timed(node, ['--import', 'tsx', join(ROOT, 'bench/phases.mts'), RECORDS, join(scratch, 'phases-out')])
        .out,
    ) as Record<string, number>,
);
const phase = (k: string) => median(phases.map((p) => p[k]));
const tscCheck = Array.from({ length: RUNS }, () => timed(TSC, ['-p', join(out, 'tsconfig.json')]).ms);

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
const soakOurs = timed(node, ['--import', 'tsx', join(ROOT, 'bench/calls.mts'), port, out], {
  BENCH_ONLY: 'ours',
  BENCH_SOAK: 'ours',
});
const soakOfficial = timed(node, ['--import', 'tsx', join(ROOT, 'bench/calls.mts'), port, out], {
  BENCH_ONLY: 'official',
  BENCH_SOAK: 'official',
});
server.kill();

// 3. Cold import and installed size.
log('cold import and size…');
const buildFailure = buildPackage(out);
if (buildFailure) throw new Error(buildFailure);
const ourEntry = join(out, 'dist', 'esm', 'index.js');
const ourTypes = ourEntry; // its declarations sit beside it
const importMs = (code: string) =>
  median(Array.from({ length: 10 }, () => timed(node, ['--input-type=module', '-e', code]).ms));
const bare = importMs('0');
const oursImport = importMs(`await import(${JSON.stringify(ourEntry)})`);
const officialImport = importMs(
  `import { createRequire } from 'node:module'; createRequire(${JSON.stringify(join(ROOT, 'package.json'))})('@slack/web-api')`,
);
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
  const f = await c.views.publish({ user_id: 'U1', view: {} });
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
const genCold = median(cold.map((r) => r.ms));
const tscMs = median(tscCheck);
const seqOurs = calls('ours', 'sequential');
const conOurs = calls('ours', 'concurrent');
const lines = [
  '# Benchmarks',
  '',
  `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${fmt(totalmem() / 2 ** 30, 0)} GiB, ${versions.node}; @slack/web-api ${versions.official}, undici ${versions.undici}, ${versions.typescript}. Medians of ${RUNS} runs (10 for imports); a shared, noisy 2-core machine, so read the ratios, each against a baseline measured in the same run.`,
  '',
  '## Generation (322 methods from the reference records)',
  '',
  '| run | time | vs `tsc` checking the output | peak RSS |',
  '| --- | ---: | ---: | ---: |',
  `| cold (new process, empty caches) | ${fmt(genCold / 1000)} s | ${fmt(genCold / tscMs, 1)}× | ${fmt(median(cold.map((r) => r.rssMb)), 0)} MB |`,
  `| warm (caches filled, output removed) | ${fmt(median(warm.map((r) => r.ms)) / 1000)} s | ${fmt(median(warm.map((r) => r.ms)) / tscMs, 1)}× | ${fmt(median(warm.map((r) => r.rssMb)), 0)} MB |`,
  `| one page changed | ${fmt(median(onePage.map((r) => r.ms)) / 1000)} s | ${fmt(median(onePage.map((r) => r.ms)) / tscMs, 1)}× | ${fmt(median(onePage.map((r) => r.rssMb)), 0)} MB |`,
  `| one page changed, in a generator already running (median of 5 edits) | ${fmt(incremental.total / 1000)} s | ${fmt(incremental.total / tscMs, 1)}× | |`,
  `| baseline: \`tsc -p\` on the output | ${fmt(tscMs / 1000)} s | 1.0× | |`,
  '',
  `In a running generator, one page changed costs: parse ${fmt(incremental.parse, 0)} ms (every page, re-read), model ${fmt(incremental.model, 0)} ms, emit and format ${fmt(incremental.emitAndFormat, 0)} ms (the changed method's file and its family's client file; the rest from the caches), write ${fmt(incremental.write, 0)} ms.`,
  '',
  'Where a cold run goes (ms, fresh process, no cache):',
  '',
  '| loading the generator | read | parse | model | emit (ts-morph) | format (prettier) | write |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  `| ${['import', 'read', 'parse', 'model', 'emit', 'format', 'write'].map((k) => fmt(phase(k), 0)).join(' | ')} |`,
  '',
  '## Calls per second (local node:http server on 127.0.0.1, `{"ok":true}`)',
  '',
  '| client | sequential | concurrency 50 |',
  '| --- | ---: | ---: |',
  `| bare undici \`request\` (the limit) | ${fmt(calls('undici', 'sequential'), 0)} | ${fmt(calls('undici', 'concurrent'), 0)} |`,
  `| generated client | ${fmt(seqOurs, 0)} | ${fmt(conOurs, 0)} |`,
  `| @slack/web-api | ${fmt(calls('official', 'sequential'), 0)} | ${fmt(calls('official', 'concurrent'), 0)} |`,
  `| **ours / official** | **${fmt(seqOurs / calls('official', 'sequential'))}×** | **${fmt(conOurs / calls('official', 'concurrent'))}×** |`,
  `| **ours / undici** | **${fmt(seqOurs / calls('undici', 'sequential'))}×** | **${fmt(conOurs / calls('undici', 'concurrent'))}×** |`,
  '',
  '## Import and size',
  '',
  '| package | cold import over bare `node` | installed size with dependencies |',
  '| --- | ---: | ---: |',
  `| generated client (322 methods, built JS) | ${fmt(oursImport - bare, 0)} ms | ${fmt(oursSize / 2 ** 20, 1)} MB |`,
  `| @slack/web-api | ${fmt(officialImport - bare, 0)} ms | ${fmt(officialSize / 2 ** 20, 1)} MB |`,
  `| **ours / official** | **${fmt((oursImport - bare) / (officialImport - bare))}×** | **${fmt(oursSize / officialSize)}×** |`,
  '',
  `Bare \`node\` starts in ${fmt(bare, 0)} ms here.`,
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
  `- Peak RSS of a cold full generation: ${fmt(median(cold.map((r) => r.rssMb)), 0)} MB.`,
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
