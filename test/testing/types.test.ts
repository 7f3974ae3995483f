/**
 * The double's API is typed by method: `on`, `respond` and `items` by the method's response and
 * item types, `fail` by its documented codes. A consumer compiles, and each misuse is an error.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCS_INPUT } from '../helpers/pages.ts';
import { generateDouble } from './double-client.ts';

const ROOT = join(DOCS_INPUT, '..');
const CONSUMER = readFileSync(join(import.meta.dirname, 'fixtures', 'typed-consumer.ts.txt'), 'utf8');

function compile(dir: string, folder: string, source: string): string[] {
  mkdirSync(join(dir, folder), { recursive: true });
  writeFileSync(join(dir, folder, 'consumer.ts'), source);
  writeFileSync(
    join(dir, folder, 'tsconfig.json'),
    JSON.stringify({ extends: '../tsconfig.json', include: ['consumer.ts'] }),
  );
  const r = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', join(dir, folder, 'tsconfig.json')], {
    encoding: 'utf8',
  });
  return `${r.stdout}${r.stderr}`.split('\n').filter((l) => l.includes(`${folder}/consumer.ts`));
}

/** The lines of the consumer that have an error (one misuse may give several messages). */
function linesWithErrors(errors: readonly string[]): number {
  return new Set(errors.map((e) => /consumer\.ts\((\d+),/.exec(e)?.[1])).size;
}

describe("the double's types", () => {
  it('accept a test that uses it as documented, and reject every misuse', async () => {
    const { dir } = await generateDouble();
    const bare = CONSUMER.replace(/^\/\/ @ts-expect-error.*\n/gm, '');
    const misuses = CONSUMER.split('\n').filter((l) => l.startsWith('// @ts-expect-error')).length;
    expect([compile(dir, 'typed', CONSUMER), linesWithErrors(compile(dir, 'typed-bare', bare))]).toEqual([
      [],
      misuses,
    ]);
  });
});
