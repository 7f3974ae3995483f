/** Timing a command in a process of its own: wall time and peak RSS (GNU time), and medians. */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
export const fmt = (n: number, d = 2): string => n.toFixed(d);
export const log = (m: string): void => void process.stderr.write(`${m}\n`);

export function timed(
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
