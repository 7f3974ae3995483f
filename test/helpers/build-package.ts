/** Builds a generated package folder as `npm run build` does: declarations by tsc, bundles by its build.mjs. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'node_modules', '.bin');

/** The build's output when it failed, `''` when it succeeded. */
export function buildPackage(dir: string): string {
  const env = { ...process.env, PATH: `${BIN}:${process.env['PATH'] ?? ''}` };
  const tsc = spawnSync(join(BIN, 'tsc'), ['-p', join(dir, 'tsconfig.build.json')], { encoding: 'utf8' });
  if (tsc.status !== 0) return `tsc: ${tsc.stdout}${tsc.stderr}`;
  const bundle = spawnSync(process.execPath, ['build.mjs'], { cwd: dir, encoding: 'utf8', env });
  return bundle.status === 0 ? '' : `build.mjs: ${bundle.stdout}${bundle.stderr}`;
}
