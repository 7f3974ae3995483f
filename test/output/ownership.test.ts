/** The generator replaces and removes only the files it wrote; everything else in --out stays. */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareTree } from '../../generator/output/compare-tree.ts';
import { MANIFEST_NAME, manifestContent } from '../../generator/output/manifest.ts';
import { OutputError, writeTree } from '../../generator/output/write-tree.ts';
import { filesUnder, scratchOut, snapshot, tree, versionFiles } from './helpers.ts';

function put(root: string, entries: Record<string, string>): void {
  for (const [path, content] of Object.entries(entries)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

/** What `npm install && npm run build` and the user leave in a generated package. */
const BUILT = {
  'node_modules/undici/index.js': 'module.exports = {};\n',
  'node_modules/.package-lock.json': '{}\n',
  'dist/index.js': 'export {};\n',
  'package-lock.json': '{ "lockfileVersion": 3 }\n',
  '.git/HEAD': 'ref: refs/heads/main\n',
  'notes.txt': 'my notes\n',
};

const only = (snap: Map<string, unknown>, keys: string[]) =>
  new Map([...snap].filter(([k]) => keys.some((p) => k === p || k.startsWith(p))));

describe('a folder with files the generator did not write', () => {
  it('is refused, named, and left byte-for-byte untouched', () => {
    const { parent, out } = scratchOut('myproj');
    put(out, { 'notes.txt': 'n', 'src/main.ts': 'code', 'package.json': '{}', '.git/HEAD': 'ref' });
    const before = snapshot(parent);
    let error: unknown;
    try {
      writeTree(out, versionFiles(1));
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(OutputError);
    expect((error as OutputError).exitCode).toBe(3);
    expect((error as OutputError).message).toBe(
      `--out ${out} holds files the generator did not write (.git/, notes.txt, package.json, src/); nothing was changed. ` +
        'Pick an empty or new folder, or pass --force to adopt it (the generator then writes its own files into it and leaves the others alone)',
    );
    expect(snapshot(parent)).toEqual(before);
  });

  it('names at most five of them', () => {
    const { out } = scratchOut();
    put(out, Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`f${i}.txt`, 'x'])));
    expect(() => writeTree(out, versionFiles(1))).toThrow('(f0.txt, f1.txt, f2.txt, f3.txt, f4.txt, …)');
  });

  it('is adopted with --force: the generator writes its files and leaves the others alone', () => {
    const { out } = scratchOut('myproj');
    put(out, { 'notes.txt': 'n', 'src/main.ts': 'code', '.git/HEAD': 'ref' });
    const foreign = snapshot(out);
    const result = writeTree(out, versionFiles(1, 3), { force: true });
    expect(result).toEqual({ written: 5, unchanged: 0, removed: 0, upToDate: false });
    expect(only(snapshot(out), [...foreign.keys()])).toEqual(foreign);
    expect(readFileSync(join(out, MANIFEST_NAME), 'utf8')).toBe(manifestContent(versionFiles(1, 3)));
    // From now on the manifest says what is the generator's: no --force needed, foreign files stay.
    writeTree(out, versionFiles(2, 2));
    expect(only(snapshot(out), [...foreign.keys()])).toEqual(foreign);
    expect(existsSync(join(out, 'odd'))).toBe(false);
  });

  it('is adopted silently when it holds only paths the generator is about to write (an older output)', () => {
    const { out } = scratchOut();
    const files = versionFiles(1, 3);
    put(out, Object.fromEntries([...files].slice(0, 3)));
    const result = writeTree(out, files);
    expect(result).toEqual({ written: 2, unchanged: 3, removed: 0, upToDate: false });
    expect(filesUnder(out)).toEqual([MANIFEST_NAME, ...files.keys()].sort());
  });

  it('an empty existing folder is simply written into', () => {
    const { out } = scratchOut();
    mkdirSync(out);
    expect(writeTree(out, tree({ 'a.ts': 'a' })).written).toBe(1);
  });
});

describe('regenerating a package the user built', () => {
  it('keeps node_modules, dist, package-lock.json, .git and their notes while updating its own files', () => {
    const { out } = scratchOut();
    writeTree(out, versionFiles(1));
    put(out, BUILT);
    const theirs = only(snapshot(out), ['node_modules/', 'dist/', 'package-lock.json', '.git/', 'notes.txt']);
    const result = writeTree(out, versionFiles(2));
    expect(result).toEqual({ written: 41, unchanged: 0, removed: 1, upToDate: false });
    expect(only(snapshot(out), [...theirs.keys()])).toEqual(theirs);
    expect(readFileSync(join(out, 'index.ts'), 'utf8')).toBe('export const version = 2;\n');
  });

  it('is reported by compareTree as up to date, whatever else the folder holds', () => {
    const { out } = scratchOut();
    writeTree(out, versionFiles(1));
    put(out, BUILT);
    // A link loop would stop any walk of the folder: compareTree never walks it.
    symlinkSync('.', join(out, 'node_modules', 'loop'));
    expect(compareTree(out, versionFiles(1))).toEqual({ missing: [], extra: [], changed: [], clean: true });
  });
});

describe('files the generator no longer makes', () => {
  it('are deleted, with the folders they leave empty; a folder holding a user file stays', () => {
    const { out } = scratchOut();
    writeTree(
      out,
      tree({
        'methods/a.ts': 'a',
        'methods/b.ts': 'b',
        'old/x.ts': 'x',
        'old/deep/y.ts': 'y',
        'kept/z.ts': 'z',
      }),
    );
    put(out, { 'kept/notes.md': 'mine' });
    mkdirSync(join(out, 'old', 'deep', 'empty-by-user'));
    const result = writeTree(out, tree({ 'methods/a.ts': 'a', 'old/deep/empty-by-user-sibling.ts': 's' }));
    expect(result).toEqual({ written: 1, unchanged: 1, removed: 4, upToDate: false });
    expect(filesUnder(out)).toEqual([
      MANIFEST_NAME,
      'kept/notes.md',
      'methods/a.ts',
      'old/deep/empty-by-user-sibling.ts',
    ]);
    expect(readdirSync(join(out, 'old', 'deep')).sort()).toEqual([
      'empty-by-user',
      'empty-by-user-sibling.ts',
    ]);
  });

  it('take their folder with them once it is empty', () => {
    const { out } = scratchOut();
    writeTree(out, tree({ 'index.ts': 'i', 'methods/chat/postMessage.ts': 'p' }));
    writeTree(out, tree({ 'index.ts': 'i' }));
    expect(readdirSync(out).sort()).toEqual([MANIFEST_NAME, 'index.ts']);
  });

  it('that the user replaced by a folder of their own are left alone', () => {
    const { out } = scratchOut();
    writeTree(out, tree({ 'a.ts': 'a', 'gone.ts': 'g' }));
    rmSync(join(out, 'gone.ts'));
    put(out, { 'gone.ts/mine.txt': 'mine' });
    expect(writeTree(out, tree({ 'a.ts': 'a' })).removed).toBe(0);
    expect(readFileSync(join(out, 'gone.ts', 'mine.txt'), 'utf8')).toBe('mine');
  });
});

describe('a path the generator wants to write that holds a file it did not write', () => {
  it('is refused with its name, nothing changed, and overwritten with --force', () => {
    const { parent, out } = scratchOut();
    writeTree(out, tree({ 'index.ts': 'i' }));
    put(out, { 'README.md': 'my readme' });
    const before = snapshot(parent);
    const next = tree({ 'index.ts': 'i2', 'README.md': 'generated readme' });
    expect(() => writeTree(out, next)).toThrow(
      `--out ${out}: README.md exists but the generator did not write it (not in ${MANIFEST_NAME}); nothing was changed. Move it away, or pass --force to overwrite`,
    );
    expect(snapshot(parent)).toEqual(before);
    writeTree(out, next, { force: true });
    expect(readFileSync(join(out, 'README.md'), 'utf8')).toBe('generated readme');
    expect(readFileSync(join(out, MANIFEST_NAME), 'utf8')).toBe(manifestContent(next));
  });

  it('is refused even with --force when it is a folder (replacing it would lose what is inside)', () => {
    const { out } = scratchOut();
    writeTree(out, tree({ 'index.ts': 'i' }));
    put(out, { 'client.ts/inside.txt': 'x' });
    expect(() => writeTree(out, tree({ 'index.ts': 'i', 'client.ts': 'c' }), { force: true })).toThrow(
      /client\.ts is a folder where the generator writes a file/,
    );
    expect(readFileSync(join(out, 'client.ts', 'inside.txt'), 'utf8')).toBe('x');
  });
});

interface CompareCase {
  given: string;
  wrote: Record<string, string>;
  user: Record<string, string>;
  now: Record<string, string>;
  want: { missing: string[]; extra: string[]; changed: { path: string; diff: string }[] };
}

describe('comparing with what is on disk', () => {
  it.each<CompareCase>([
    {
      given: 'a file the manifest owns that is no longer generated',
      wrote: { 'a.ts': 'a', 'old.ts': 'o' },
      user: {},
      now: { 'a.ts': 'a' },
      want: { missing: [], extra: ['old.ts'], changed: [] },
    },
    {
      given: "a user's files beside the generated ones",
      wrote: { 'a.ts': 'a' },
      user: { 'notes.txt': 'n', 'dist/a.js': 'js' },
      now: { 'a.ts': 'a' },
      want: { missing: [], extra: [], changed: [] },
    },
    {
      given: 'a new generated file and a hand-edited one',
      wrote: { 'a.ts': 'one\ntwo' },
      user: { 'a.ts': 'one\nTWO' },
      now: { 'a.ts': 'one\ntwo', 'b.ts': 'b' },
      want: { missing: ['b.ts'], extra: [], changed: [{ path: 'a.ts', diff: '@@ line 2\n- TWO\n+ two' }] },
    },
  ])('given $given, lists only differences in what the generator owns', ({ wrote, user, now, want }) => {
    const { out } = scratchOut();
    writeTree(out, tree(wrote));
    put(out, user);
    expect(compareTree(out, tree(now))).toEqual({
      ...want,
      clean: want.missing.length + want.extra.length + want.changed.length === 0,
    });
  });

  it('without a manifest compares only the paths it would write', () => {
    const { out } = scratchOut();
    put(out, { 'a.ts': 'a', 'b.ts': 'old', 'stray.ts': 's' });
    expect(compareTree(out, tree({ 'a.ts': 'a', 'b.ts': 'new', 'c.ts': 'c' }))).toEqual({
      missing: ['c.ts'],
      extra: [],
      changed: [{ path: 'b.ts', diff: '@@ line 1\n- old\n+ new' }],
      clean: false,
    });
  });

  it('reports every file missing when the folder does not exist yet, without creating it', () => {
    const { parent, out } = scratchOut();
    expect(compareTree(out, tree({ 'a.ts': 'a' }))).toEqual({
      missing: ['a.ts'],
      extra: [],
      changed: [],
      clean: false,
    });
    expect(readdirSync(parent)).toEqual([]);
  });
});
