/**
 * Cold import, paired: each round starts a bare `node`, then a `node` loading each candidate (the
 * built client's main entry as an ES module and as CommonJS, the main entry with `./methods`,
 * and @slack/web-api required), one after the other, so a drift in the machine's speed moves
 * all alike. What is compared is each candidate's cost over the bare start, round by round, and
 * the median of the rounds' ratios to the official SDK's cost.
 *
 * Usage: tsx bench/import.mts <built package folder> [rounds]; prints JSON.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { median, ROOT } from './timing.mts';

/** One candidate: its median cost over a bare start (ms) and the median ratio to the official SDK's. */
export interface ImportFigure {
  overMs: number;
  ratio: number;
}

export interface ImportFigures {
  rounds: number;
  /** Median of the bare starts, in ms. */
  bareMs: number;
  officialOverMs: number;
  esm: ImportFigure;
  cjs: ImportFigure;
  withMethods: ImportFigure;
}

function wallMs(args: string[]): number {
  const started = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${r.stderr.slice(0, 2000)}`);
  return performance.now() - started;
}

/** The command lines, each loading one candidate from the built package in `pkg`. */
function candidates(pkg: string): Record<'bare' | 'esm' | 'cjs' | 'withMethods' | 'official', string[]> {
  const esm = (code: string) => ['--input-type=module', '-e', code];
  const path = (...parts: string[]) => JSON.stringify(join(pkg, 'dist', ...parts));
  return {
    bare: ['-e', '0'],
    esm: esm(`await import(${path('esm', 'index.js')})`),
    cjs: ['-e', `require(${path('cjs', 'index.js')})`],
    withMethods: esm(
      `await Promise.all([import(${path('esm', 'index.js')}), import(${path('esm', 'methods.js')})])`,
    ),
    official: ['-e', `require(${JSON.stringify(join(ROOT, 'node_modules', '@slack', 'web-api'))})`],
  };
}

export function measureImports(pkg: string, rounds: number): ImportFigures {
  const lines = candidates(pkg);
  for (const args of Object.values(lines)) wallMs(args); // warm the file cache
  const rows = Array.from({ length: rounds }, () => {
    const bare = wallMs(lines.bare);
    const over = (args: string[]) => wallMs(args) - bare;
    return {
      bare,
      esm: over(lines.esm),
      cjs: over(lines.cjs),
      withMethods: over(lines.withMethods),
      official: over(lines.official),
    };
  });
  const figure = (key: 'esm' | 'cjs' | 'withMethods'): ImportFigure => ({
    overMs: median(rows.map((r) => r[key])),
    ratio: median(rows.map((r) => r[key] / Math.max(r.official, 0.1))),
  });
  return {
    rounds,
    bareMs: median(rows.map((r) => r.bare)),
    officialOverMs: median(rows.map((r) => r.official)),
    esm: figure('esm'),
    cjs: figure('cjs'),
    withMethods: figure('withMethods'),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [pkg, rounds] = process.argv.slice(2);
  if (!pkg) throw new Error('usage: tsx bench/import.mts <built package folder> [rounds]');
  console.log(JSON.stringify(measureImports(pkg, Number(rounds ?? 21)), null, 2));
}
