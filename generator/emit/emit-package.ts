/**
 * The model into the files of the generated package (path → content), deterministic: the same
 * model always gives the same files. Each TypeScript file is built as structures with ts-morph,
 * printed once, and formatted once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StatementStructures } from 'ts-morph';
import type { ResolvedMethod, ResolvedModel } from '../model/types.ts';
import { projectPath } from '../disk/project-root.ts';
import { clientStatements, families, familyFilePath, familyStatements } from './client-file.ts';
import { DEFAULT_CACHE_DIR, releaseFormatter, type FormatOptions } from './format.ts';
import { modelFileText } from './model-file.ts';
import { renderFiles, type PendingFile } from './render-files.ts';
import {
  clientKey,
  familyKey,
  methodKey,
  readCachedMethod,
  sharedKey,
  writeCachedMethod,
} from './emit-cache.ts';
import { methodFilePath, methodStatements } from './method-file.ts';
import { mockTableTs, testingFiles, type PendingTable } from './mock-table.ts';
import { FIRST_VERSION } from '../changes/version.ts';
import {
  gitignore,
  indexTs,
  methodsIndexTs,
  license,
  packageJson,
  tsconfigBuildJson,
  tsconfigJson,
} from './package-files.ts';
import { commonErrorCodes } from './error-enum.ts';
import { packageReadme } from './package-readme.ts';
import { buildScript, MAIN_ENTRY, METHODS_ENTRY, type PackageEntry } from './package-build.ts';
import { sharedStatements } from './type-node.ts';

const TEMPLATES = projectPath('templates', 'runtime') + '/';

export type FileTree = Map<string, string>;

/** The hand-written runtime, shipped as it is. */
export function runtimeFiles(): FileTree {
  const files: FileTree = new Map();
  for (const name of readdirSync(TEMPLATES).sort()) {
    if (name.endsWith('.ts')) files.set(`runtime/${name}`, readFileSync(TEMPLATES + name, 'utf8'));
  }
  return files;
}

/** The package's entry points: the client, the methods one by one, and the test double and its command where they were emitted. */
function packageEntries(files: FileTree): PackageEntry[] {
  const entries = [MAIN_ENTRY];
  if (files.has('methods.ts')) entries.push(METHODS_ENTRY);
  if (files.has('testing/index.ts')) entries.push({ subpath: './testing', source: 'testing/index' });
  if (files.has('testing/bin.ts'))
    entries.push({ subpath: './testing/bin', source: 'testing/bin', bin: 'slack-mock' });
  return entries;
}

/** The files around the code: manifest, build, compiler settings, README, licence, the model. */
function addPackageFiles(files: FileTree, model: ResolvedModel, version: string): void {
  const entries = packageEntries(files);
  files.set('package.json', packageJson(version, entries));
  files.set('build.mjs', buildScript(entries));
  files.set('README.md', packageReadme(model.methods));
  files.set('LICENSE', license());
  files.set('.gitignore', gitignore());
  files.set('tsconfig.json', tsconfigJson());
  files.set('tsconfig.build.json', tsconfigBuildJson());
  files.set('model.json', modelFileText(model));
}

export interface EmitOptions extends FormatOptions {
  /** The package's version (generator/changes/version.ts moves it by the API changes); `0.1.0`, the first, by default. */
  version?: string;
}

/** Only a resolved model can be emitted (generator/resolve/resolve-model.ts): emitters render, they never infer. */
export async function emitPackage(model: ResolvedModel, options: EmitOptions = {}): Promise<FileTree> {
  try {
    return await emitFiles(model, options);
  } finally {
    await releaseFormatter();
  }
}

/** What an emit gathers: files from the cache, statements still to render, and what to cache once rendered. */
interface EmitWork {
  cacheDir: string | null;
  files: FileTree;
  unformatted: PendingFile[];
  fresh: { path: string; key: string; shared: string[] }[];
  /** The shared objects the method files import. */
  shared: Set<string>;
}

/** A file from the emit cache by its key, or else its statements, queued to render and then cached. */
function cachedOr(work: EmitWork, path: string, key: string, statements: () => StatementStructures[]): void {
  const cached = readCachedMethod(work.cacheDir, key);
  if (cached) work.files.set(path, cached.text);
  else {
    work.unformatted.push({ path, statements: statements() });
    work.fresh.push({ path, key, shared: [] });
  }
}

function addMethodFiles(methods: readonly ResolvedMethod[], work: EmitWork): void {
  for (const m of methods) {
    const path = methodFilePath(m);
    const key = methodKey(m);
    const cached = readCachedMethod(work.cacheDir, key);
    if (cached) {
      cached.shared.forEach((s) => work.shared.add(s));
      work.files.set(path, cached.text);
      continue;
    }
    const file = methodStatements(m);
    file.shared.forEach((s) => work.shared.add(s));
    work.unformatted.push({ path, statements: file.statements });
    work.fresh.push({ path, key, shared: [...file.shared].sort() });
  }
}

/** The client's maps and class are prettier's to format: rendered first, on a worker, unless cached. */
function renderClient(
  methods: readonly ResolvedMethod[],
  work: EmitWork,
  options: FormatOptions,
): Promise<Map<string, string>> {
  const key = clientKey(methods);
  const cached = readCachedMethod(work.cacheDir, key);
  if (cached) return Promise.resolve(new Map([['client.ts', cached.text]]));
  work.fresh.push({ path: 'client.ts', key, shared: [] });
  const client = renderFiles([{ path: 'client.ts', statements: clientStatements(methods) }], options);
  // Its failure is reported where it is awaited, not as an unhandled rejection meanwhile.
  client.catch(() => undefined);
  return client;
}

/**
 * The test double's table in its final form; where a line's width hangs on emoji or East Asian
 * characters, measured again as prettier measures them (its `getStringWidth`, loaded then only).
 */
async function testingTable(methods: readonly ResolvedMethod[]): Promise<PendingTable> {
  const table = mockTableTs(methods);
  if (table.final) return table;
  const { util } = await import('prettier');
  return mockTableTs(methods, util.getStringWidth);
}

async function emitFiles(model: ResolvedModel, options: EmitOptions): Promise<FileTree> {
  const methods = model.methods;
  const formatCache = options.cacheDir === undefined ? DEFAULT_CACHE_DIR : options.cacheDir;
  const cacheDir = formatCache ? join(formatCache, '..', 'emit') : null;
  const work: EmitWork = { cacheDir, files: new Map(), unformatted: [], fresh: [], shared: new Set() };
  const { files, shared } = work;
  const client = renderClient(methods, work, options);
  addMethodFiles(methods, work);
  for (const [family, members] of families(methods))
    cachedOr(work, familyFilePath(family), familyKey(family, members), () =>
      familyStatements(family, members),
    );
  if (shared.size > 0)
    cachedOr(work, 'shared.ts', sharedKey(shared, model.shared), () =>
      sharedStatements(shared, model.shared),
    );
  work.unformatted.push({ path: 'common-errors.ts', statements: commonErrorCodes(model.commonErrors) });
  // Both already in prettier's form.
  files.set('index.ts', indexTs(methods, shared.size > 0));
  if (methods.length > 0) files.set('methods.ts', methodsIndexTs(methods));
  const table = await testingTable(methods);
  if (table.final) files.set('testing/methods.ts', table.text);
  else work.unformatted.push({ path: 'testing/methods.ts', text: table.text });
  // Prettier's share runs on a worker meanwhile: the files around the code are made here.
  const rendering = renderFiles(work.unformatted, options);
  for (const [path, text] of runtimeFiles()) files.set(path, text);
  for (const [path, text] of testingFiles()) files.set(path, text);
  addPackageFiles(files, model, options.version ?? FIRST_VERSION);
  for (const [path, text] of [...(await client), ...(await rendering)]) files.set(path, text);
  for (const f of work.fresh)
    writeCachedMethod(cacheDir, f.key, { text: files.get(f.path)!, shared: f.shared });
  return new Map([...files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
