/** Writing files into a new staging folder, where nothing is visible in the output yet. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function stageFiles(
  staging: string,
  files: ReadonlyMap<string, string>,
  afterFile?: (path: string, index: number) => void,
): void {
  // Not recursive: the folder must be new, never one another run is using.
  mkdirSync(staging);
  let index = 0;
  for (const [path, content] of files) {
    const target = join(staging, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
    afterFile?.(path, index++);
  }
}
