/**
 * Cold import, paired: each round starts a bare `node`, a `node` importing the built client and
 * a `node` requiring @slack/web-api, one after the other, so a drift in the machine's speed
 * moves all three alike. What is compared is each package's cost over the bare start, round by
 * round, and the median of the rounds' ratios.
 *
 * Usage: tsx bench/import.mts <path of the built ESM entry> [rounds]; prints JSON.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { median, ROOT } from './timing.mts';

export interface ImportFigures {
  rounds: number;
  /** Medians, in ms. */
  bareMs: number;
  oursOverMs: number;
  officialOverMs: number;
  /** Median over rounds of (ours − bare) / (official − bare). */
  ratio: number;
}

function wallMs(args: string[]): number {
  const started = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${r.stderr.slice(0, 2000)}`);
  return performance.now() - started;
}

export function measureImports(entry: string, rounds: number): ImportFigures {
  const bare = ['-e', '0'];
  const ours = ['--input-type=module', '-e', `await import(${JSON.stringify(entry)})`];
  const official = ['-e', `require(${JSON.stringify(join(ROOT, 'node_modules', '@slack', 'web-api'))})`];
  for (const args of [bare, ours, official]) wallMs(args); // warm the file cache
  const rows = Array.from({ length: rounds }, () => {
    const b = wallMs(bare);
    return { b, o: wallMs(ours) - b, s: wallMs(official) - b };
  });
  return {
    rounds,
    bareMs: median(rows.map((r) => r.b)),
    oursOverMs: median(rows.map((r) => r.o)),
    officialOverMs: median(rows.map((r) => r.s)),
    ratio: median(rows.map((r) => r.o / Math.max(r.s, 0.1))),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [entry, rounds] = process.argv.slice(2);
  if (!entry) throw new Error('usage: tsx bench/import.mts <built ESM entry> [rounds]');
  console.log(JSON.stringify(measureImports(entry, Number(rounds ?? 21)), null, 2));
}
