/**
 * Prettier, for what the final-form printers leave to it (render-files.ts): whole texts, or
 * batches of ts-morph statements printed and formatted together. Results are cached by a hash of
 * their input (so a regeneration formats only what changed); misses go to worker threads, so
 * the main thread loads neither prettier nor ts-morph's printer and goes on with its own work.
 * A handful of misses (a watch run) is formatted here instead: starting workers costs more.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import type { StatementStructures } from 'ts-morph';
import { projectPath } from '../disk/project-root.ts';
import { writeFileAtomic } from '../disk/write-atomic.ts';
import { formatJob, type FormatJob } from './format-job.mjs';
import { FormatPool } from './format-pool.ts';

export type { FormatJob };

const OPTIONS = { singleQuote: true, printWidth: 110, trailingComma: 'all', parser: 'typescript' } as const;
/** Below this many misses, starting workers costs more than it saves. */
const PARALLEL_FROM = Number(process.env['FORMAT_PARALLEL_FROM'] ?? 4);

/** Prettier's version, read without loading prettier: it keys the caches. */
export const PRETTIER_VERSION = (
  JSON.parse(
    readFileSync(join(dirname(createRequire(import.meta.url).resolve('prettier')), 'package.json'), 'utf8'),
  ) as { version: string }
).version;

export async function formatTypeScript(text: string): Promise<string> {
  return formatJob({ text }, OPTIONS);
}

/** Statements (printed, or structures for ts-morph) formatted together, each followed by `boundary`. */
export function statementsJob(
  statements: readonly (StatementStructures | string)[],
  boundary: string,
): FormatJob {
  return { statements, boundary };
}

export interface FormatOptions {
  /** Where formatted results are kept between runs; `null` turns the cache off. */
  cacheDir?: string | null;
  workers?: number;
}

export const DEFAULT_CACHE_DIR =
  process.env['SLACK_CODEGEN_CACHE'] ?? projectPath('node_modules', '.cache', 'slack-codegen', 'format');

function keyOf(job: FormatJob): string {
  const input = 'text' in job ? job.text : `statements\0${job.boundary}\0${JSON.stringify(job.statements)}`;
  return createHash('sha256')
    .update(`${PRETTIER_VERSION}\0${JSON.stringify(OPTIONS)}\0${input}`)
    .digest('hex');
}

/** Formatted results this process already read or made, by cache path. */
const formatted = new Map<string, string>();

function defaultWorkers(): number {
  return Math.min(Math.max(availableParallelism() - 1, 1), 3);
}

/** The workers of the current emit, started ahead (`prewarmFormatter`) or for many misses. */
let pool: FormatPool | null = null;

/**
 * Starts the workers now, so that they have prettier and ts-morph loaded by the time the
 * statements reach them. They do not keep the process alive; `releaseFormatter` ends them.
 */
export function prewarmFormatter(count = defaultWorkers()): void {
  pool ??= new FormatPool(count, OPTIONS);
}

/** Ends the workers (an emit calls it when it is done). */
export async function releaseFormatter(): Promise<void> {
  const ending = pool;
  pool = null;
  await ending?.release();
}

/** Formats every job, in input order. */
export async function formatAll(jobs: readonly FormatJob[], options: FormatOptions = {}): Promise<string[]> {
  const cacheDir = options.cacheDir === undefined ? DEFAULT_CACHE_DIR : options.cacheDir;
  const results = Array.from<string | undefined>({ length: jobs.length });
  const paths = jobs.map((job) => (cacheDir ? join(cacheDir, `${keyOf(job)}.ts`) : null));
  const misses: number[] = [];
  paths.forEach((path, i) => {
    const remembered = path ? formatted.get(path) : undefined;
    if (remembered !== undefined) results[i] = remembered;
    else if (path && existsSync(path)) formatted.set(path, (results[i] = readFileSync(path, 'utf8')));
    else misses.push(i);
  });
  const workers = options.workers ?? defaultWorkers();
  // Workers already started take any number of misses: the main thread then never loads prettier.
  if (workers > 0 && !pool && misses.length >= PARALLEL_FROM) pool = new FormatPool(workers, OPTIONS);
  const on = workers > 0 ? pool : null;
  const fresh = await Promise.all(
    misses.map((i) => (on ? on.format(jobs[i]!) : formatJob(jobs[i]!, OPTIONS))),
  );
  misses.forEach((i, k) => {
    results[i] = fresh[k]!;
    const path = paths[i];
    if (path) {
      writeFileAtomic(path, fresh[k]!);
      formatted.set(path, fresh[k]!);
    }
  });
  return results as string[];
}
