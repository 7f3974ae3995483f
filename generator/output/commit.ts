/**
 * Putting staged files into an existing output folder by renames, with a journal so that a
 * failure (or a killed process, on the next run) rolls everything back: the output is either the
 * old one or the new one, never a mix.
 */
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { removeIfEmpty, rollBack, writeJournal, type Journal } from './journal.ts';
import { OutputError } from './output-error.ts';
import type { OutputPlace } from './output-place.ts';
import type { UpdatePlan } from './plan.ts';
import { foldersAbove } from './relative-path.ts';
import { journalFile, scratchName } from './side-files.ts';

export type CommitStepHook = (step: string, index: number) => void;

function move(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  renameSync(from, to);
}

/** Commits `plan` from the staging folder named `staging` (beside the output). */
export function commitPlan(
  place: OutputPlace,
  plan: UpdatePlan,
  staging: string,
  afterStep?: CommitStepHook,
): void {
  const journal: Journal = {
    pid: process.pid,
    staging,
    backup: scratchName(place, 'backup'),
    backedUp: plan.backedUp,
    placed: plan.placed,
    created: plan.created,
    createdDirs: plan.createdDirs,
  };
  writeJournal(place, journal);
  try {
    moveAll(place, journal, afterStep);
  } catch (err) {
    rollBackAfter(place, journal, err);
    throw err;
  }
  // The commit point: from here on a crash leaves the new output (and scratch folders to tidy).
  rmSync(journalFile(place), { force: true });
  rmSync(join(place.parent, journal.backup), { recursive: true, force: true });
  rmSync(join(place.parent, staging), { recursive: true, force: true });
  removeEmptiedFolders(place.path, plan.removed);
}

/** Old versions aside first, then every new file in: a rollback can tell each state apart. */
function moveAll(place: OutputPlace, journal: Journal, afterStep?: CommitStepHook): void {
  const backup = join(place.parent, journal.backup);
  let index = 0;
  for (const path of journal.backedUp) {
    move(join(place.path, path), join(backup, path));
    afterStep?.(`back up ${path}`, index++);
  }
  for (const path of journal.placed) {
    move(join(place.parent, journal.staging, path), join(place.path, path));
    afterStep?.(`place ${path}`, index++);
  }
}

function rollBackAfter(place: OutputPlace, journal: Journal, cause: unknown): void {
  try {
    rollBack(place, journal);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new OutputError(
      `writing ${place.given} failed (${cause instanceof Error ? cause.message : String(cause)}) and undoing it failed too (${why}); ` +
        `the next run restores the previous output from ${journalFile(place)}`,
      { cause: err },
    );
  }
}

/** Folders that held only removed files go too; any folder with something else in it stays. */
function removeEmptiedFolders(root: string, removed: readonly string[]): void {
  const folders = new Set(removed.flatMap(foldersAbove));
  const deepestFirst = [...folders].sort((a, b) => b.split('/').length - a.split('/').length);
  for (const folder of deepestFirst) removeIfEmpty(join(root, folder));
}
