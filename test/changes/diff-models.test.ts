/** The change report between two versions of a page set reads right and names the bump. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bumpOf, changeReport, diffModels } from '../../generator/changes/diff-models.ts';
import { readPages } from '../../generator/input/read-pages.ts';
import { buildModel } from '../../generator/pipeline.ts';
import { resolveModel } from '../../generator/resolve/resolve-model.ts';

const FIXTURES = fileURLToPath(new URL('fixtures', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('changes between two versions of a page set', () => {
  const before = resolveModel(buildModel(readPages([join(FIXTURES, 'v1')])));
  const after = resolveModel(buildModel(readPages([join(FIXTURES, 'v2')])));
  const changes = diffModels(before, after);

  it('finds the removed argument, the added code and the deprecation', () => {
    expect(changes.map((c) => [c.method, c.text, c.breaking, c.bump])).toEqual([
      ['reminders.add', 'argument `user` removed', true, 'major'],
      ['reminders.add', 'error code `time_in_past` added', false, 'minor'],
      ['reminders.list', 'deprecated', false, 'minor'],
    ]);
    expect(bumpOf(changes)).toBe('major');
  });

  it('writes Markdown with the bump, breaking changes first', () => {
    expect(changeReport(changes)).toBe(
      [
        '# API changes',
        '',
        'Semver bump: **major**.',
        '',
        '## Breaking changes',
        '',
        '- `reminders.add`: argument `user` removed (major)',
        '',
        '## Other changes',
        '',
        '- `reminders.add`: error code `time_in_past` added (minor)',
        '- `reminders.list`: deprecated (minor)',
        '',
      ].join('\n'),
    );
  });

  it('comes out of `generate --report-changes` against the model kept in the output', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'changes-')), 'generated');
    const cli = (args: string[]) =>
      spawnSync(
        process.execPath,
        ['--import', 'tsx', join(ROOT, 'generator/cli.ts'), '--out', out, ...args],
        { cwd: ROOT, encoding: 'utf8' },
      );
    expect(cli(['--input', join(FIXTURES, 'v1')]).status).toBe(0);
    const report = join(out, '..', 'CHANGES.md');
    const r = cli(['--input', join(FIXTURES, 'v2'), '--report-changes', report]);
    expect(r.stdout).toContain('API changes: 3, semver bump major');
    expect(readFileSync(report, 'utf8')).toBe(changeReport(changes));
  });
});

describe('changes to argument groups', () => {
  const before = resolveModel(buildModel(readPages([join(FIXTURES, 'v1')])));
  const withGroups = structuredClone(before);
  const add = withGroups.methods.find((m) => m.name === 'reminders.add')!;
  const [first, second] = add.args.map((a) => a.name);
  add.argGroups = [{ kind: 'at-least-one-of', args: [first!, second!], sources: ['x'] }];

  it('reports an added group as breaking and a removed one as not', () => {
    expect(diffModels(before, withGroups).map((c) => [c.method, c.text, c.breaking, c.bump])).toEqual([
      ['reminders.add', `argument group added: at least one of \`${first}\`, \`${second}\``, true, 'major'],
    ]);
    expect(diffModels(withGroups, before).map((c) => [c.text, c.breaking, c.bump])).toEqual([
      [`argument group removed: at least one of \`${first}\`, \`${second}\``, false, 'minor'],
    ]);
  });

  it('sees the same group in another order, or from other sources, as no change', () => {
    const reordered = structuredClone(withGroups);
    reordered.methods.find((m) => m.name === 'reminders.add')!.argGroups = [
      { kind: 'at-least-one-of', args: [second!, first!], sources: ['catalog'] },
    ];
    expect(diffModels(withGroups, reordered)).toEqual([]);
  });
});
