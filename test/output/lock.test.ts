/** One run at a time per output folder; dead runs' locks and scratch folders are cleared. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { withOutputLock, withOutputLockSync } from '../../generator/output/lock.ts';
import { MANIFEST_NAME, manifestContent } from '../../generator/output/manifest.ts';
import { OutputError, writeTree } from '../../generator/output/write-tree.ts';
import { filesUnder, runWriter, scratchOut, tree, versionFiles } from './helpers.ts';

/** The pid of a process that has exited. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid;

const sleepers: ReturnType<typeof spawn>[] = [];
/** A process that stays alive until the test ends. */
function livePid(): number {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
  sleepers.push(child);
  return child.pid!;
}
afterEach(() => {
  for (const child of sleepers.splice(0)) child.kill();
});

describe('concurrent runs on one output', () => {
  it.each([
    { given: 'a new output', existing: false },
    { given: 'an existing output', existing: true },
  ])(
    'four processes at once on $given end with one whole version and nothing left beside it',
    async ({ existing }) => {
      const { parent, out } = scratchOut();
      if (existing) writeTree(out, versionFiles(0, 150));
      const runs = await Promise.all(
        [1, 2, 3, 4].map((version) => runWriter({ out, version, count: 150, slowMs: 2 })),
      );
      expect(runs.map((r) => [r.code, r.stderr])).toEqual([
        [0, ''],
        [0, ''],
        [0, ''],
        [0, ''],
      ]);
      // They did run at the same time: each one's writeTree call spans the start of another.
      const spans = runs.map((r) => (JSON.parse(r.stdout) as { at: [number, number] }).at);
      expect(spans.some(([s1, e1]) => spans.some(([s2]) => s2 > s1 && s2 < e1))).toBe(true);
      const version = Number(/version = (\d)/.exec(readFileSync(join(out, 'index.ts'), 'utf8'))![1]);
      const files = versionFiles(version, 150);
      expect(filesUnder(out)).toEqual([MANIFEST_NAME, ...files.keys()].sort());
      for (const [path, content] of files) expect(readFileSync(join(out, path), 'utf8')).toBe(content);
      expect(readFileSync(join(out, MANIFEST_NAME), 'utf8')).toBe(manifestContent(files));
      expect(readdirSync(parent)).toEqual(['generated']);
    },
    60_000,
  );

  it('tasks of one process holding the lock take turns', async () => {
    const { out } = scratchOut();
    let inside = 0;
    let most = 0;
    await Promise.all(
      [1, 2, 3, 4].map((version) =>
        withOutputLock(out, async () => {
          most = Math.max(most, ++inside);
          writeTree(out, versionFiles(version, 5)); // re-enters the lock this task holds
          await new Promise((r) => setTimeout(r, 20));
          inside--;
        }),
      ),
    );
    expect(most).toBe(1);
  });

  it('a synchronous write while another task of the process holds the lock fails at once instead of deadlocking', async () => {
    const { out } = scratchOut();
    let release!: () => void;
    const holder = withOutputLock(out, () => new Promise<void>((r) => (release = r)));
    await new Promise((r) => setTimeout(r, 10));
    expect(() => writeTree(out, tree({ 'a.ts': 'a' }))).toThrow(
      'is being written by another task of this process',
    );
    release();
    await holder;
    expect(writeTree(out, tree({ 'a.ts': 'a' })).written).toBe(1);
  });
});

describe('the lock file', () => {
  it('of a process that is gone is stale and taken over', () => {
    const { parent, out } = scratchOut();
    writeFileSync(join(parent, '.generated.lock'), `${deadPid()}\n`);
    expect(writeTree(out, tree({ 'a.ts': 'a' })).written).toBe(1);
    expect(readdirSync(parent)).toEqual(['generated']);
  });

  it('of a live process makes the run wait, then give up with an OutputError, changing nothing', () => {
    const { parent, out } = scratchOut();
    writeTree(out, tree({ 'a.ts': 'a' }));
    const pid = livePid();
    writeFileSync(join(parent, '.generated.lock'), `${pid}\n`);
    const started = Date.now();
    expect(() => writeTree(out, tree({ 'a.ts': 'b' }), { lockTimeoutMs: 300 })).toThrow(OutputError);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(() => writeTree(out, tree({ 'a.ts': 'b' }), { lockTimeoutMs: 0 })).toThrow(
      `another generator run holds ${join(parent, '.generated.lock')} (pid ${pid}); gave up after 0 s. Wait for it to finish, or delete the lock file if no such process is running`,
    );
    expect(readFileSync(join(out, 'a.ts'), 'utf8')).toBe('a');
    expect(readFileSync(join(parent, '.generated.lock'), 'utf8')).toBe(`${pid}\n`);
  });

  it('of a live process is waited for and taken once it is released', async () => {
    const { parent, out } = scratchOut();
    mkdirSync(parent, { recursive: true });
    writeFileSync(join(parent, '.generated.lock'), `${livePid()}\n`);
    setTimeout(() => sleepers.splice(0).forEach((c) => c.kill()), 200);
    const result = await withOutputLock(out, () => writeTree(out, tree({ 'a.ts': 'a' })), {
      timeoutMs: 10_000,
    });
    expect(result.written).toBe(1);
    expect(existsSync(join(parent, '.generated.lock'))).toBe(false);
  });

  it('is re-entered by a writeTree inside withOutputLockSync, and removed afterwards', () => {
    const { parent, out } = scratchOut();
    const result = withOutputLockSync(out, () => {
      expect(readFileSync(join(parent, '.generated.lock'), 'utf8')).toBe(`${process.pid}\n`);
      return writeTree(out, tree({ 'a.ts': 'a' }));
    });
    expect(result.written).toBe(1);
    expect(readdirSync(parent)).toEqual(['generated']);
  });
});

describe('scratch folders beside the output', () => {
  it('of dead runs are removed; live runs, other outputs and other names are left alone', () => {
    const { parent, out } = scratchOut();
    const dead = deadPid();
    const live = livePid();
    const names = {
      deadStaging: `.generated.staging-${dead}-0123abcd`,
      deadBackup: `.generated.backup-${dead}-89abcdef`,
      liveStaging: `.generated.staging-${live}-0123abcd`,
      otherOutput: `.other.staging-${dead}-0123abcd`,
      notOurs: '.generated.staging-old',
    };
    for (const name of Object.values(names)) mkdirSync(join(parent, name, 'methods'), { recursive: true });
    writeTree(out, tree({ 'a.ts': 'a' }));
    expect(readdirSync(parent).sort()).toEqual(
      ['generated', names.liveStaging, names.otherOutput, names.notOurs].sort(),
    );
  });
});
