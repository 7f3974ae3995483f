/**
 * Regeneration after one page changed on disk, the way `--watch` runs it: `generate` whole (read
 * the folders, model, change report, emit, write) in a process that already generated once.
 * The records are copied to a scratch folder, edited there. Prints JSON: the median of 5 edits.
 * Usage: tsx bench/watch-run.mts <records dir> <out dir> [more input dirs…]
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generate, rememberBetweenRuns } from '../generator/generate.ts';
import { median } from './timing.mts';

const [records, out, ...more] = process.argv.slice(2) as [string, string, ...string[]];
const input = join(mkdtempSync(join(tmpdir(), 'watch-run-')), 'methods');
// Copied with their times: pages that did not just change are remembered, as in a real watch.
cpSync(records, input, { recursive: true, preserveTimestamps: true });
const opts = { input: [input, ...more], out, watch: true };
const print = console.log;
console.log = () => undefined;
rememberBetweenRuns();
await generate(opts);
const page = join(input, 'chat.postMessage.json');
const record = JSON.parse(readFileSync(page, 'utf8')) as { desc: string };
const runs: number[] = [];
for (let i = 0; i < 5; i++) {
  writeFileSync(page, JSON.stringify({ ...record, desc: `Sends a message to a channel (edit ${i}).` }));
  const started = performance.now();
  if ((await generate(opts)) !== 0) throw new Error('generate failed');
  runs.push(performance.now() - started);
}
print(JSON.stringify({ median: median(runs), runs: runs.map(Math.round) }));
