// `npm run generate`: runs the bundled command line (build/generator/cli.mjs), building it first when it is
// missing or older than any source of the generator, so an edit is never run stale.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUNDLE = join(ROOT, 'build', 'generator', 'cli.mjs');

/** The newest modification time among the generator's sources. */
function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (/\.(ts|mts|mjs)$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function bundleTime() {
  try {
    return statSync(BUNDLE).mtimeMs;
  } catch {
    return -1;
  }
}

if (bundleTime() < newestSource(join(ROOT, 'generator'))) {
  const { buildGenerator } = await import('./build.mjs');
  await buildGenerator();
}
await import(BUNDLE);
