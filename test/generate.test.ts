/**
 * The generator as a tool people trust with their folders: it refuses output folders it does not
 * own, keeps what a build leaves beside its files, says what is wrong with bad paths and pages in
 * words (an exit code each, never a stack trace), and writes nothing when a page has an error.
 */
import { execFile } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCS_INPUT } from './helpers/pages.ts';

const ROOT = join(DOCS_INPUT, '..');
const PAGE = 'Gets information about the team.\nArguments\nteamstringOptionalThe team.\n';

/** Runs the CLI in a child process (not blocking, so that concurrent tests overlap). */
function generate(
  args: string[],
  cwd = ROOT,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'generator/cli.ts'), ...args],
      { cwd, encoding: 'utf8' },
      (err, stdout, stderr) => {
        resolve({ status: err ? (typeof err.code === 'number' ? err.code : null) : 0, stdout, stderr });
      },
    );
  });
}

/** A scratch folder with one page in `pages/`; `out` is where output goes (not created). */
function scratch(pages: Record<string, string> = { 'team.info.txt': PAGE }) {
  const dir = mkdtempSync(join(tmpdir(), 'gen-'));
  mkdirSync(join(dir, 'pages'));
  for (const [name, text] of Object.entries(pages)) writeFileSync(join(dir, 'pages', name), text);
  return { dir, pages: join(dir, 'pages'), out: join(dir, 'out') };
}

/** Every file under a folder with its content, to show a folder was not touched. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      out[join(entry.parentPath, entry.name).slice(dir.length)] = readFileSync(
        join(entry.parentPath, entry.name),
        'utf8',
      );
  }
  return out;
}

const noStack = (r: { stderr: string; stdout: string }) =>
  expect(`${r.stdout}${r.stderr}`).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe('output folders the generator does not own', () => {
  it('refuses a folder with foreign files, says why and how to proceed, and leaves it untouched', async () => {
    const s = scratch();
    mkdirSync(join(s.out, 'src'), { recursive: true });
    writeFileSync(join(s.out, 'notes.txt'), 'mine');
    writeFileSync(join(s.out, 'src', 'app.ts'), 'export {};');
    const before = snapshot(s.out);
    const r = await generate(['--input', s.pages, '--out', s.out]);
    expect(r.status).toBe(3);
    expect(r.stderr).toContain('--force');
    expect(r.stderr).toContain('notes.txt');
    expect(snapshot(s.out)).toEqual(before);
    noStack(r);
  });

  it('adopts such a folder with --force, writing its files and leaving the others alone', async () => {
    const s = scratch();
    mkdirSync(s.out);
    writeFileSync(join(s.out, 'notes.txt'), 'mine');
    const r = await generate(['--input', s.pages, '--out', s.out, '--force']);
    expect(r.status).toBe(0);
    expect(readFileSync(join(s.out, 'notes.txt'), 'utf8')).toBe('mine');
    expect(existsSync(join(s.out, 'methods', 'team.info.ts'))).toBe(true);
    expect((await generate(['--input', s.pages, '--out', s.out, '--check'])).status).toBe(0);
  });

  it('keeps node_modules, dist and the lock file of a built package, removes a method no longer documented, and --check finds nothing stale', async () => {
    const s = scratch({ 'team.info.txt': PAGE, 'team.profile.txt': PAGE });
    expect((await generate(['--input', s.pages, '--out', s.out])).status).toBe(0);
    mkdirSync(join(s.out, 'node_modules', 'undici'), { recursive: true });
    mkdirSync(join(s.out, 'dist'));
    writeFileSync(join(s.out, 'node_modules', 'undici', 'index.js'), '// undici');
    writeFileSync(join(s.out, 'dist', 'index.js'), '// built');
    writeFileSync(join(s.out, 'package-lock.json'), '{}');
    rmSync(join(s.pages, 'team.profile.txt'));
    const r = await generate(['--input', s.pages, '--out', s.out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/1 removed/);
    expect(existsSync(join(s.out, 'methods', 'team.profile.ts'))).toBe(false);
    expect(readFileSync(join(s.out, 'node_modules', 'undici', 'index.js'), 'utf8')).toBe('// undici');
    expect(readFileSync(join(s.out, 'dist', 'index.js'), 'utf8')).toBe('// built');
    expect(readFileSync(join(s.out, 'package-lock.json'), 'utf8')).toBe('{}');
    const check = await generate(['--input', s.pages, '--out', s.out, '--check']);
    expect(check.stdout).toBe(
      `${s.out} is up to date.\n1 pages, 1 methods, 1 arguments, 0 error codes; diagnostics: 0 errors, 0 warnings, 1 notes (--verbose shows them)\n`,
    );
    expect(check.status).toBe(0);
  });
});

describe('bad paths, each with its message and exit code', () => {
  const s = scratch();
  const cases: { name: string; args: () => string[]; status: number; says: RegExp }[] = [
    {
      name: 'a file as --out',
      args: () => {
        writeFileSync(join(s.dir, 'a-file'), 'x');
        return ['--input', s.pages, '--out', join(s.dir, 'a-file')];
      },
      status: 3,
      says: /is a file, not a folder/,
    },
    {
      name: 'the root folder as --out',
      args: () => ['--input', s.pages, '--out', '/', '--check'],
      status: 3,
      says: /root/,
    },
    {
      name: 'the input folder as --out',
      args: () => ['--input', s.pages, '--out', s.pages],
      status: 3,
      says: /input/,
    },
    {
      name: 'an output inside the input',
      args: () => ['--input', s.pages, '--out', join(s.pages, 'gen')],
      status: 3,
      says: /input/,
    },
    {
      name: 'the project itself as --out',
      args: () => ['--input', s.pages, '--out', '.'],
      status: 3,
      says: /project/,
    },
    {
      name: 'an input that does not exist',
      args: () => ['--input', join(s.dir, 'nope'), '--out', s.out],
      status: 2,
      says: /does not exist/,
    },
    {
      name: 'an empty input folder',
      args: () => {
        mkdirSync(join(s.dir, 'empty'), { recursive: true });
        return ['--input', join(s.dir, 'empty'), '--out', s.out];
      },
      status: 2,
      says: /nothing to generate/,
    },
    {
      name: 'a README as the input',
      args: () => ['--input', join(ROOT, 'README.md'), '--out', s.out],
      status: 2,
      says: /nothing to generate/,
    },
  ];
  for (const c of cases) {
    it(`${c.name} exits ${c.status} with a one-line reason`, async () => {
      const r = await generate(c.args());
      expect(r.status).toBe(c.status);
      expect(r.stderr).toMatch(/^error: /);
      expect(r.stderr).toMatch(c.says);
      noStack(r);
    });
  }
});

describe('pages with fatal problems', () => {
  it('leave the previous output whole: a truncated record exits 1 and its method stays', async () => {
    const s = scratch({
      'team.info.json': '{"desc": "Gets the team.", "args": {"type": "object", "properties": {}}}',
    });
    expect((await generate(['--input', s.pages, '--out', s.out])).status).toBe(0);
    const before = snapshot(s.out);
    writeFileSync(join(s.pages, 'team.info.json'), '{"desc": "Gets the te');
    const r = await generate(['--input', s.pages, '--out', s.out]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('record/not-json');
    expect(r.stdout).toContain('is as it was');
    expect(snapshot(s.out)).toEqual(before);
  });

  it('refuse names that collide after naming, naming both, and write nothing', async () => {
    const s = scratch({ 'chat.postMessage.txt': PAGE, 'chat.post.message.txt': PAGE });
    const r = await generate(['--input', s.pages, '--out', s.out]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('names/collision');
    expect(r.stdout).toContain('chat.postMessage and chat.post.message give the same names in code');
    expect(existsSync(s.out)).toBe(false);
  });

  it('never let a file name into code: a record named like a statement documents nothing', async () => {
    const s = scratch({
      "a.b.js';console.log(`PWNED`);'.json": '{"desc": "x", "args": {}}',
      'team.info.txt': PAGE,
    });
    const r = await generate(['--input', s.pages, '--out', s.out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('page/no-method-name');
    expect(readFileSync(join(s.out, 'index.ts'), 'utf8')).not.toContain('PWNED');
    expect(readdirSync(join(s.out, 'methods'))).toEqual(['team.info.ts']);
  });
});

describe('inputs and messages', () => {
  it('follows symbolic links to pages and folders', async () => {
    const s = scratch();
    const elsewhere = scratch({ 'users.info.txt': PAGE });
    symlinkSync(join(elsewhere.pages, 'users.info.txt'), join(s.pages, 'users.info.txt'));
    symlinkSync(elsewhere.pages, join(s.pages, 'linked'));
    symlinkSync(s.pages, join(s.pages, 'loop'));
    const r = await generate(['--input', s.pages, '--out', s.out, '--model-out', join(s.dir, 'model.json')]);
    expect(r.status).toBe(0);
    const model = JSON.parse(readFileSync(join(s.dir, 'model.json'), 'utf8')) as {
      methods: { name: string; sources: { id: string }[] }[];
    };
    expect(model.methods.map((m) => [m.name, m.sources.map((x) => x.id)])).toEqual([
      ['team.info', ['team.info.txt']],
      ['users.info', ['linked/users.info.txt', 'users.info.txt']],
    ]);
    expect(r.stdout).toContain('input/link-loop');
  });

  it('--help shows the README defaults and the exit codes', async () => {
    const r = await generate(['--help']);
    expect(r.stdout).toContain('(default: docs-input)');
    expect(r.stdout).not.toContain('default: []');
    expect(r.stdout).toMatch(/Exit codes:[\s\S]*70 {2}a bug in the generator/);
  });

  it('says in the summary how to see the notes it does not print', async () => {
    const r = await generate([
      '--input',
      DOCS_INPUT,
      '--out',
      join(mkdtempSync(join(tmpdir(), 'gen-')), 'out'),
    ]);
    expect(r.stdout).toMatch(/\d+ notes \(--verbose shows them\)\n$/);
    expect(r.stdout).not.toMatch(/\[Argument Example Required Description/);
  });
});
