/**
 * Writing the generated package as a whole: into a staging folder beside the target, then
 * swapped into place, so that a failure never leaves a half-written output folder. Files whose
 * content did not change are linked from the old output, not rewritten (their times stay).
 */
import { existsSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { compareTree } from './compare-tree.ts';

export interface WriteHooks {
  /** Called after each file is staged; a test throws here to simulate a crash midway. */
  afterFile?: (path: string, index: number) => void;
}

export interface WriteResult {
  written: number;
  unchanged: number;
  /** `true` when the output already matched and nothing was touched. */
  upToDate: boolean;
}

export function writeTree(outDir: string, files: ReadonlyMap<string, string>, hooks: WriteHooks = {}): WriteResult {
  const hadPrevious = existsSync(outDir);
  if (hadPrevious && compareTree(outDir, files).clean) return { written: 0, unchanged: files.size, upToDate: true };
  const parent = dirname(outDir);
  mkdirSync(parent, { recursive: true });
  const stamp = `${process.pid}-${Date.now()}`;
  const staging = join(parent, `.${basename(outDir)}.new-${stamp}`);
  const previous = join(parent, `.${basename(outDir)}.old-${stamp}`);
  let written = 0;
  let unchanged = 0;
  try {
    let index = 0;
    for (const [path, content] of files) {
      const target = join(staging, path);
      const old = join(outDir, path);
      mkdirSync(dirname(target), { recursive: true });
      if (hadPrevious && existsSync(old) && readFileSync(old, 'utf8') === content) {
        linkSync(old, target);
        unchanged++;
      } else {
        writeFileSync(target, content);
        written++;
      }
      hooks.afterFile?.(path, index++);
    }
  } catch (err) {
    rmSync(staging, { recursive: true, force: true });
    throw err;
  }
  if (hadPrevious) renameSync(outDir, previous);
  try {
    renameSync(staging, outDir);
  } catch (err) {
    if (hadPrevious) renameSync(previous, outDir);
    rmSync(staging, { recursive: true, force: true });
    throw err;
  }
  if (hadPrevious) rmSync(previous, { recursive: true, force: true });
  return { written, unchanged, upToDate: false };
}
