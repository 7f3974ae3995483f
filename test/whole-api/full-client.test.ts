/**
 * The complete client users get, from the 322 structured records and the recorded responses:
 * generated into a scratch folder (the committed generated/ stays what docs-input/ makes),
 * compiled with the examples of both READMEs, and checked for `any` and codes.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { emitPackage, type FileTree } from '../../generator/emit/emit-package.ts';
import { readPages } from '../../generator/input/read-pages.ts';
import type { ResolvedModel } from '../../generator/model/types.ts';
import { buildModel } from '../../generator/pipeline.ts';
import { resolveModel } from '../../generator/resolve/resolve-model.ts';
import { writeTree } from '../../generator/output/write-tree.ts';
import { officialMethodNames } from '../helpers/official-sdk.ts';
import { DOCS_INPUT } from '../helpers/pages.ts';
import { writeReadmeExamples } from '../helpers/readme-examples.ts';
import { RECORDS, RESPONSES } from '../helpers/records.ts';

const ROOT = join(DOCS_INPUT, '..');
let model: ResolvedModel;
let files: FileTree;
let dir: string;

beforeAll(async () => {
  model = resolveModel(buildModel(readPages([RECORDS, RESPONSES])));
  files = await emitPackage(model);
  const parent = join(ROOT, 'node_modules', '.cache');
  mkdirSync(parent, { recursive: true });
  dir = join(mkdtempSync(join(parent, 'full-')), 'client');
  writeTree(dir, files);
  writeReadmeExamples(dir, 'readme-project', readFileSync(join(ROOT, 'README.md'), 'utf8'));
  writeReadmeExamples(dir, 'readme-package', files.get('README.md')!);
}, 120_000);

describe('the full client from the reference records', () => {
  it('has all 322 methods, each with its own file', () => {
    const index = JSON.parse(readFileSync(join(RECORDS, 'methods.json'), 'utf8')) as { name: string }[];
    expect(model.methods).toHaveLength(322);
    expect(model.methods.map((m) => m.name)).toEqual(index.map((m) => m.name).sort());
    expect(readdirSync(join(dir, 'methods'))).toHaveLength(322);
  });

  it("compiles under tsc --strict with no error, with the examples of both READMEs (the project's and the package's)", () => {
    expect(readdirSync(join(dir, 'readme-project')).length).toBeGreaterThanOrEqual(2);
    expect(readdirSync(join(dir, 'readme-package'))).toEqual([
      'example-1.ts',
      'example-2.ts',
      'example-3.ts',
    ]);
    const r = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', join(dir, 'tsconfig.json')], {
      encoding: 'utf8',
    });
    expect(`${r.stdout}${r.stderr}`).toBe('');
    expect(r.status).toBe(0);
  });

  it('declares no `any` anywhere', () => {
    const offenders = [...files.entries()].filter(
      ([path, text]) => path.endsWith('.ts') && /(:|<|\||,|\()\s*any\b(?!\w)/.test(text),
    );
    expect(offenders.map(([p]) => p)).toEqual([]);
  });

  it('puts every documented error code of a method in its enum', () => {
    const missing: string[] = [];
    for (const m of model.methods) {
      const text = files.get(`methods/${m.name}.ts`)!;
      for (const e of m.errors)
        if (
          !text.includes(`: ${JSON.stringify(e.code).replace(/^"|"$/g, "'")},`) &&
          !text.includes(`: '${e.code}'\n`)
        )
          missing.push(`${m.name}: ${e.code}`);
    }
    expect(missing).toEqual([]);
    const documented = readdirSync(RECORDS)
      .filter((f) => f !== 'methods.json' && f.endsWith('.json'))
      .reduce(
        (n, f) =>
          n +
          Object.keys(
            (JSON.parse(readFileSync(join(RECORDS, f), 'utf8')) as { errors?: object }).errors ?? {},
          ).length,
        0,
      );
    expect(model.methods.reduce((n, m) => n + m.errors.length, 0)).toBe(documented);
  });

  it('marks the deprecated methods and leaves the token to the client', () => {
    expect(files.get('methods/stars.list.ts')).toContain('@deprecated');
    expect(files.get('methods/chat.postMessage.ts')).not.toMatch(/^\s+token\??:/m);
    expect(files.get('methods/chat.postMessage.ts')).toMatch(/^\s+channel: string;/m);
  });

  it('types JSON-encoded arguments so callers can pass the structured value', () => {
    const text = files.get('methods/chat.postMessage.ts')!;
    expect(text).toMatch(/^\s+blocks\?: string \| unknown\[\];/m);
    expect(text).toMatch(/^\s+metadata\?: string \| Record<string, unknown>;/m);
  });

  it('reaches every method through SlackClient namespaces', () => {
    expect(files.get('client.ts')).toContain('readonly admin: ReturnType<typeof adminMethods>;');
    expect(files.get('client/chat.ts')).toContain('postMessage: (args: ChatPostMessageArguments');
    expect([...files.keys()].filter((p) => p.startsWith('client/'))).toHaveLength(
      new Set(model.methods.map((m) => m.name.split('.')[0])).size,
    );
  });

  it('compares its method list with the official SDK and reports what each side lacks', () => {
    const ours = new Set(model.methods.map((m) => m.name));
    const theirs = new Set(officialMethodNames());
    const onlyOurs = [...ours].filter((n) => !theirs.has(n)).sort();
    const onlyTheirs = [...theirs].filter((n) => !ours.has(n)).sort();
    console.log(
      `methods: ours ${ours.size}, official ${theirs.size}; only ours (${onlyOurs.length}): ${onlyOurs.join(', ')}; only official (${onlyTheirs.length}): ${onlyTheirs.join(', ')}`,
    );
    expect(theirs.size).toBeGreaterThan(250);
    // The official SDK's extras are its helpers (files.uploadV2) and methods newer than the records' snapshot.
    expect(onlyTheirs.length).toBeLessThan(theirs.size * 0.05);
    expect(onlyOurs).toContain('oauth.v2.user.access');
  });
});
