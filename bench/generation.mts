/**
 * Generation of the complete client (the reference records with the recorded responses): cold,
 * warm, one page changed (in a new process and in a running generator), phase by phase, against
 * `tsc` checking the output, and how reading one page grows with its size. `generationSection`
 * gives BENCHMARKS.md's section (bench/run.mts); run alone (`npm run bench -- generation`), this
 * file measures and replaces that section of BENCHMARKS.md in place.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fmt, log, median, ROOT, timed } from './timing.mts';

const RECORDS = join(ROOT, '..', 'shared', 'slack-reference', 'methods');
const RESPONSES = join(ROOT, '..', 'shared', 'slack-responses');
const TSC = join(ROOT, 'node_modules', '.bin', 'tsc');
const node = process.execPath;
const BUNDLE = join(ROOT, 'build', 'generator', 'cli.mjs');
const TSX = ['--import', 'tsx', join(ROOT, 'generator', 'cli.ts')];
/**
 * A copy of the project before a change (`git archive HEAD | tar -x -C DIR`, its node_modules
 * linked to this one's), to measure the previous pipeline in the same run: BENCH_BEFORE=DIR.
 */
const BEFORE = process.env['BENCH_BEFORE'];

export interface Generation {
  lines: string[];
  /** The full client the runs wrote (the other measures build and call it). */
  out: string;
  coldRssMb: number;
}

/** Cold runs: a new process, no cache, no output; `cli` is the command line after `node`. */
function coldRuns(cli: string[], out: string, cacheRoot: string, inputs: string[], runs: number) {
  return Array.from({ length: runs }, () => {
    rmSync(cacheRoot, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
    return timed(node, [...cli, ...inputs, '--out', out], { SLACK_CODEGEN_CACHE: join(cacheRoot, 'format') });
  });
}

function onePageRuns(scratch: string, out: string, cacheRoot: string, runs: number) {
  const changed = join(scratch, 'records-changed');
  cpSync(RECORDS, changed, { recursive: true });
  return Array.from({ length: runs }, (_, i) => {
    const file = join(changed, 'chat.postMessage.json');
    const record = JSON.parse(readFileSync(file, 'utf8')) as { desc: string };
    record.desc = `Sends a message to a channel (edit ${i}).`;
    writeFileSync(file, JSON.stringify(record));
    const inputs = ['--input', changed, '--input', RESPONSES];
    return timed(node, [BUNDLE, ...inputs, '--out', out], { SLACK_CODEGEN_CACHE: join(cacheRoot, 'format') });
  });
}

function measured(scratch: string, runs: number) {
  execFileSync(node, [join(ROOT, 'generator', 'build.mjs')], { cwd: ROOT });
  const out = join(scratch, 'full');
  const cacheRoot = join(scratch, 'cache');
  const inputs = ['--input', RECORDS, '--input', RESPONSES];
  log('generation: cold…');
  const cold = coldRuns([BUNDLE], out, cacheRoot, inputs, runs);
  const coldTsx = coldRuns(TSX, out, cacheRoot, inputs, Math.min(runs, 3));
  const before = BEFORE
    ? coldRuns(
        ['--import', 'tsx', join(BEFORE, 'generator', 'cli.ts')],
        join(scratch, 'before'),
        cacheRoot,
        inputs,
        runs,
      )
    : null;
  log('generation: warm and one page changed…');
  const warm = Array.from({ length: runs }, () => {
    rmSync(out, { recursive: true, force: true });
    return timed(node, [BUNDLE, ...inputs, '--out', out], { SLACK_CODEGEN_CACHE: join(cacheRoot, 'format') });
  });
  const onePage = onePageRuns(scratch, out, cacheRoot, runs);
  const incremental = JSON.parse(
    timed(
      node,
      ['--import', 'tsx', join(ROOT, 'bench/incremental.mts'), RECORDS, join(scratch, 'inc-out'), RESPONSES],
      {
        SLACK_CODEGEN_CACHE: join(scratch, 'inc-cache', 'format'),
      },
    ).out,
  ) as { total: number; parse: number; model: number; emitAndFormat: number; write: number };
  const load = median(Array.from({ length: runs }, () => timed(node, [BUNDLE, '--help']).ms));
  const bare = median(Array.from({ length: runs }, () => timed(node, ['-e', '0']).ms));
  const phases = Array.from(
    { length: runs },
    () =>
      JSON.parse(
        timed(node, [
          '--import',
          'tsx',
          join(ROOT, 'bench/phases.mts'),
          RECORDS,
          join(scratch, 'phases-out'),
          RESPONSES,
        ]).out,
      ) as Record<string, number>,
  );
  const tsc = median(Array.from({ length: runs }, () => timed(TSC, ['-p', join(out, 'tsconfig.json')]).ms));
  log('generation: page sizes…');
  const sizes = JSON.parse(timed(node, ['--import', 'tsx', join(ROOT, 'bench/page-size.mts')]).out) as Record<
    'text' | 'html',
    Record<string, number>
  >;
  return { out, cold, coldTsx, before, warm, onePage, incremental, load: load - bare, phases, tsc, sizes };
}

type Measured = ReturnType<typeof measured>;

function runRow(label: string, rs: { ms: number; rssMb: number }[], tsc: number, rss = true): string {
  const ms = median(rs.map((r) => r.ms));
  const memory = rss ? `${fmt(median(rs.map((r) => r.rssMb)), 0)} MB` : '';
  return `| ${label} | ${fmt(ms / 1000)} s | ${fmt(ms / tsc, 1)}× | ${memory} |`;
}

function sectionLines(m: Measured, runs: number): string[] {
  const phase = (k: string) => fmt(median(m.phases.map((p) => p[k])), 0);
  const size = (f: 'text' | 'html', mb: string) => m.sizes[f][mb];
  const sizeRow = (f: 'text' | 'html', label: string) =>
    `| ${label} | ${fmt(size(f, '0.5'), 0)} ms | ${fmt(size(f, '5'), 0)} ms | ${fmt(size(f, '5') / size(f, '0.5'), 1)}× |`;
  return [
    `## Generation (322 methods: the reference records and the recorded responses; medians of ${runs})`,
    '',
    '| run | time | vs `tsc` checking the output | peak RSS |',
    '| --- | ---: | ---: | ---: |',
    runRow('cold (new process, empty caches)', m.cold, m.tsc),
    runRow('cold, from the TypeScript sources through tsx (no build step)', m.coldTsx, m.tsc),
    ...(m.before
      ? [
          runRow(
            'cold, the previous pipeline (ts-morph and prettier on every file, through tsx)',
            m.before,
            m.tsc,
          ),
        ]
      : []),
    runRow('warm (caches filled, output removed)', m.warm, m.tsc),
    runRow('one page changed (new process)', m.onePage, m.tsc),
    runRow(
      'one page changed, in a generator already running (median of 5 edits)',
      [{ ms: m.incremental.total, rssMb: 0 }],
      m.tsc,
      false,
    ),
    `| baseline: \`tsc -p\` on the output | ${fmt(m.tsc / 1000)} s | 1.0× | |`,
    '',
    `In a running generator, one page changed costs: parse ${fmt(m.incremental.parse, 0)} ms (every page, re-read), model ${fmt(m.incremental.model, 0)} ms, emit ${fmt(m.incremental.emitAndFormat, 0)} ms (the changed method's file, its family's client file and its text in model.json; the rest from the caches), write ${fmt(m.incremental.write, 0)} ms.`,
    '',
    'Where a cold run goes (ms; loading is the bundle over bare `node`, the rest in one process, no cache):',
    '',
    '| loading the generator | read | parse | model | emit (final form) | write |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
    `| ${fmt(m.load, 0)} | ${['read', 'parse', 'model', 'emit', 'write'].map(phase).join(' | ')} |`,
    '',
    'Reading one page as it grows (its body repeated; `bench/page-size.mts`):',
    '',
    '| page | 0.5 MB | 5 MB | 5 MB / 0.5 MB (10× the text) |',
    '| --- | ---: | ---: | ---: |',
    sizeRow('text', 'text (oauth.v2.access.txt)'),
    sizeRow('html', 'HTML (Slack.Web.Pins.html)'),
    '',
  ];
}

export function generationSection(scratch: string, runs: number): Generation {
  const m = measured(scratch, Math.max(runs, 5));
  // The raw figures, for a reader who wants more than the medians.
  log(JSON.stringify({ ...m, out: undefined }));
  return {
    lines: sectionLines(m, Math.max(runs, 5)),
    out: m.out,
    coldRssMb: median(m.cold.map((r) => r.rssMb)),
  };
}

/** BENCHMARKS.md with its generation section replaced. */
export function spliceGeneration(markdown: string, lines: readonly string[]): string {
  const start = markdown.indexOf('## Generation');
  const end = markdown.indexOf('\n## ', start + 1);
  if (start === -1 || end === -1) throw new Error('BENCHMARKS.md has no generation section to replace');
  return `${markdown.slice(0, start)}${lines.join('\n')}${markdown.slice(end)}`;
}
