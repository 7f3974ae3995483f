/**
 * A running generator remembers the hash and stamp of every file it wrote, and tells an unchanged
 * file by them without reading it. The output must still end up exactly as a writer without
 * memory leaves it: a file someone changed or replaced since is rewritten, and the manifest
 * hashes what is written.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MANIFEST_NAME, manifestContent } from '../../generator/output/manifest.ts';
import { writeTree } from '../../generator/output/write-tree.ts';
import { rememberWrites } from '../../generator/output/written-before.ts';
import { scratchOut, snapshot, versionFiles } from './helpers.ts';

/** Every file of the output, manifest included, by path. */
const contents = (out: string) =>
  new Map(
    [...snapshot(out)]
      .filter(([, e]) => e.kind === 'file')
      .map(([p, e]) => [p, Buffer.from(e.data, 'base64').toString('utf8')]),
  );

/** What a writer leaves for `files`: them, and their manifest. */
const expected = (files: Map<string, string>) => new Map([...files, [MANIFEST_NAME, manifestContent(files)]]);

describe('an output written by a generator that remembers what it wrote', () => {
  rememberWrites();

  it('is left untouched, every file, when the same files are written again', () => {
    const { out } = scratchOut();
    writeTree(out, versionFiles(1));
    const before = snapshot(out);
    expect(writeTree(out, versionFiles(1))).toEqual({
      written: 0,
      unchanged: 42,
      removed: 0,
      upToDate: true,
    });
    expect(snapshot(out)).toEqual(before);
  });

  it('holds the new files and their manifest after files change, appear and go', () => {
    const { out } = scratchOut();
    writeTree(out, versionFiles(1));
    const r = writeTree(out, versionFiles(2));
    expect(r).toEqual({ written: 41, unchanged: 0, removed: 1, upToDate: false });
    expect(contents(out)).toEqual(expected(versionFiles(2)));
    writeTree(out, versionFiles(3));
    expect(contents(out)).toEqual(expected(versionFiles(3)));
  });

  it('rewrites a file changed by hand since, though what it writes there did not change', () => {
    const { out } = scratchOut();
    writeTree(out, versionFiles(2));
    const file = join(out, 'methods/m0.ts');
    writeFileSync(file, `${readFileSync(file, 'utf8')}// edited by hand\n`);
    expect(writeTree(out, versionFiles(2))).toMatchObject({ written: 1, unchanged: 40 });
    expect(contents(out)).toEqual(expected(versionFiles(2)));
  });

  it('rewrites a file replaced since by another of the same size', () => {
    const { out } = scratchOut();
    writeTree(out, versionFiles(2));
    const file = join(out, 'methods/m1.ts');
    const original = readFileSync(file, 'utf8');
    writeFileSync(`${file}.new`, original.replace('version 2', 'version 9'));
    renameSync(`${file}.new`, file);
    expect(writeTree(out, versionFiles(2))).toMatchObject({ written: 1, unchanged: 40 });
    expect(readFileSync(file, 'utf8')).toBe(original);
  });
});
