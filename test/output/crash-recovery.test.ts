/** A failure at any point leaves the previous output whole, and nothing beside it. */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareTree } from '../../generator/output/compare-tree.ts';
import { MANIFEST_NAME, manifestContent } from '../../generator/output/manifest.ts';
import { writeTree, type WriteHooks } from '../../generator/output/write-tree.ts';
import { filesUnder, runWriter, scratchOut, snapshot, versionFiles, type Entry } from './helpers.ts';

/** Files and links with their bytes, inodes and times (folder times change with any rename). */
const filesOf = (dir: string) =>
  new Map([...snapshot(dir)].filter(([, e]: [string, Entry]) => e.kind !== 'dir'));

/** v1 on disk with a user's files beside it; v2 changes 41 files, removes one and leaves one. */
function builtV1() {
  const { parent, out } = scratchOut();
  writeTree(out, versionFiles(1, 40));
  mkdirSync(join(out, 'dist'));
  writeFileSync(join(out, 'dist', 'index.js'), 'built');
  writeFileSync(join(out, 'notes.txt'), 'mine');
  return { parent, out, before: filesOf(out) };
}

const failAt = (phase: 'staging' | 'commit', at: number): WriteHooks => {
  const fail = (_: string, i: number) => {
    if (i === at) throw new Error(`failed at ${phase} ${at}`);
  };
  return phase === 'staging' ? { afterFile: fail } : { afterCommitStep: fail };
};

// v1 → v2: 41 replaced + 1 removed + the old manifest moved aside (steps 0–42), then 41 files + the manifest placed (43–84).
describe.each([
  { phase: 'staging' as const, at: 0, when: 'after the first staged file' },
  { phase: 'staging' as const, at: 20, when: 'halfway through staging' },
  { phase: 'commit' as const, at: 0, when: 'after the first old file was moved aside' },
  { phase: 'commit' as const, at: 42, when: 'after the last old file was moved aside' },
  { phase: 'commit' as const, at: 43, when: 'after the first new file was placed' },
  { phase: 'commit' as const, at: 84, when: 'after the new manifest was placed (the very last step)' },
])('a failure $when', ({ phase, at }) => {
  it('leaves the previous output exactly as it was, with no staging or backup folder', () => {
    const { parent, out, before } = builtV1();
    expect(() => writeTree(out, versionFiles(2, 40), { hooks: failAt(phase, at) })).toThrow(
      `failed at ${phase} ${at}`,
    );
    expect(filesOf(out)).toEqual(before);
    expect(readdirSync(parent)).toEqual(['generated']);
    // And the next run goes through.
    expect(writeTree(out, versionFiles(2, 40))).toEqual({
      written: 41,
      unchanged: 0,
      removed: 1,
      upToDate: false,
    });
  });
});

it('the commit moves every old file aside before placing any new one, and the manifest last', () => {
  const { out } = builtV1();
  const steps: string[] = [];
  writeTree(out, versionFiles(2, 40), { hooks: { afterCommitStep: (step) => steps.push(step) } });
  expect(steps).toHaveLength(85);
  expect(steps.slice(0, 43).every((s) => s.startsWith('back up '))).toBe(true);
  expect(steps.slice(43).every((s) => s.startsWith('place '))).toBe(true);
  expect(steps.at(-1)).toBe(`place ${MANIFEST_NAME}`);
});

it('a failure while staging a new output leaves no output and no staging folder', () => {
  const { parent, out } = scratchOut();
  expect(() => writeTree(out, versionFiles(1, 5), { hooks: failAt('staging', 3) })).toThrow(
    'failed at staging 3',
  );
  expect(readdirSync(parent)).toEqual([]);
});

describe('a run killed mid-commit', () => {
  /** v1 written, then a child writing v2 killed (SIGKILL) after `step` commit steps. */
  async function killedAt(step: number) {
    const { parent, out, before } = builtV1();
    const r = await runWriter({ out, version: 2, count: 40, killAt: { phase: 'commit', index: step } });
    expect(r.signal).toBe('SIGKILL');
    return { parent, out, before };
  }

  it('leaves a journal and a backup beside a half-written output, as a real crash does', async () => {
    const { parent, out, before } = await killedAt(50);
    expect(
      readdirSync(parent)
        .map((n) => n.replace(/-\d+-[0-9a-f]{8}$/, '-…'))
        .sort(),
    ).toEqual([
      '.generated.backup-…',
      '.generated.journal',
      '.generated.lock',
      '.generated.staging-…',
      'generated',
    ]);
    expect(filesOf(out)).not.toEqual(before);
  });

  it('is rolled back by the next writeTree before it writes', async () => {
    const { parent, out } = await killedAt(50);
    expect(writeTree(out, versionFiles(3, 40))).toEqual({
      written: 42,
      unchanged: 0,
      removed: 0,
      upToDate: false,
    });
    expect(filesUnder(out)).toEqual(
      ['dist/index.js', 'notes.txt', MANIFEST_NAME, ...versionFiles(3, 40).keys()].sort(),
    );
    expect(readFileSync(join(out, MANIFEST_NAME), 'utf8')).toBe(manifestContent(versionFiles(3, 40)));
    expect(readdirSync(parent)).toEqual(['generated']);
  });

  it('is rolled back by the next compareTree, which then finds the previous output', async () => {
    const { parent, out, before } = await killedAt(10);
    expect(compareTree(out, versionFiles(1, 40)).clean).toBe(true);
    expect(filesOf(out)).toEqual(before);
    expect(readdirSync(parent)).toEqual(['generated']);
  });

  it('right after placing the new manifest still rolls back to the previous output', async () => {
    const { parent, out, before } = await killedAt(84);
    writeTree(out, versionFiles(1, 40));
    expect(filesOf(out)).toEqual(before);
    expect(readdirSync(parent)).toEqual(['generated']);
  });
});

describe('a run killed while staging', () => {
  it.each([
    { given: 'an existing output', existing: true },
    { given: 'no output yet', existing: false },
  ])('over $given leaves only a staging folder, which the next run removes', async ({ existing }) => {
    const { parent, out } = scratchOut();
    if (existing) writeTree(out, versionFiles(1, 10));
    const r = await runWriter({ out, version: 2, count: 10, killAt: { phase: 'staging', index: 4 } });
    expect(r.signal).toBe('SIGKILL');
    expect(readdirSync(parent).filter((n) => n.includes('.staging-'))).toHaveLength(1);
    expect(existsSync(out)).toBe(existing);
    writeTree(out, versionFiles(2, 10));
    expect(compareTree(out, versionFiles(2, 10)).clean).toBe(true);
    expect(readdirSync(parent)).toEqual(['generated']);
  });
});
