/** Recorded responses by method name, from a folder of `<method>.json`. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function readRecordings(dir: string): Map<string, unknown> {
  return new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown]),
  );
}
