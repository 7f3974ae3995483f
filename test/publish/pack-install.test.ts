/**
 * Publishing: the generated package builds to JavaScript and declarations, packs, installs into
 * a fresh consumer project, type-checks a consumer file and runs it against a local server.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Project, ts } from 'ts-morph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPackage } from '../helpers/build-package.ts';
import { json, startSlackServer, type SlackServer } from '../helpers/slack-server.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSC = join(ROOT, 'node_modules', '.bin', 'tsc');
let server: SlackServer;

beforeAll(async () => {
  server = await startSlackServer();
  server.handle((req, res) => {
    if (req.url.endsWith('/oauth.v2.access')) return json(res, 200, { ok: false, error: 'invalid_code' });
    if (req.url.endsWith('/oauth.token'))
      return json(res, 200, { ok: true, access_token: 'xoxa-from-server' });
    return json(res, 200, { ok: true });
  });
});
afterAll(() => server.close());

function run(
  cmd: string,
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env } });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', (code) => resolve({ code, out }));
  });
}

/** The declaration files `entry` imports, directly or not (relative specifiers only), relative to `root`. */
function reachableDeclarations(root: string, entry: string): string[] {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(join(root, file), 'utf8');
    for (const [, spec] of text.matchAll(/(?:from|import\()\s*'(\.[^']+)'/g))
      queue.push(posix.join(posix.dirname(file), spec!.replace(/\.js$/, '.d.ts')));
  }
  return [...seen];
}

/** The files the manifest points at: every condition of `exports`, and `bin`. */
function entryFiles(pkg: string): string[] {
  const manifest = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as {
    exports: Record<string, string | Record<string, Record<string, string>>>;
    bin: Record<string, string>;
  };
  const targets = Object.values(manifest.exports).flatMap((e) =>
    typeof e === 'string' ? [e] : Object.values(e).flatMap((c) => Object.values(c)),
  );
  return [...targets, ...Object.values(manifest.bin)].map((p) => posix.normalize(p));
}

/** The first line the installed `slack-mock` command prints, then it is stopped. */
function firstLineOfSlackMock(consumer: string): Promise<string> {
  const child = spawn(join(consumer, 'node_modules', '.bin', 'slack-mock'), ['--port', '0']);
  return new Promise((resolve) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) child.kill();
    });
    child.on('close', () => resolve(out.split('\n')[0]!));
  });
}

/**
 * What TypeScript's older `node10` resolution, which reads no `exports`, says of a consumer
 * importing every entry (TypeScript 7 dropped it; ts-morph's compiler still has it, as do the
 * TypeScript 5 projects that use it): the subpaths resolve through `typesVersions`.
 */
function node10Problems(consumer: string): string {
  const file = join(consumer, 'node10.ts');
  writeFileSync(
    file,
    [
      "import { SlackClient } from 'slack-web-api-typed';",
      "import { OauthV2AccessErrorCode } from 'slack-web-api-typed/methods';",
      "import { createSlackMock } from 'slack-web-api-typed/testing';",
      'export const used = [SlackClient, OauthV2AccessErrorCode.InvalidCode, createSlackMock];',
      '',
    ].join('\n'),
  );
  const project = new Project({
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      moduleResolution: ts.ModuleResolutionKind.Node10,
      ignoreDeprecations: '6.0',
      target: ts.ScriptTarget.ES2022,
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: [],
    },
  });
  project.addSourceFileAtPath(file);
  project.resolveSourceFileDependencies();
  return project.formatDiagnosticsWithColorAndContext(project.getPreEmitDiagnostics());
}

describe('the generated package, packed and installed', () => {
  it('builds ESM and CommonJS bundles, packs only what they reach, and is imported, required and its test double run by consumers', async () => {
    // Build inside the project so the build finds @types/node; the consumer lives outside it.
    const scratch = join(ROOT, 'node_modules', '.cache');
    mkdirSync(scratch, { recursive: true });
    const pkg = join(mkdtempSync(join(scratch, 'pack-')), 'pkg');
    cpSync(join(ROOT, 'generated'), pkg, { recursive: true });
    expect(buildPackage(pkg)).toBe('');
    // The types of @slack/types are imported with `import type` only: nothing of it runs or is bundled.
    expect(readFileSync(join(pkg, 'methods', 'chat.scheduleMessage.ts'), 'utf8')).toContain(
      "from '@slack/types'",
    );
    for (const format of ['esm', 'cjs'])
      expect(readFileSync(join(pkg, 'dist', format, 'index.js'), 'utf8')).not.toContain('@slack/types');
    expect(readFileSync(join(pkg, 'dist', 'cjs', 'index.js'), 'utf8')).toContain('module.exports');
    // The error-code objects are built by the `./methods` entry only, not on importing the client.
    for (const format of ['esm', 'cjs']) {
      expect(readFileSync(join(pkg, 'dist', format, 'index.js'), 'utf8')).not.toContain('invalid_code');
      expect(readFileSync(join(pkg, 'dist', format, 'methods.js'), 'utf8')).toContain('invalid_code');
    }

    const packDir = mkdtempSync(join(tmpdir(), 'tarball-'));
    const pack = spawnSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir], {
      cwd: pkg,
      encoding: 'utf8',
    });
    expect(pack.status).toBe(0);
    // Only what an entry point reaches is packed: the bundles, the declarations they import, the manifest.
    const packed = (JSON.parse(pack.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
    const reachable = new Set([
      ...entryFiles(pkg).flatMap((f) => (f.endsWith('.d.ts') ? reachableDeclarations(pkg, f) : [f])),
      'dist/cjs/package.json',
      'package.json',
      'LICENSE',
      'README.md',
    ]);
    expect(packed).toEqual(expect.arrayContaining(['dist/esm/testing/index.js', 'dist/esm/testing/bin.js']));
    expect(packed.filter((f) => !reachable.has(f))).toEqual([]);
    const tarball = join(
      packDir,
      readdirSync(packDir).find((f) => f.endsWith('.tgz'))!,
    );

    const consumer = mkdtempSync(join(tmpdir(), 'consumer-'));
    writeFileSync(
      join(consumer, 'package.json'),
      JSON.stringify({
        name: 'consumer',
        private: true,
        type: 'module',
        dependencies: { 'slack-web-api-typed': `file:${tarball}` },
      }),
    );
    writeFileSync(
      join(consumer, 'index.ts'),
      readFileSync(fileURLToPath(new URL('consumer.ts.txt', import.meta.url)), 'utf8'),
    );
    writeFileSync(
      join(consumer, 'double.ts'),
      readFileSync(fileURLToPath(new URL('consumer-testing.ts.txt', import.meta.url)), 'utf8'),
    );
    writeFileSync(
      join(consumer, 'require.cts'),
      readFileSync(fileURLToPath(new URL('consumer-require.cts.txt', import.meta.url)), 'utf8'),
    );
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          outDir: 'out',
          skipLibCheck: false,
          types: ['node'],
          typeRoots: [join(ROOT, 'node_modules', '@types')],
        },
        include: ['index.ts', 'double.ts', 'require.cts'],
      }),
    );
    const install = await run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts'], consumer);
    expect(install.code, install.out).toBe(0);
    const installed = join(consumer, 'node_modules', 'slack-web-api-typed');
    expect(readdirSync(installed)).not.toContain('methods');
    expect(readdirSync(installed)).toEqual(
      expect.arrayContaining(['LICENSE', 'README.md', 'dist', 'package.json']),
    );
    expect(readdirSync(installed)).not.toContain('.slack-codegen.json');
    expect(JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')).license).toBe('MIT');
    // Its declarations import @slack/types, installed beside it as its dependency (the check below reads them).
    expect(readdirSync(join(consumer, 'node_modules', '@slack'))).toContain('types');

    const check = spawnSync(TSC, ['-p', join(consumer, 'tsconfig.json')], { encoding: 'utf8' });
    expect(`${check.stdout}${check.stderr}`).toBe('');
    expect(node10Problems(consumer)).toBe('');
    const result = await run(process.execPath, [join(consumer, 'out', 'index.js')], consumer, {
      BASE_URL: server.baseUrl,
    });
    expect(result.code, result.out).toBe(0);
    expect(JSON.parse(result.out.trim())).toEqual([
      'user:true',
      'token:xoxa-from-server',
      'typed:invalid_code',
    ]);
    const required = await run(process.execPath, [join(consumer, 'out', 'require.cjs')], consumer, {
      BASE_URL: server.baseUrl,
    });
    expect(required.code, required.out).toBe(0);
    expect(JSON.parse(required.out.trim())).toEqual(['token:xoxa-from-server', 'typed:invalid_code']);
    const double = await run(process.execPath, [join(consumer, 'out', 'double.js')], consumer);
    expect(double.code, double.out).toBe(0);
    expect(JSON.parse(double.out.trim())).toEqual(['channel_not_found', 'string', 2]);
    expect(await firstLineOfSlackMock(consumer)).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/$/);
  }, 180_000);
});
