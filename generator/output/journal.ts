/**
 * The commit journal beside the output folder: written before the first rename into the output
 * and deleted once the last one is done. A journal found later means a run died mid-commit; it
 * names the moves to undo, so the previous output comes back whole.
 */
import { lstatSync, mkdirSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { OutputError } from './output-error.ts';
import { isSafeRelativePath } from './relative-path.ts';
import { journalFile, scratchOwner, type Beside } from './side-files.ts';
import { writeFileAtomic } from '../disk/write-atomic.ts';
import { readIfExists } from '../disk/read-if-exists.ts';

export interface Journal {
  pid: number;
  /** Scratch folder names beside the output. */
  staging: string;
  backup: string;
  /** Paths moved from the output into the backup: put back on rollback. */
  backedUp: string[];
  /** Paths moved from staging into the output. */
  placed: string[];
  /** Placed paths that were not there before: deleted on rollback. */
  created: string[];
  /** Folders the commit creates, deepest first: removed on rollback when empty. */
  createdDirs: string[];
}

type OutputSide = Beside & { path: string };

export function writeJournal(place: Beside, journal: Journal): void {
  writeFileAtomic(journalFile(place), `${JSON.stringify(journal, null, 2)}\n`);
}

/** The journal left beside the output, or `undefined` when the last commit finished. */
export function readJournal(place: Beside): Journal | undefined {
  const path = journalFile(place);
  const text = readIfExists(path);
  if (text === undefined) return undefined;
  const journal = parseJournal(place, text);
  if (!journal)
    throw new OutputError(
      `${path} is damaged, so an interrupted write cannot be undone; check the output folder, then delete it`,
    );
  return journal;
}

function parseJournal(place: Beside, text: string): Journal | undefined {
  let j: Partial<Journal>;
  try {
    j = JSON.parse(text) as Partial<Journal>;
  } catch {
    return undefined;
  }
  const paths = (v: unknown) =>
    Array.isArray(v) && v.every((p) => typeof p === 'string' && isSafeRelativePath(p));
  // Scratch names are checked against our own pattern: a rollback deletes them.
  const ok =
    typeof j.pid === 'number' &&
    typeof j.staging === 'string' &&
    scratchOwner(place, j.staging, ['staging']) !== undefined &&
    typeof j.backup === 'string' &&
    scratchOwner(place, j.backup, ['backup']) !== undefined &&
    paths(j.backedUp) &&
    paths(j.placed) &&
    paths(j.created) &&
    paths(j.createdDirs);
  return ok ? (j as Journal) : undefined;
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch (err) {
    if ((err as { code?: string }).code === 'ENOENT') return false;
    throw err;
  }
}

/** Undoes a commit from any point it reached; running it twice is harmless. Deletes the journal last. */
export function rollBack(place: OutputSide, journal: Journal): void {
  const backup = join(place.parent, journal.backup);
  for (const path of journal.backedUp) {
    const saved = join(backup, path);
    if (!exists(saved)) continue; // never moved aside: the old version is still in place
    mkdirSync(dirname(join(place.path, path)), { recursive: true });
    renameSync(saved, join(place.path, path));
  }
  for (const path of journal.created) rmSync(join(place.path, path), { force: true });
  for (const dir of journal.createdDirs) removeIfEmpty(join(place.path, dir));
  rmSync(join(place.parent, journal.staging), { recursive: true, force: true });
  rmSync(backup, { recursive: true, force: true });
  rmSync(journalFile(place), { force: true });
}

/** Removes a folder only when nothing is in it; `false` when it stays. */
export function removeIfEmpty(dir: string): boolean {
  try {
    rmdirSync(dir);
    return true;
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'ENOENT' || code === 'ENOTDIR') return false;
    throw err;
  }
}

/** Rolls back a commit a dead run left half done; `true` when there was one. Call while holding the lock. */
export function recoverInterrupted(place: OutputSide): boolean {
  const journal = readJournal(place);
  if (!journal) return false;
  rollBack(place, journal);
  return true;
}
