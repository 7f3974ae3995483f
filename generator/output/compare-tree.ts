/**
 * What differs between generated files in memory and an output folder on disk (`--check`).
 * Only what the generator owns is compared: the paths it would write and, from the manifest,
 * the ones it wrote before. It never walks the folder, so node_modules or `--out /` cost nothing.
 */
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readJournal } from './journal.ts';
import { withOutputLockSync } from './lock.ts';
import { readManifest } from './manifest.ts';
import { withOutputErrors } from './output-error.ts';
import { locateOutput } from './output-place.ts';
import { journalFile } from './side-files.ts';

export interface TreeDifference {
  /** Files the generator would write that are not on disk. */
  missing: string[];
  /** Files the generator wrote before (per its manifest), still on disk, that it would not write now. */
  extra: string[];
  /** Files whose content differs, each with a short diff. */
  changed: { path: string; diff: string }[];
  clean: boolean;
}

/** The text of a plain file, or `undefined` when there is none (or a folder) at `path`. */
function fileText(path: string): string | undefined {
  try {
    return lstatSync(path).isDirectory() ? undefined : readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw err;
  }
}

export function compareTree(dir: string, files: ReadonlyMap<string, string>): TreeDifference {
  return withOutputErrors(dir, () => {
    const place = locateOutput(dir);
    if (!place.exists) return { missing: [...files.keys()], extra: [], changed: [], clean: files.size === 0 };
    // A run killed mid-commit left a mix of old and new: restore the old output first (under
    // the lock, which also waits for a run that is still committing).
    if (existsSync(journalFile(place)) && readJournal(place)) withOutputLockSync(dir, () => undefined);
    const manifest = readManifest(place.path);
    const missing: string[] = [];
    const changed: { path: string; diff: string }[] = [];
    for (const [path, content] of files) {
      const current = fileText(join(place.path, path));
      if (current === undefined) missing.push(path);
      else if (current !== content) changed.push({ path, diff: shortDiff(current, content) });
    }
    const owned = [...(manifest?.files.keys() ?? [])];
    const extra = owned.filter((p) => !files.has(p) && fileText(join(place.path, p)) !== undefined).sort();
    return {
      missing,
      extra,
      changed,
      clean: missing.length === 0 && extra.length === 0 && changed.length === 0,
    };
  });
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
  const removed = a
    .slice(start, endA + 1)
    .slice(0, maxLines)
    .map((l) => `- ${l}`);
  const added = b
    .slice(start, endB + 1)
    .slice(0, maxLines)
    .map((l) => `+ ${l}`);
  return [`@@ line ${start + 1}`, ...removed, ...added].join('\n');
}
