/** Where --out points: a file, a link, '.', a bad place; and file-system errors in words. */
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareTree } from '../../generator/output/compare-tree.ts';
import { MANIFEST_NAME } from '../../generator/output/manifest.ts';
import { toOutputError } from '../../generator/output/output-error.ts';
import { checkOutputPlace } from '../../generator/output/output-place.ts';
import { OutputError, writeTree } from '../../generator/output/write-tree.ts';
import { filesUnder, runWriter, scratchOut, snapshot, tree, versionFiles } from './helpers.ts';

/** The error `fn` throws (failing the test when it throws none). */
function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected an error');
}

describe('a file given as --out', () => {
  it('is refused with a one-line OutputError, for writing and for comparing, and left as it was', () => {
    const { parent, out } = scratchOut('notes.txt');
    writeFileSync(out, 'not a folder');
    for (const fn of [
      () => writeTree(out, tree({ 'a.ts': 'a' })),
      () => compareTree(out, tree({ 'a.ts': 'a' })),
    ]) {
      const error = thrown(fn);
      expect(error).toBeInstanceOf(OutputError);
      expect(error.message).toBe(`--out ${out} is a file, not a folder`);
    }
    expect(readFileSync(out, 'utf8')).toBe('not a folder');
    expect(readdirSync(parent)).toEqual(['notes.txt']);
  });

  it('is refused in words when it sits under a file', () => {
    const { out } = scratchOut('notes.txt');
    writeFileSync(out, 'x');
    const error = thrown(() => writeTree(join(out, 'sub'), tree({ 'a.ts': 'a' })));
    expect(error).toBeInstanceOf(OutputError);
    expect(error.message).toMatch(/notes\.txt.*: a part of the path is a file, not a folder$/);
  });
});

describe('a symbolic link given as --out', () => {
  it('is written through and stays a link', () => {
    const { parent } = scratchOut();
    const real = join(parent, 'real');
    const link = join(parent, 'link');
    mkdirSync(real);
    symlinkSync(real, link);
    writeTree(link, versionFiles(1, 3));
    writeTree(link, versionFiles(2, 3));
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(filesUnder(real)).toEqual([MANIFEST_NAME, ...versionFiles(2, 3).keys()].sort());
    expect(compareTree(link, versionFiles(2, 3)).clean).toBe(true);
    expect(readdirSync(parent).sort()).toEqual(['link', 'real']);
  });

  it('to a folder that does not exist is refused, naming the target', () => {
    const { parent } = scratchOut();
    symlinkSync(join(parent, 'nowhere'), join(parent, 'link'));
    expect(() => writeTree(join(parent, 'link'), tree({ 'a.ts': 'a' }))).toThrow(
      `--out ${join(parent, 'link')} is a symbolic link to ${join(parent, 'nowhere')}, which does not exist; create that folder or remove the link`,
    );
  });

  it('that loops is refused in words, not with a stack', () => {
    const { parent } = scratchOut();
    symlinkSync(join(parent, 'b'), join(parent, 'a'));
    symlinkSync(join(parent, 'a'), join(parent, 'b'));
    const error = thrown(() => writeTree(join(parent, 'a'), tree({ 'x.ts': 'x' })));
    expect(error).toBeInstanceOf(OutputError);
    expect(error.message).toMatch(/too many symbolic links/);
  });
});

describe('a relative --out', () => {
  it.each(['.', './', 'sub/../.'])(
    '%j is the current folder, written in place with nothing left beside it',
    async (out) => {
      const { parent } = scratchOut();
      const here = join(parent, 'gen');
      mkdirSync(here);
      for (const version of [1, 2]) {
        const r = await runWriter({ out, version, count: 3, chdir: here });
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
      }
      expect(filesUnder(here)).toEqual([MANIFEST_NAME, ...versionFiles(2, 3).keys()].sort());
      expect(readdirSync(parent)).toEqual(['gen']);
    },
  );

  it('relative to the working folder is created there', async () => {
    const { parent } = scratchOut();
    const r = await runWriter({ out: 'deeper/generated', version: 1, count: 2, chdir: parent });
    expect(r.code).toBe(0);
    expect(filesUnder(join(parent, 'deeper', 'generated'))).toEqual(
      [MANIFEST_NAME, ...versionFiles(1, 2).keys()].sort(),
    );
    expect(readdirSync(join(parent, 'deeper'))).toEqual(['generated']);
  });
});

describe('checking the output place', () => {
  const base = realpathSync(mkdtempSync(join(tmpdir(), 'place-')));
  const home = join(base, 'home');
  const project = join(home, 'proj');
  const input = join(project, 'docs-input');
  for (const dir of [input, join(base, 'work', 'pages'), join(home, 'elsewhere')])
    mkdirSync(dir, { recursive: true });
  symlinkSync(home, join(base, 'home-link'));
  symlinkSync(input, join(base, 'input-link'));
  const places = { projectRoot: project, home };

  it.each([
    {
      given: 'the file system root',
      out: '/',
      inputs: [input],
      want: '--out / is the root of the file system; pick a folder of its own, like ./generated',
    },
    {
      given: 'the home folder',
      out: home,
      inputs: [input],
      want: `--out ${home} is your home folder; pick a folder of its own, like ./generated`,
    },
    {
      given: 'a link to the home folder',
      out: join(base, 'home-link'),
      inputs: [input],
      want: /is your home folder/,
    },
    {
      given: 'the project root',
      out: project,
      inputs: [input],
      want: `--out ${project} holds the generator's own project (${project}); pick a folder of its own, like ./generated`,
    },
    {
      given: 'an ancestor of the project root',
      out: base,
      inputs: [input],
      want: /holds the generator's own project/,
    },
    { given: 'the input folder itself', out: input, inputs: [input], want: /is inside the input folder/ },
    {
      given: 'a new folder inside the input',
      out: join(input, 'out', 'new'),
      inputs: [input],
      want: `--out ${join(input, 'out', 'new')} is inside the input folder ${input}: generated files would be read as pages; put the output outside ${input}`,
    },
    {
      given: 'a folder inside the input reached through a link',
      out: join(base, 'input-link', 'gen'),
      inputs: [input],
      want: /is inside the input folder/,
    },
    {
      given: 'a folder holding an input',
      out: join(base, 'work'),
      inputs: [join(base, 'work', 'pages')],
      want: `the input folder ${join(base, 'work', 'pages')} is inside --out ${join(base, 'work')}: writing the output could change or remove the pages; put the output elsewhere`,
    },
  ])('refuses $given', ({ out, inputs, want }) => {
    const error = thrown(() => checkOutputPlace(out, inputs, places));
    expect(error).toBeInstanceOf(OutputError);
    if (typeof want === 'string') expect(error.message).toBe(want);
    else expect(error.message).toMatch(want);
  });

  it.each([
    { given: 'generated/ in the project', out: join(project, 'generated') },
    { given: 'a folder in home beside the project', out: join(home, 'elsewhere') },
    { given: 'a new folder that does not exist yet', out: join(base, 'new', 'deep', 'client') },
    { given: 'a sibling of the input folder', out: join(project, 'docs-input-out') },
  ])('accepts $given', ({ out }) => {
    expect(() => checkOutputPlace(out, [input, join(base, 'work', 'pages')], places)).not.toThrow();
  });

  it('leaves the file system as it was', () => {
    const before = snapshot(base);
    checkOutputPlace(join(base, 'new', 'deep', 'client'), [input], places);
    expect(snapshot(base)).toEqual(before);
  });
});

describe('file-system errors', () => {
  const errno = (code: string, syscall: string, path: string, dest?: string) =>
    Object.assign(new Error(`${code}: raw`), { code, syscall, path, dest });

  it.each([
    { code: 'EACCES', syscall: 'open', want: 'cannot open /out/a.ts: permission denied' },
    { code: 'EPERM', syscall: 'unlink', want: 'cannot delete /out/a.ts: operation not permitted' },
    {
      code: 'ENOTDIR',
      syscall: 'mkdir',
      want: 'cannot create the folder /out/a.ts: a part of the path is a file, not a folder',
    },
    {
      code: 'ELOOP',
      syscall: 'stat',
      want: 'cannot access /out/a.ts: too many symbolic links (a link that points to itself?)',
    },
    {
      code: 'EROFS',
      syscall: 'mkdir',
      want: 'cannot create the folder /out/a.ts: the file system is read-only',
    },
    { code: 'ENOSPC', syscall: 'write', want: 'cannot write /out/a.ts: no space left on the device' },
    { code: 'EWEIRD', syscall: 'open', want: 'cannot open /out/a.ts: EWEIRD' },
  ])('$code becomes an OutputError (exit code 3) saying "$want"', ({ code, syscall, want }) => {
    const error = toOutputError(errno(code, syscall, '/out/a.ts'), '/out');
    expect(error).toBeInstanceOf(OutputError);
    expect((error as OutputError).message).toBe(want);
    expect((error as OutputError).exitCode).toBe(3);
  });

  it('names both ends of a failed move', () => {
    expect((toOutputError(errno('EXDEV', 'rename', '/a', '/b'), '/out') as Error).message).toBe(
      'cannot move /a to /b: it is on another file system',
    );
  });

  it('leaves errors that are not about the file system as they were', () => {
    const plain = new Error('killed midway');
    const refusal = new OutputError('refused');
    expect(toOutputError(plain, '/out')).toBe(plain);
    expect(toOutputError(refusal, '/out')).toBe(refusal);
  });

  it('refuses the file system root in writeTree and compareTree without reading it', () => {
    expect(() => writeTree('/', tree({ 'a.ts': 'a' }))).toThrow('--out / is the root of the file system');
    expect(() => compareTree('/', tree({ 'a.ts': 'a' }))).toThrow(OutputError);
  });
});
