/**
 * Regenerating as pages change: the input folders are watched, and a burst of changes gives one
 * regeneration (runs never overlap). The generator stays loaded and its caches warm, so a
 * changed page costs a fraction of a second.
 */
import { watch, type FSWatcher } from 'node:fs';

export function watchInputs(
  dirs: readonly string[],
  regenerate: () => Promise<void>,
  debounceMs = 100,
): () => void {
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
  const watchers: FSWatcher[] = dirs.map((dir) =>
    // A watched folder removed or unreadable ends its watch with a message, not the process.
    watch(dir, { recursive: true }, trigger).on('error', (err) =>
      console.error(`error: stopped watching ${dir}: ${err.message}`),
    ),
  );
  return () => {
    clearTimeout(timer);
    for (const w of watchers) w.close();
  };
}
