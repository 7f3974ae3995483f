/**
 * Which files in an existing output folder the generator may replace or remove, and when it
 * must refuse to touch the folder at all. The manifest says what the generator wrote; without
 * one, a folder holding only paths the generator is about to write is an older output of it.
 */
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_NAME, type Manifest } from './manifest.ts';
import { OutputError } from './output-error.ts';
import type { OutputPlace } from './output-place.ts';
import { foldersAbove } from './relative-path.ts';

const SHOWN = 5;

/**
 * The paths the generator owns in `place` (the manifest's; none when adopting a folder), or an
 * OutputError when the folder or a path in it belongs to someone else and `force` is not set.
 */
export function ownedPaths(
  place: OutputPlace,
  files: ReadonlyMap<string, string>,
  manifest: Manifest | undefined,
  force: boolean,
): Set<string> {
  if (manifest) {
    const strangers = [...files.keys()].filter(
      (p) => !manifest.files.has(p) && existsOnDisk(join(place.path, p)),
    );
    if (strangers.length > 0 && !force) throw refuseStrangers(place, strangers);
    return new Set(manifest.files.keys());
  }
  const foreign = foreignEntries(place.path, files, SHOWN + 1);
  if (foreign.length > 0 && !force) throw refuseFolder(place, foreign);
  // Adopted: what is there is either about to be rewritten or not ours, so nothing is removed.
  return new Set();
}

function existsOnDisk(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return false;
    throw err;
  }
}

/**
 * Up to `limit` entries of `root` that are not paths the generator writes (a folder it would
 * never write into is named as `dir/`, not walked), so the walk stays within its own tree.
 */
export function foreignEntries(root: string, files: ReadonlyMap<string, string>, limit: number): string[] {
  const folders = new Set([...files.keys()].flatMap(foldersAbove));
  const found: string[] = [];
  const visit = (dir: string, prefix: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      if (found.length >= limit) return;
      const rel = `${prefix}${entry.name}`;
      if (rel === MANIFEST_NAME) continue;
      if (!entry.isDirectory()) {
        if (!files.has(rel)) found.push(rel);
      } else if (folders.has(rel)) visit(join(dir, entry.name), `${rel}/`);
      else if (readdirSync(join(dir, entry.name)).length > 0) found.push(`${rel}/`);
    }
  };
  visit(root, '');
  return found;
}

const listed = (paths: string[]) => `${paths.slice(0, SHOWN).join(', ')}${paths.length > SHOWN ? ', …' : ''}`;

function refuseFolder(place: OutputPlace, foreign: string[]): OutputError {
  return new OutputError(
    `--out ${place.given} holds files the generator did not write (${listed(foreign)}); nothing was changed. ` +
      'Pick an empty or new folder, or pass --force to adopt it (the generator then writes its own files into it and leaves the others alone)',
  );
}

function refuseStrangers(place: OutputPlace, strangers: string[]): OutputError {
  return new OutputError(
    `--out ${place.given}: ${listed(strangers)} ${strangers.length === 1 ? 'exists' : 'exist'} but the generator did not write ${strangers.length === 1 ? 'it' : 'them'} ` +
      `(not in ${MANIFEST_NAME}); nothing was changed. Move ${strangers.length === 1 ? 'it' : 'them'} away, or pass --force to overwrite`,
  );
}
