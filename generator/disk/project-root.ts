/**
 * The generator's project folder, found from wherever this code runs: from its sources
 * (generator/…) or bundled into build/ (generator/build.mjs). Paths to the runtime templates,
 * the format worker and the cache are taken from it, never from a file's own depth.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'generator'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no generator project above ${from}`);
    dir = parent;
  }
  return dir;
}

/** The project's folder, with no trailing separator. */
export const PROJECT_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));

export function projectPath(...parts: string[]): string {
  return join(PROJECT_ROOT, ...parts);
}
