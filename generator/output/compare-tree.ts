/** What differs between generated files in memory and an output folder on disk (`--check`). */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface TreeDifference {
  /** Files the generator would write that are not on disk. */
  missing: string[];
  /** Files on disk the generator would not write. */
  extra: string[];
  /** Files whose content differs, each with a short diff. */
  changed: { path: string; diff: string }[];
  clean: boolean;
}

function filesOnDisk(dir: string, base = dir): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesOnDisk(path, base) : [relative(base, path).split(sep).join('/')];
  });
}

export function compareTree(dir: string, files: ReadonlyMap<string, string>): TreeDifference {
  const onDisk = new Set(filesOnDisk(dir));
  const missing = [...files.keys()].filter((p) => !onDisk.has(p));
  const extra = [...onDisk].filter((p) => !files.has(p)).sort();
  const changed: { path: string; diff: string }[] = [];
  for (const [path, content] of files) {
    if (!onDisk.has(path)) continue;
    const current = readFileSync(join(dir, path), 'utf8');
    if (current !== content) changed.push({ path, diff: shortDiff(current, content) });
  }
  return { missing, extra, changed, clean: missing.length === 0 && extra.length === 0 && changed.length === 0 };
}

/** The first differing lines, `-` on disk and `+` generated, with a line number. */
export function shortDiff(current: string, wanted: string, maxLines = 6): string {
  const a = current.split('\n');
  const b = wanted.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length - 1;
  let endB = b.length - 1;
  while (endA > start && endB > start && a[endA] === b[endB]) {
    endA--;
    endB--;
  }
  const removed = a.slice(start, endA + 1).slice(0, maxLines).map((l) => `- ${l}`);
  const added = b.slice(start, endB + 1).slice(0, maxLines).map((l) => `+ ${l}`);
  return [`@@ line ${start + 1}`, ...removed, ...added].join('\n');
}
