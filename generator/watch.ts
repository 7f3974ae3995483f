/**
 * Regenerating as pages change: the input folders are watched, and a burst of changes gives one
 * regeneration (runs never overlap). The generator stays loaded and its caches warm, so a
 * changed page costs a fraction of a second.
 *
 * Every folder is watched on its own, not with `recursive: true`: on Linux, Node 20 emulates a
 * recursive watch by watching each file, and a file an editor saves by writing a new file and
 * renaming it over the old one (sed -i, many editors' "safe write") then goes unseen for seconds,
 * its watch left on the old file. A folder's own watch sees every entry written, renamed or
 * removed in it. A folder made later is watched from the first event in its parent.
 */
import { readdirSync, realpathSync, statSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The folders to watch for one input: a folder and those under it (links followed, loops not), or a file's own folder. */
function foldersOf(input: string, seen: Set<string>): string[] {
  let real: string;
  try {
    real = realpathSync(input);
    if (!statSync(real).isDirectory()) return [dirname(input)];
  } catch {
    return [];
  }
  if (seen.has(real)) return [];
  seen.add(real);
  const folders = [input];
  try {
    for (const entry of readdirSync(input, { withFileTypes: true }))
      if (entry.isDirectory() || entry.isSymbolicLink())
        folders.push(...foldersOf(join(input, entry.name), seen));
  } catch {
    // A folder that cannot be listed now is read, and reported, by the next run.
  }
  return folders;
}

/** Runs `regenerate` after each burst of calls to the returned trigger; never two runs at once. */
function debounced(
  regenerate: () => Promise<void>,
  debounceMs: number,
): { trigger: () => void; stop: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let pending = false;
  const fire = async () => {
    if (running) {
      pending = true;
      return;
    }
    running = true;
    try {
      await regenerate();
    } catch (err) {
      // A run reports its own problems; whatever still escapes must not end the watch.
      console.error(`error: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      running = false;
      if (pending) {
        pending = false;
        void fire();
      }
    }
  };
  const trigger = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void fire(), debounceMs);
  };
  return { trigger, stop: () => clearTimeout(timer) };
}

/** What to watch for one input: its folders, and for a file input the one name to heed in its folder. */
function watchedFor(input: string): { folders: string[]; onlyFile: string | null } {
  const folders = foldersOf(input, new Set());
  // A folder input lists itself first; a file input gives the folder it sits in.
  return folders[0] === input || folders.length === 0
    ? { folders, onlyFile: null }
    : { folders, onlyFile: basename(input) };
}

export function watchInputs(
  inputs: readonly string[],
  regenerate: () => Promise<void>,
  debounceMs = 50,
): () => void {
  const { trigger, stop } = debounced(regenerate, debounceMs);
  const watchers = new Map<string, FSWatcher>();
  const watchFolder = (folder: string, onlyFile: string | null, isRoot: boolean) => {
    if (watchers.has(folder)) return;
    const watcher = watch(folder, (_event, name) => {
      if (onlyFile !== null && name !== null && name !== onlyFile) return;
      // A folder made since is watched from now on (the entry named, or the whole folder where
      // the platform names none); what is already watched is left as it is.
      if (onlyFile === null)
        for (const f of foldersOf(name === null ? folder : join(folder, name), new Set()))
          watchFolder(f, null, false);
      trigger();
    });
    // A watched folder removed or unreadable ends its watch, not the process; an input's own says so.
    watcher.on('error', (err) => {
      watcher.close();
      watchers.delete(folder);
      if (isRoot) console.error(`error: stopped watching ${folder}: ${err.message}`);
    });
    watchers.set(folder, watcher);
  };
  for (const input of inputs) {
    const { folders, onlyFile } = watchedFor(input);
    folders.forEach((f, i) => watchFolder(f, onlyFile, i === 0));
  }
  return () => {
    stop();
    for (const w of watchers.values()) w.close();
  };
}
