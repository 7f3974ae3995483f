/**
 * Prettier, once per file: results are cached by a hash of their input (so a regeneration
 * formats only what changed), and cache misses are formatted on worker threads in parallel.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { format, version } from 'prettier';
import { writeFileAtomic } from '../disk/write-atomic.ts';

const OPTIONS = { singleQuote: true, printWidth: 110, trailingComma: 'all', parser: 'typescript' } as const;
const WORKER = fileURLToPath(new URL('./format-worker.mjs', import.meta.url));
/** Below this many misses, starting workers costs more than it saves. */
const PARALLEL_FROM = Number(process.env['FORMAT_PARALLEL_FROM'] ?? 8);

export function formatTypeScript(text: string): Promise<string> {
  return format(text, OPTIONS);
}

export interface FormatOptions {
  /** Where formatted results are kept between runs; `null` turns the cache off. */
  cacheDir?: string | null;
  workers?: number;
}

export const DEFAULT_CACHE_DIR =
  process.env['SLACK_CODEGEN_CACHE'] ??
  fileURLToPath(new URL('../../node_modules/.cache/slack-codegen/format', import.meta.url));

function keyOf(text: string): string {
  return createHash('sha256')
    .update(`${version}\0${JSON.stringify(OPTIONS)}\0${text}`)
    .digest('hex');
}

/** Formatted results this process already read or made, by cache path. */
const formatted = new Map<string, string>();

/** Formats every text, in input order; each result is what `formatTypeScript` gives. */
export async function formatAll(texts: readonly string[], options: FormatOptions = {}): Promise<string[]> {
  const cacheDir = options.cacheDir === undefined ? DEFAULT_CACHE_DIR : options.cacheDir;
  const results = Array.from<string | undefined>({ length: texts.length });
  const misses: number[] = [];
  texts.forEach((text, i) => {
    const path = cacheDir ? join(cacheDir, `${keyOf(text)}.ts`) : null;
    const remembered = path ? formatted.get(path) : undefined;
    if (remembered !== undefined) results[i] = remembered;
    else if (path && existsSync(path)) formatted.set(path, (results[i] = readFileSync(path, 'utf8')));
    else misses.push(i);
  });
  const fresh =
    misses.length >= PARALLEL_FROM
      ? await formatInWorkers(
          misses.map((i) => texts[i]!),
          options.workers ?? Math.min(availableParallelism() - 1, 3),
        )
      : await Promise.all(misses.map((i) => formatTypeScript(texts[i]!)));
  misses.forEach((i, k) => {
    results[i] = fresh[k]!;
    if (cacheDir) {
      const path = join(cacheDir, `${keyOf(texts[i]!)}.ts`);
      writeFileAtomic(path, fresh[k]!);
      formatted.set(path, fresh[k]!);
    }
  });
  return results as string[];
}

/** Formats on `count` workers and on this thread too (it would otherwise only wait). */
async function formatInWorkers(texts: readonly string[], count: number): Promise<string[]> {
  const workers = Array.from({ length: Math.max(0, count) }, () => new Worker(WORKER));
  try {
    const results: string[] = Array.from({ length: texts.length }, () => '');
    let next = 0;
    const onWorker = (worker: Worker) =>
      new Promise<void>((resolve, reject) => {
        const send = () => {
          if (next >= texts.length) return resolve();
          const id = next++;
          worker.postMessage({ id, text: texts[id], options: OPTIONS });
        };
        worker.on('message', (msg: { id: number; text?: string; error?: string }) => {
          if (msg.error !== undefined) return reject(new Error(`prettier: ${msg.error}`));
          results[msg.id] = msg.text!;
          send();
        });
        worker.on('error', reject);
        send();
      });
    const onThisThread = async () => {
      while (next < texts.length) {
        const id = next++;
        results[id] = await formatTypeScript(texts[id]!);
      }
    };
    await Promise.all([...workers.map(onWorker), onThisThread()]);
    return results;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
