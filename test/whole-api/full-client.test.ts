/**
 * The complete client users get, from the 322 structured records and the recorded responses:
 * generated into a scratch folder (the committed generated/ stays what docs-input/ makes),
 * compiled with the examples of both READMEs, and checked for `any` and codes.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
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
  mkdirSync(join(dir, 'groups'));
  writeFileSync(join(dir, 'groups', 'consumer.ts'), GROUPS_CONSUMER);
}, 120_000);

/** Calls that break and keep the argument groups, for tsc (see arg-groups-consumer.ts.txt). */
const GROUPS_CONSUMER = readFileSync(join(import.meta.dirname, 'arg-groups-consumer.ts.txt'), 'utf8');

const tsc = (project: string) =>
  spawnSync(join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', project], { encoding: 'utf8' });

describe('the full client from the reference records', () => {
  it('has all 322 methods, each with its own file', () => {
    const index = JSON.parse(readFileSync(join(RECORDS, 'methods.json'), 'utf8')) as { name: string }[];
    expect(model.methods).toHaveLength(322);
    expect(model.methods.map((m) => m.name)).toEqual(index.map((m) => m.name).sort());
    expect(readdirSync(join(dir, 'methods'))).toHaveLength(322);
  });

  it("compiles under tsc --strict with no error, with the examples of both READMEs (the project's and the package's) and the argument-group calls", () => {
    expect(readdirSync(join(dir, 'readme-project')).length).toBeGreaterThanOrEqual(2);
    expect(readdirSync(join(dir, 'readme-package'))).toEqual([
      'example-1.ts',
      'example-2.ts',
      'example-3.ts',
    ]);
    const r = tsc(join(dir, 'tsconfig.json'));
    expect(`${r.stdout}${r.stderr}`).toBe('');
    expect(r.status).toBe(0);
  });

  it('types the argument groups: calls that break one do not compile, with errors that name the type', () => {
    // The compile above checks groups/consumer.ts: every @ts-expect-error met an error. Without the
    // directives, each of those calls is an error of its own, naming the method's arguments type.
    const bare = GROUPS_CONSUMER.replace(/^\/\/ @ts-expect-error.*\n/gm, '');
    const expected = GROUPS_CONSUMER.split('\n').filter((l) => l.startsWith('// @ts-expect-error')).length;
    const check = join(dir, 'groups-bare');
    mkdirSync(check, { recursive: true });
    writeFileSync(join(check, 'consumer.ts'), bare);
    writeFileSync(
      join(check, 'tsconfig.json'),
      JSON.stringify({ extends: '../tsconfig.json', include: ['consumer.ts'] }),
    );
    const r = tsc(join(check, 'tsconfig.json'));
    const errors = r.stdout.split('\n').filter((l) => /groups-bare\/consumer\.ts\(\d+,\d+\): error/.test(l));
    expect(errors).toHaveLength(expected);
    expect(r.stdout).toContain("not assignable to parameter of type 'ConversationsOpenArguments'");
    expect(r.stdout).toContain("not assignable to parameter of type 'ViewsUpdateArguments'");
    expect(r.stdout).toContain("Property 'external_id' is missing");
    expect(files.get('methods/views.update.ts')).toContain(
      'export type ViewsUpdateArguments = ViewsUpdateArgumentsBase & ({ view_id: string } | { external_id: string });',
    );
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
    const text = files.get('methods/chat.postEphemeral.ts')!;
    expect(text).toMatch(/^\s+metadata\?: string \| ChatPostEphemeralArgumentsMetadata \| undefined;/m);
    expect(text).toMatch(/^\s+entities: EntityMetadata\[\];/m);
    expect(files.get('methods/blocks.validate.ts')).toMatch(
      /^\s+message\?: string \| Record<string, unknown> \| undefined;/m,
    );
  });

  it('types Block Kit, attachments, views and metadata with @slack/types, importing them, never declaring them', () => {
    const post = files.get('methods/chat.postMessage.ts')!;
    expect(post).toContain(
      "import type { EntityMetadata, KnownBlock, MessageAttachment, MessageMetadata } from '@slack/types';",
    );
    expect(post).toMatch(/^\s+blocks\?: string \| KnownBlock\[\] \| undefined;/m);
    expect(post).toMatch(/^\s+attachments\?: string \| MessageAttachment\[\] \| undefined;/m);
    expect(post).toMatch(
      /^\s+metadata\?: string \| MessageMetadata \| ChatPostMessageArgumentsMetadata \| undefined;/m,
    );
    expect(files.get('methods/views.open.ts')).toMatch(/^\s+view: string \| View;/m);
    expect(files.get('methods/views.push.ts')).toMatch(/^\s+view: string \| ModalView;/m);
    expect(files.get('methods/views.publish.ts')).toMatch(/^\s+view: string \| HomeView;/m);
    // views.update's response holds the package's own `View` (the docs' `view` object).
    const update = files.get('methods/views.update.ts')!;
    expect(update).toContain("import type { View as SlackView } from '@slack/types';");
    expect(update).toMatch(/^\s+view: string \| SlackView;/m);
    expect(files.get('shared.ts')).toMatch(
      /^export interface Message \{[^}]*\n\s+blocks\?: KnownBlock\[\];/m,
    );
    const declared = [...files.entries()].filter(
      ([path, text]) =>
        path.endsWith('.ts') &&
        /^export (interface|type) (KnownBlock|SectionBlock|MessageAttachment|ModalView)\b/m.test(text),
    );
    expect(declared.map(([path]) => path)).toEqual([]);
  });

  it('lets a consumer pass valid blocks and views, not a misspelt block type nor a number for a view, and send a message read back to chat.update', () => {
    // A consumer's usual settings: strict, without exactOptionalPropertyTypes (see block-kit-consumer.ts.txt).
    const consumer = join(dir, '..', 'block-kit-consumer');
    mkdirSync(consumer, { recursive: true });
    copyFileSync(join(import.meta.dirname, 'block-kit-consumer.ts.txt'), join(consumer, 'consumer.ts'));
    const compilerOptions = {
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: ['node'],
    };
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({ compilerOptions, files: ['consumer.ts'] }),
    );
    const r = tsc(join(consumer, 'tsconfig.json'));
    expect(`${r.stdout}${r.stderr}`).toBe('');
    expect(r.status).toBe(0);
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
