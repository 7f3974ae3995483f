/**
 * `npm run bench:generation`: measures generation alone (bench/generation.mts) and replaces the
 * generation section of BENCHMARKS.md, and its peak memory line, leaving the other sections as
 * `npm run bench` last wrote them.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generationSection, spliceGeneration } from './generation.mts';
import { fmt, log, ROOT } from './timing.mts';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
const parent = join(ROOT, 'node_modules', '.cache');
mkdirSync(parent, { recursive: true });
const scratch = mkdtempSync(join(parent, 'bench-generation-'));
try {
  const generation = generationSection(scratch, RUNS);
  const path = join(ROOT, 'BENCHMARKS.md');
  const markdown = spliceGeneration(readFileSync(path, 'utf8'), generation.lines).replace(
    /- Peak RSS of a cold full generation: [\d.]+ MB\./,
    `- Peak RSS of a cold full generation: ${fmt(generation.coldRssMb, 0)} MB.`,
  );
  writeFileSync(path, markdown);
  log('wrote the generation section of BENCHMARKS.md');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
