/** Shared by the output tests and the child-process fixture: trees, snapshots, child runs. */
import { spawn } from 'node:child_process';
import { lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const tree = (entries: Record<string, string>): Map<string, string> =>
  new Map(Object.entries(entries));

/** A fresh parent folder and the (not yet existing) output path inside it. */
export function scratchOut(name = 'generated'): { parent: string; out: string } {
  const parent = mkdtempSync(join(tmpdir(), 'out-'));
  return { parent, out: join(parent, name) };
}

/** A generated package whose every file says which version wrote it; odd versions have one more file. */
export function versionFiles(version: number, count = 40): Map<string, string> {
  const files = new Map<string, string>([['index.ts', `export const version = ${version};\n`]]);
  for (let i = 0; i < count; i++)
    files.set(`methods/m${i}.ts`, `// version ${version}\nexport const m${i} = ${version};\n`);
  if (version % 2 === 1) files.set('odd/only-odd.ts', `// version ${version}\n`);
  return files;
}

export interface Entry {
  kind: 'file' | 'dir' | 'link';
  /** Content in base64 for files, the target for links. */
  data: string;
  mtimeMs: number;
  ino: number;
}

/** Every entry under `dir` with its bytes, inode and time: equal snapshots mean untouched. */
export function snapshot(dir: string, base = dir, into = new Map<string, Entry>()): Map<string, Entry> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const rel = path.slice(base.length + 1);
    const st = lstatSync(path);
    if (st.isSymbolicLink())
      into.set(rel, { kind: 'link', data: readlinkSync(path), mtimeMs: st.mtimeMs, ino: st.ino });
    else if (st.isDirectory()) {
      into.set(`${rel}/`, { kind: 'dir', data: '', mtimeMs: st.mtimeMs, ino: st.ino });
      snapshot(path, base, into);
    } else
      into.set(rel, {
        kind: 'file',
        data: readFileSync(path).toString('base64'),
        mtimeMs: st.mtimeMs,
        ino: st.ino,
      });
  }
  return into;
}

/** Relative paths of the files under `dir`, sorted. */
export const filesUnder = (dir: string): string[] =>
  [...snapshot(dir)]
    .filter(([, e]) => e.kind === 'file')
    .map(([p]) => p)
    .sort();

/** What the fixture child is told to do. */
export interface WriterSpec {
  out: string;
  version: number;
  count?: number;
  /** Kill the child (SIGKILL) right after this staged file or commit step. */
  killAt?: { phase: 'staging' | 'commit'; index: number };
  chdir?: string;
  lockTimeoutMs?: number;
  /** Pause this long after each staged file, so that concurrent runs surely overlap. */
  slowMs?: number;
}

export interface ChildResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs writeTree in a separate process (a real crash, real concurrency). */
export function runWriter(spec: WriterSpec): Promise<ChildResult> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'test/output/fixtures/run-writer.ts'), JSON.stringify(spec)],
    { cwd: ROOT },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
}
