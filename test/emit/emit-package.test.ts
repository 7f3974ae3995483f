/**
 * The emitted package: the committed generated/ is what the pages give, it compiles under
 * strict tsc, and docs that would break careless code (comment ends, reserved and odd names,
 * colliding codes) still give code that compiles and means what the docs say.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { format } from 'prettier';
import { describe, expect, it } from 'vitest';
import { bumpOf, diffModels } from '../../generator/changes/diff-models.ts';
import { readPreviousOutput } from '../../generator/changes/previous-output.ts';
import { nextVersion } from '../../generator/changes/version.ts';
import { emitPackage } from '../../generator/emit/emit-package.ts';
import { mockTableTs } from '../../generator/emit/mock-table.ts';
import { MANIFEST_NAME } from '../../generator/output/manifest.ts';
import { writeTree } from '../../generator/output/write-tree.ts';
import { docsInput, DOCS_INPUT } from '../helpers/pages.ts';
import { writeReadmeExamples } from '../helpers/readme-examples.ts';
import { resolveModel } from '../../generator/resolve/resolve-model.ts';
import { trickyModel } from './fixtures/tricky-model.ts';
import { blockKitModel } from './fixtures/block-kit-model.ts';

const tricky = resolveModel(trickyModel);
const PRETTIER = { singleQuote: true, printWidth: 110, trailingComma: 'all', parser: 'typescript' } as const;

const ROOT = join(DOCS_INPUT, '..');
const TSC = join(ROOT, 'node_modules', '.bin', 'tsc');

function tsc(project: string): { status: number | null; output: string } {
  const r = spawnSync(TSC, ['-p', project], { encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

function filesUnder(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory()
      ? filesUnder(path, base)
      : [relative(base, path).split('\\').join('/')];
  });
}

/** A scratch folder inside the project, so that the emitted package resolves undici and @types/node. */
function scratch(): string {
  const parent = join(ROOT, 'node_modules', '.cache');
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(join(parent, 'emit-'));
}

describe('the generated package from docs-input/', () => {
  it('is exactly what is committed in generated/', async () => {
    // The version as a run of generate gives it: moved from the one kept there by the API changes since.
    const previous = readPreviousOutput(join(ROOT, 'generated'));
    const version = nextVersion(previous.version, bumpOf(diffModels(previous.model, docsInput().resolved)));
    const files = await emitPackage(docsInput().resolved, { version });
    // The manifest is the output writer's record of these files, not an emitted file.
    const onDisk = filesUnder(join(ROOT, 'generated'))
      .filter((p) => p !== MANIFEST_NAME)
      .sort();
    expect(onDisk).toEqual([...files.keys()]);
    for (const [path, content] of files)
      expect(readFileSync(join(ROOT, 'generated', path), 'utf8'), path).toBe(content);
  });

  it('compiles under tsc --strict', () => {
    const r = tsc(join(ROOT, 'generated', 'tsconfig.json'));
    expect(r.output).toBe('');
    expect(r.status).toBe(0);
  });

  it('ships a README whose examples (a first call, errors, paging) compile against the package', () => {
    const dir = join(scratch(), 'client');
    cpSync(join(ROOT, 'generated'), dir, { recursive: true });
    const examples = writeReadmeExamples(dir, 'readme', readFileSync(join(dir, 'README.md'), 'utf8'));
    expect(examples).toHaveLength(3);
    expect(readFileSync(examples[0]!, 'utf8')).toContain('await client.conversations.history({ channel:');
    const r = tsc(join(dir, 'tsconfig.json'));
    expect(r.output).toBe('');
    expect(r.status).toBe(0);
  });

  it('exports the declarations of every seed method, with every documented argument and code', async () => {
    const files = await emitPackage(docsInput().resolved);
    const v2 = files.get('methods/oauth.v2.access.ts')!;
    for (const name of [
      'OauthV2AccessArguments',
      'OauthV2AccessResponse',
      'OauthV2AccessErrorCode',
      'oauthV2Access',
    ])
      expect(v2).toContain(name);
    const user = files.get('methods/oauth.v2.user.access.ts')!;
    for (const a of [
      'client_id',
      'client_secret',
      'code',
      'code_verifier',
      'redirect_uri',
      'grant_type',
      'refresh_token',
    ]) {
      expect(user).toMatch(new RegExp(`\\n  ${a}\\?: string \\| undefined;`));
    }
    expect(user).toContain("UserEmailUnverified: 'user_email_unverified'");
    const token = files.get('methods/oauth.token.ts')!;
    expect(token).toMatch(/\n  client_id: string \| number \| boolean;/);
    expect(token).toContain("InvalidArrayArg: 'invalid_array_arg'");
    expect(token).toContain('permissions: OauthTokenResponsePermission[];');
    expect(files.get('client.ts')).toContain('readonly oauth: ReturnType<typeof oauthMethods>;');
    expect(files.get('client/oauth.ts')).toMatch(/export function oauthMethods\(transport: SlackCaller\)/);
  });
});

describe("the test double's table", () => {
  it("is printed in prettier's form, and left to prettier where an example has a key it cannot quote for sure", async () => {
    const [first, ...rest] = tricky.methods;
    const example = { ok: true, déjà: 'vu', naïve: { 'deep-key': [1, 2] } };
    const odd = {
      ...first!,
      responses: [{ kind: 'success' as const, description: null, example, source: 'test' }],
    };
    const files = await emitPackage({ ...tricky, methods: [odd, ...rest] }, { cacheDir: null });
    const table = files.get('testing/methods.ts')!;
    expect(table).toContain("déjà: 'vu'");
    expect(table).toBe(await format(table, PRETTIER));
    // This table went to prettier: the printer does not quote a non-ASCII key for sure.
    expect(mockTableTs([odd, ...rest]).final).toBe(false);
    const plain = (await emitPackage(tricky, { cacheDir: null })).get('testing/methods.ts')!;
    expect(plain).toBe(await format(plain, PRETTIER));
  });
});

describe('emitting docs that would break careless code', () => {
  it('matches the snapshot', async () => {
    const files = await emitPackage(tricky);
    expect(files.get('methods/chat.delete.ts')).toMatchSnapshot();
    expect(files.get('client.ts')).toMatchSnapshot();
    expect(files.get('client/chat.ts')).toMatchSnapshot();
  });

  it('escapes comment ends and odd characters, quotes odd names and separates colliding codes', async () => {
    const text = (await emitPackage(tricky)).get('methods/chat.delete.ts')!;
    expect(text).not.toMatch(/\*\/ and starts/);
    expect(text).toContain('Ends a comment *\\/ and starts a template ${oops}');
    expect(text).not.toContain('\u2028');
    expect(text).not.toContain('\u0000');
    expect(text).toContain("'not-an-identifier'?: number | undefined;");
    expect(text).toContain('__proto__?: Record<string, unknown> | undefined;');
    expect(text).toContain("'2fa'?: unknown[] | undefined;");
    expect(text).toMatch(/mode\?: 'a' \| "b'c" \| 'd"e' \| undefined;/);
    expect(text).toContain("InvalidAuth: 'invalid_auth'");
    expect(text).toContain("InvalidAuth_2: 'invalid-auth'");
    expect(text).toContain("_2faRequired: '2fa_required'");
    expect(text).not.toMatch(/^\s+token\??:/m);
    expect(text).toContain('@deprecated');
  });

  it('gives code that compiles under tsc --strict', async () => {
    const dir = join(scratch(), 'pkg');
    writeTree(dir, await emitPackage(tricky));
    const r = tsc(join(dir, 'tsconfig.json'));
    expect(r.output).toBe('');
    expect(r.status).toBe(0);
  });

  it('gives the same files from its caches as without them', async () => {
    const cacheDir = join(scratch(), 'format');
    const fresh = await emitPackage(tricky, { cacheDir: null });
    const filling = await emitPackage(tricky, { cacheDir });
    const fromCache = await emitPackage(tricky, { cacheDir });
    expect([...filling.entries()]).toEqual([...fresh.entries()]);
    expect([...fromCache.entries()]).toEqual([...fresh.entries()]);
    // One entry per method file and per client family file, one for client.ts and one for shared.ts where there is one.
    const familyCount = new Set(trickyModel.methods.map((m) => m.name.split('.')[0])).size;
    const wholeFiles = 1 + (fresh.has('shared.ts') ? 1 : 0);
    expect(readdirSync(join(cacheDir, '..', 'emit')).length).toBe(
      trickyModel.methods.length + familyCount + wholeFiles,
    );
  });

  it('gives the same bytes twice', async () => {
    const a = await emitPackage(tricky);
    const b = await emitPackage(tricky);
    expect([...a.entries()]).toEqual([...b.entries()]);
  });
});

describe('emitting Block Kit, attachments, views and metadata', () => {
  const model = resolveModel(blockKitModel);

  it('types the arguments with @slack/types, imported with import type, never declared', async () => {
    const text = (await emitPackage(model)).get('methods/chat.update.ts')!;
    expect(text).toContain(
      "import type { KnownBlock, MessageAttachment, MessageMetadata } from '@slack/types';",
    );
    expect(text).toMatch(/^ {2}blocks\?: string \| KnownBlock\[\] \| undefined;$/m);
    expect(text).toMatch(/^ {2}attachments\?: string \| MessageAttachment\[\] \| undefined;$/m);
    expect(text).toMatch(/^ {2}metadata\?: string \| MessageMetadata \| undefined;$/m);
    expect(text).toMatch(/^ {2}message\?: Message;$/m);
    expect(text).not.toMatch(/^export (interface|type) (KnownBlock|MessageAttachment|MessageMetadata)\b/m);
  });

  it("types the message's blocks, attachments and metadata in shared.ts the same way", async () => {
    const shared = (await emitPackage(model)).get('shared.ts')!;
    expect(shared).toContain(
      "import type { KnownBlock, MessageAttachment, MessageMetadata } from '@slack/types';",
    );
    expect(shared).toMatch(/^ {2}blocks\?: KnownBlock\[\];$/m);
    expect(shared).toMatch(/^ {2}attachments\?: MessageAttachment\[\];$/m);
    expect(shared).toMatch(/^ {2}metadata\?: MessageMetadata;$/m);
    expect(shared).not.toMatch(/^export interface MessageBlock\b/m);
  });

  it("imports the SDK's View as SlackView where the file also uses the package's own View", async () => {
    const text = (await emitPackage(model)).get('methods/views.update.ts')!;
    expect(text).toContain("import type { View as SlackView } from '@slack/types';");
    expect(text).toContain("import type { View } from '../shared.js';");
    expect(text).toMatch(/^ {2}view: string \| SlackView;$/m);
    expect(text).toMatch(/^ {2}view: View;$/m);
  });

  it('depends on @slack/types, and its README says why nothing of it is in the bundle', async () => {
    const files = await emitPackage(model);
    const manifest = JSON.parse(files.get('package.json')!) as { dependencies: Record<string, string> };
    expect(manifest.dependencies['@slack/types']).toBe('^3.2.0');
    expect(files.get('README.md')).toContain(
      'imports with `import type` only, so nothing of it is in the bundle',
    );
  });

  it('gives code that compiles under tsc --strict', async () => {
    const dir = join(scratch(), 'pkg');
    writeTree(dir, await emitPackage(model));
    const r = tsc(join(dir, 'tsconfig.json'));
    expect(r.output).toBe('');
    expect(r.status).toBe(0);
  });
});
