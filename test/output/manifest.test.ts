/** The ownership manifest: what the generator wrote, deterministic, and only that. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MANIFEST_NAME, manifestContent, sha256 } from '../../generator/output/manifest.ts';
import { OutputError, writeTree } from '../../generator/output/write-tree.ts';
import { scratchOut, snapshot, tree } from './helpers.ts';

describe('the ownership manifest', () => {
  it('lists every generated file with its sha256, keys sorted, ending in a newline', () => {
    const text = manifestContent(tree({ 'z.ts': 'z', 'a/b.ts': 'b', '10': 'ten', '2': 'two' }));
    expect(text).toBe(
      '{\n' +
        '  "generator": "slack-web-api-codegen",\n' +
        '  "version": 1,\n' +
        '  "files": {\n' +
        `    "10": "${sha256('ten')}",\n` +
        `    "2": "${sha256('two')}",\n` +
        `    "a/b.ts": "${sha256('b')}",\n` +
        `    "z.ts": "${sha256('z')}"\n` +
        '  }\n' +
        '}\n',
    );
    // sha256 of "b", as `printf b | sha256sum` prints it.
    expect(JSON.parse(text).files['a/b.ts']).toBe(
      '3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d',
    );
  });

  it('is the same text for the same files in any order (no timestamps)', () => {
    expect(manifestContent(tree({ 'a.ts': '1', 'b.ts': '2' }))).toBe(
      manifestContent(tree({ 'b.ts': '2', 'a.ts': '1' })),
    );
    expect(JSON.parse(manifestContent(new Map())).files).toEqual({});
  });

  it('is what writeTree leaves in the output folder, listing only the files the generator wrote', () => {
    const { out } = scratchOut();
    mkdirSync(out);
    writeFileSync(join(out, 'notes.txt'), 'mine');
    const files = tree({ 'index.ts': 'export {};\n', 'methods/a.ts': 'a' });
    writeTree(out, files, { force: true });
    expect(readFileSync(join(out, MANIFEST_NAME), 'utf8')).toBe(manifestContent(files));
    expect(Object.keys(JSON.parse(readFileSync(join(out, MANIFEST_NAME), 'utf8')).files)).toEqual([
      'index.ts',
      'methods/a.ts',
    ]);
  });

  it('is not rewritten when nothing changed', () => {
    const { out } = scratchOut();
    const files = tree({ 'a.ts': 'a' });
    writeTree(out, files);
    const before = snapshot(out);
    expect(writeTree(out, files)).toEqual({ written: 0, unchanged: 1, removed: 0, upToDate: true });
    expect(snapshot(out)).toEqual(before);
  });

  it.each([
    { given: 'not json', text: '{ oops' },
    { given: "another tool's manifest", text: '{"generator":"other","version":1,"files":{}}' },
    {
      given: 'a path climbing out of the folder',
      text: '{"generator":"slack-web-api-codegen","version":1,"files":{"../victim.txt":"x"}}',
    },
  ])(
    'a damaged manifest ($given) is refused without touching anything, and --force adopts the folder',
    ({ text }) => {
      const { parent, out } = scratchOut();
      writeTree(out, tree({ 'a.ts': 'a' }));
      writeFileSync(join(parent, 'victim.txt'), 'keep me');
      writeFileSync(join(out, MANIFEST_NAME), text);
      const before = snapshot(parent);
      expect(() => writeTree(out, tree({ 'b.ts': 'b' }))).toThrow(OutputError);
      expect(() => writeTree(out, tree({ 'b.ts': 'b' }))).toThrow(
        /is not a manifest this generator wrote or it is damaged; nothing was changed/,
      );
      expect(snapshot(parent)).toEqual(before);
      writeTree(out, tree({ 'b.ts': 'b' }), { force: true });
      expect(readFileSync(join(parent, 'victim.txt'), 'utf8')).toBe('keep me');
      expect(readFileSync(join(out, MANIFEST_NAME), 'utf8')).toBe(manifestContent(tree({ 'b.ts': 'b' })));
    },
  );

  it.each(['../up.ts', '/abs.ts', 'a/./b.ts', 'a//b.ts', '', MANIFEST_NAME])(
    'a generated path like %j is refused before anything is written',
    (path) => {
      const { parent, out } = scratchOut();
      expect(() => writeTree(out, tree({ [path]: 'x' }))).toThrow(OutputError);
      expect(snapshot(parent).size).toBe(0);
    },
  );
});
