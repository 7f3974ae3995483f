/**
 * Tidying beside the output folder before a run uses it: an interrupted commit is rolled back
 * first (its backup holds the old files), then scratch folders of dead runs are removed.
 * Only names that match our own pattern are touched.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { recoverInterrupted } from './journal.ts';
import { isProcessAlive } from './pid-alive.ts';
import type { OutputPlace } from './output-place.ts';
import { scratchOwner } from './side-files.ts';

/** Call while holding the output's lock. Returns the scratch folders removed. */
export function tidyBesideOutput(place: OutputPlace): string[] {
  recoverInterrupted(place);
  const removed: string[] = [];
  for (const entry of readdirSync(place.parent)) {
    const pid = scratchOwner(place, entry);
    if (pid === undefined || isProcessAlive(pid)) continue;
    rmSync(join(place.parent, entry), { recursive: true, force: true });
    removed.push(entry);
  }
  return removed;
}
