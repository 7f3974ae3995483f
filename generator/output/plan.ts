/**
 * What an update of an existing output folder does, worked out before anything is touched:
 * which files to stage, which old ones to move aside, which folders appear or may empty.
 */
import { lstatSync, readFileSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_NAME } from './manifest.ts';
import { OutputError } from './output-error.ts';
import { foldersAbove } from './relative-path.ts';
import { utf8Of } from '../disk/text-bytes.ts';

export interface UpdatePlan {
  /** Content to write into the staging folder, the manifest last. */
  stage: Map<string, string>;
  /** Existing paths moved into the backup folder: replaced, removed, and the old manifest. */
  backedUp: string[];
  /** Staged paths moved into the output, in `stage` order (the manifest last). */
  placed: string[];
  /** Placed paths that did not exist before (a rollback deletes them). */
  created: string[];
  /** Folders the commit creates, deepest first (a rollback removes them if empty). */
  createdDirs: string[];
  /** Owned files no longer generated. */
  removed: string[];
  written: number;
  unchanged: number;
}

type DiskState = 'missing' | 'same' | 'different';

/** Whether the file found at a path (`stat`) holds the content to write there, when that is known without reading it. */
export type KnownState = (path: string, stat: Stats) => 'same' | 'different' | undefined;

/** What is at `path`, or `undefined` for nothing. A file on the way up counts as nothing. */
function lstatIfAny(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw err;
  }
}

/** What is at `path`: nothing, a plain file, or something else (a folder, a link). */
function kindOnDisk(path: string): 'missing' | 'file' | 'other' {
  const stat = lstatIfAny(path);
  return stat === undefined ? 'missing' : stat.isFile() ? 'file' : 'other';
}

/**
 * What the file at `path` holds next to `content`; it is not read where `known` tells (a
 * running generator knows the files it wrote, while they are still those).
 */
function diskState(root: string, path: string, content: string, known?: KnownState): DiskState {
  const full = join(root, path);
  const stat = lstatIfAny(full);
  if (stat === undefined) return 'missing';
  // Replacing a folder would throw away whatever is in it, so not even --force does that.
  if (stat.isDirectory())
    throw new OutputError(
      `${full} is a folder where the generator writes a file; nothing was changed. Move it away`,
    );
  if (!stat.isFile()) return 'different';
  const state = known?.(path, stat);
  if (state !== undefined) return state;
  const bytes = utf8Of(content);
  if (stat.size !== bytes.length) return 'different';
  return readFileSync(full).equals(bytes) ? 'same' : 'different';
}

export function planUpdate(
  root: string,
  files: ReadonlyMap<string, string>,
  owned: ReadonlySet<string>,
  manifest: { old?: string; next: string },
  known?: KnownState,
): UpdatePlan {
  const plan: UpdatePlan = {
    stage: new Map(),
    backedUp: [],
    placed: [],
    created: [],
    createdDirs: [],
    removed: [],
    written: 0,
    unchanged: 0,
  };
  const add = (path: string, content: string, state: Exclude<DiskState, 'same'>) => {
    plan.stage.set(path, content);
    plan.placed.push(path);
    (state === 'missing' ? plan.created : plan.backedUp).push(path);
  };
  for (const [path, content] of files) {
    const state = diskState(root, path, content, known);
    if (state === 'same') plan.unchanged++;
    else {
      add(path, content, state);
      plan.written++;
    }
  }
  for (const path of [...owned].sort()) {
    // Only a plain file is removed: a folder or link now at an owned path is someone else's.
    if (files.has(path) || kindOnDisk(join(root, path)) !== 'file') continue;
    plan.removed.push(path);
    plan.backedUp.push(path);
  }
  if (manifest.old !== manifest.next)
    add(MANIFEST_NAME, manifest.next, manifest.old === undefined ? 'missing' : 'different');
  plan.createdDirs = missingFolders(root, plan.created);
  return plan;
}

export const changesNothing = (plan: UpdatePlan): boolean =>
  plan.placed.length === 0 && plan.removed.length === 0;

/** The folders above `paths` that do not exist yet, deepest first. */
function missingFolders(root: string, paths: readonly string[]): string[] {
  const folders = new Set(paths.flatMap(foldersAbove));
  const missing = [...folders].filter((f) => kindOnDisk(join(root, f)) === 'missing');
  return missing.sort((a, b) => b.split('/').length - a.split('/').length || (a < b ? 1 : -1));
}
