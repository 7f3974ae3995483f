/**
 * What this process last wrote into each output folder: every file's hash and the stamp the file
 * had on disk right after. A running generator (--watch) then tells an unchanged file by its
 * stamp and hash alone, without reading its megabytes again. A file someone else touched since
 * has another stamp (a write moves its times, a replacement changes its inode) and is read as
 * usual. Only a write in place by someone else within the same tick of the file clock, keeping
 * the size, would go unseen: the inputs, which people and tools edit while the generator
 * watches, are held to a stricter rule (generator/disk/file-stamp.ts). A single run remembers
 * nothing.
 */
import { lstatSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { fileStamp } from '../disk/file-stamp.ts';
import { hasPieces } from '../disk/text-bytes.ts';
import { sha256 } from './manifest.ts';

/** By output folder, then path: the content last hashed, and the file last written. */
const hashed = new Map<string, Map<string, { content: string; hash: string }>>();
const written = new Map<string, Map<string, { stamp: string; hash: string }>>();
let remembering = false;

/** From now on, remember what is written (a running generator calls it once). */
export function rememberWrites(): void {
  remembering = true;
}

/** Forgets every output (for tests that write an output anew). */
export function forgetWrites(): void {
  hashed.clear();
  written.clear();
}

/**
 * The sha256 of a file's content, hashed again only when the content at that path changed. A
 * text registered in pieces (model.json) is hashed from them: comparing it whole with the last
 * one would cost more.
 */
export function hashOf(root: string, path: string, content: string): string {
  if (!remembering || hasPieces(content)) return sha256(content);
  const known = hashed.get(root)?.get(path);
  if (known?.content === content) return known.hash;
  const hash = sha256(content);
  if (!hashed.has(root)) hashed.set(root, new Map());
  hashed.get(root)!.set(path, { content, hash });
  return hash;
}

/**
 * Whether the file at `path` in `root` (`stat`) holds the content hashed `hash`, when this
 * process wrote it and it is unchanged since; `undefined` when only reading it can tell.
 */
export function knownState(
  root: string,
  path: string,
  stat: Stats,
  hash: string,
): 'same' | 'different' | undefined {
  const file = written.get(root)?.get(path);
  if (file?.stamp !== fileStamp(stat)) return undefined;
  return file.hash === hash ? 'same' : 'different';
}

/** Remembers the files of `root`, by their hashes, as it now holds them (call once they are in place). */
export function recordWritten(root: string, hashes: ReadonlyMap<string, string>): void {
  if (!remembering) return;
  const now = new Map<string, { stamp: string; hash: string }>();
  for (const [path, hash] of hashes) now.set(path, { stamp: fileStamp(lstatSync(join(root, path))), hash });
  written.set(root, now);
}
