/**
 * Writing the generated package as a whole: into a temporary folder beside the target, then
 * swapped into place, so that a failure never leaves a half-written output folder.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export function writeTree(outDir: string, files: ReadonlyMap<string, string>): void {
  const parent = dirname(outDir);
  mkdirSync(parent, { recursive: true });
  const stamp = `${process.pid}-${Date.now()}`;
  const staging = join(parent, `.${basename(outDir)}.new-${stamp}`);
  const previous = join(parent, `.${basename(outDir)}.old-${stamp}`);
  try {
    for (const [path, content] of files) {
      const target = join(staging, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content);
    }
  } catch (err) {
    rmSync(staging, { recursive: true, force: true });
    throw err;
  }
  const hadPrevious = existsSync(outDir);
  if (hadPrevious) renameSync(outDir, previous);
  try {
    renameSync(staging, outDir);
  } catch (err) {
    if (hadPrevious) renameSync(previous, outDir);
    rmSync(staging, { recursive: true, force: true });
    throw err;
  }
  if (hadPrevious) rmSync(previous, { recursive: true, force: true });
}
