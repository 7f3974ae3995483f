/** A file's text, or `undefined` when there is no such file; any other failure is thrown. */
import { readFileSync } from 'node:fs';

export function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as { code?: string }).code === 'ENOENT') return undefined;
    throw err;
  }
}
