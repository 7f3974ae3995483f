/** The output folder is replaced as a whole or not at all; unchanged files are left alone. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareTree } from '../../generator/output/compare-tree.ts';
import { writeTree } from '../../generator/output/write-tree.ts';

const tree = (entries: Record<string, string>) => new Map(Object.entries(entries));

describe('writing the output folder', () => {
  it('leaves the previous output intact when the generator fails halfway', () => {
    const parent = mkdtempSync(join(tmpdir(), 'out-'));
    const out = join(parent, 'generated');
    writeTree(out, tree({ 'a.ts': 'old a', 'b.ts': 'old b', 'c/d.ts': 'old d' }));
    const next = tree({ 'a.ts': 'new a', 'b.ts': 'new b', 'c/d.ts': 'new d', 'e.ts': 'new e' });
    expect(() =>
      writeTree(out, next, {
        hooks: {
          afterFile: (_p, i) => {
            if (i === 1) throw new Error('killed midway');
          },
        },
      }),
    ).toThrow('killed midway');
    expect(readFileSync(join(out, 'a.ts'), 'utf8')).toBe('old a');
    expect(readFileSync(join(out, 'c/d.ts'), 'utf8')).toBe('old d');
    expect(existsSync(join(out, 'e.ts'))).toBe(false);
    expect(readdirSync(parent)).toEqual(['generated']);
  });

  it('does not rewrite files whose content did not change', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'out-')), 'generated');
    writeTree(out, tree({ 'same.ts': 'same', 'changes.ts': 'v1' }));
    const before = statSync(join(out, 'same.ts'));
    await new Promise((r) => setTimeout(r, 20));
    const result = writeTree(out, tree({ 'same.ts': 'same', 'changes.ts': 'v2' }));
    expect(result).toEqual({ written: 1, unchanged: 1, removed: 0, upToDate: false });
    expect(statSync(join(out, 'same.ts')).mtimeMs).toBe(before.mtimeMs);
    expect(statSync(join(out, 'same.ts')).ino).toBe(before.ino);
    expect(readFileSync(join(out, 'changes.ts'), 'utf8')).toBe('v2');
    expect(writeTree(out, tree({ 'same.ts': 'same', 'changes.ts': 'v2' })).upToDate).toBe(true);
  });

  it('removes files the generator no longer makes', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'out-')), 'generated');
    writeTree(out, tree({ 'keep.ts': 'k', 'gone.ts': 'g' }));
    writeTree(out, tree({ 'keep.ts': 'k' }));
    expect(readdirSync(out)).toEqual(['.slack-codegen.json', 'keep.ts']);
  });
});

describe('comparing with what is on disk', () => {
  it('lists missing, extra and changed files with a short diff', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'out-')), 'generated');
    writeTree(out, tree({ 'a.ts': 'one\ntwo\nthree', 'b.ts': 'b' }));
    writeFileSync(join(out, 'a.ts'), 'one\nTWO\nthree');
    const diff = compareTree(out, tree({ 'a.ts': 'one\ntwo\nthree', 'c.ts': 'c' }));
    expect(diff).toEqual({
      missing: ['c.ts'],
      extra: ['b.ts'],
      changed: [{ path: 'a.ts', diff: '@@ line 2\n- TWO\n+ two' }],
      clean: false,
    });
  });
});
