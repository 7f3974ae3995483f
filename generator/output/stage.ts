/** Writing files into a new staging folder, where nothing is visible in the output yet. */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { utf8Pieces } from '../disk/text-bytes.ts';

/** A text's bytes, piece by piece: a large text made of pieces is never joined into one buffer. */
function writeText(path: string, content: string): void {
  const fd = openSync(path, 'w');
  try {
    for (const piece of utf8Pieces(content))
      for (let done = 0; done < piece.length;) done += writeSync(fd, piece, done);
  } finally {
    closeSync(fd);
  }
}

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
    writeText(target, content);
    afterFile?.(path, index++);
  }
}
