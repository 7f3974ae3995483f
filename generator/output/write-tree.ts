/**
 * Writing the generated package into its output folder. The generator owns only the files it
 * wrote (listed in `.slack-codegen.json`): those are replaced, added or removed; anything else
 * in the folder (node_modules, dist, a user's files) is never touched. A new folder is staged
 * beside the target and renamed into place; an existing one is updated by a journaled commit,
 * so a failure never leaves a half-written output. Unchanged files are not rewritten.
 */
import { renameSync, rmSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { commitPlan, type CommitStepHook } from './commit.ts';
import { MANIFEST_NAME, manifestContent, readManifest } from './manifest.ts';
import { OutputError, withOutputErrors } from './output-error.ts';
import { locateOutput, type OutputPlace } from './output-place.ts';
import { ownedPaths } from './ownership.ts';
import { changesNothing, planUpdate } from './plan.ts';
import { withOutputLockSync } from './lock.ts';
import { checkRelativePaths } from './relative-path.ts';
import { scratchName } from './side-files.ts';
import { stageFiles } from './stage.ts';
import { hashOf, knownState, recordWritten } from './written-before.ts';

export { OutputError } from './output-error.ts';

export interface WriteHooks {
  /** Called after each file is staged; a test throws here to simulate a crash midway. */
  afterFile?: (path: string, index: number) => void;
  /** Called after each rename of the commit into an existing output; a test throws here too. */
  afterCommitStep?: CommitStepHook;
}

export interface WriteOptions {
  /** Adopt a folder holding files the generator did not write, and overwrite such files at its paths. */
  force?: boolean;
  hooks?: WriteHooks;
  /** How long to wait for another run writing the same output (default 60 s). */
  lockTimeoutMs?: number;
}

export interface WriteResult {
  written: number;
  unchanged: number;
  /** Files the generator wrote before and no longer makes, now deleted. */
  removed: number;
  /** `true` when the output already matched and nothing was touched. */
  upToDate: boolean;
}

export function writeTree(
  outDir: string,
  files: ReadonlyMap<string, string>,
  options: WriteOptions = {},
): WriteResult {
  checkRelativePaths(files.keys(), 'generated file');
  if (files.has(MANIFEST_NAME))
    throw new OutputError(`generated file ${MANIFEST_NAME} clashes with the ownership manifest`);
  return withOutputErrors(outDir, () => {
    // Refuse a file or the root before creating anything (the lock lives beside the output).
    locateOutput(outDir);
    return withOutputLockSync(
      outDir,
      () => {
        // Looked at again under the lock: another run may have created it meanwhile.
        const place = locateOutput(outDir);
        return place.exists
          ? updateFolder(place, files, options)
          : writeNewFolder(place, files, options.hooks);
      },
      { timeoutMs: options.lockTimeoutMs },
    );
  });
}

/** Each file's sha256, for the manifest (a running generator hashes only the files that changed). */
function hashesOf(place: OutputPlace, files: ReadonlyMap<string, string>): Map<string, string> {
  return new Map([...files].map(([path, content]) => [path, hashOf(place.path, path, content)]));
}

/** Everything staged in a sibling folder, then one rename: the output appears whole or not at all. */
function writeNewFolder(
  place: OutputPlace,
  files: ReadonlyMap<string, string>,
  hooks: WriteHooks = {},
): WriteResult {
  const staging = join(place.parent, scratchName(place, 'staging'));
  const hashes = hashesOf(place, files);
  try {
    const manifest = manifestContent(files, (path) => hashes.get(path)!);
    stageFiles(staging, new Map([...files, [MANIFEST_NAME, manifest]]), hooks.afterFile);
    renameSync(staging, place.path);
  } catch (err) {
    rmSync(staging, { recursive: true, force: true });
    throw err;
  }
  recordWritten(place.path, hashes);
  return { written: files.size, unchanged: 0, removed: 0, upToDate: false };
}

function updateFolder(
  place: OutputPlace,
  files: ReadonlyMap<string, string>,
  options: WriteOptions,
): WriteResult {
  const force = options.force === true;
  const manifest = readManifest(place.path, force);
  const owned = ownedPaths(place, files, manifest, force);
  const hashes = hashesOf(place, files);
  const next = manifestContent(files, (path) => hashes.get(path)!);
  const known = (path: string, stat: Stats) => knownState(place.path, path, stat, hashes.get(path)!);
  const plan = planUpdate(place.path, files, owned, { old: manifest?.text, next }, known);
  if (changesNothing(plan)) {
    recordWritten(place.path, hashes);
    return { written: 0, unchanged: plan.unchanged, removed: 0, upToDate: true };
  }
  const staging = scratchName(place, 'staging');
  try {
    stageFiles(join(place.parent, staging), plan.stage, options.hooks?.afterFile);
    commitPlan(place, plan, staging, options.hooks?.afterCommitStep);
  } finally {
    // Gone already after a commit or a rollback; this covers a failure while staging.
    rmSync(join(place.parent, staging), { recursive: true, force: true });
  }
  recordWritten(place.path, hashes);
  return { written: plan.written, unchanged: plan.unchanged, removed: plan.removed.length, upToDate: false };
}
