/**
 * What an update of an existing output folder does, worked out before anything is touched:
 * which files to stage, which old ones to move aside, which folders appear or may empty.
 */
import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_NAME } from './manifest.ts';
import { OutputError } from './output-error.ts';
import { foldersAbove } from './relative-path.ts';

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

/** What is at `path`: nothing, a plain file, or something else (a folder, a link). A file on the way up counts as nothing. */
function kindOnDisk(path: string): 'missing' | 'file' | 'other' {
  try {
    return lstatSync(path).isFile() ? 'file' : 'other';
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return 'missing';
    throw err;
  }
}

function diskState(path: string, content: string): DiskState {
  const kind = kindOnDisk(path);
  if (kind === 'missing') return 'missing';
  const stat = lstatSync(path);
  // Replacing a folder would throw away whatever is in it, so not even --force does that.
  if (stat.isDirectory())
    throw new OutputError(
      `${path} is a folder where the generator writes a file; nothing was changed. Move it away`,
    );
  const bytes = Buffer.from(content);
  if (!stat.isFile() || stat.size !== bytes.length) return 'different';
  return readFileSync(path).equals(bytes) ? 'same' : 'different';
}

export function planUpdate(
  root: string,
  files: ReadonlyMap<string, string>,
  owned: ReadonlySet<string>,
  manifest: { old?: string; next: string },
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
    const state = diskState(join(root, path), content);
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
