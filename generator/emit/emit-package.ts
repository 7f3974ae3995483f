/**
 * The model into the files of the generated package (path → content), deterministic: the same
 * model always gives the same files. Each TypeScript file is built as structures with ts-morph,
 * printed once, and formatted once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Project, type StatementStructures } from 'ts-morph';
import type { ResolvedModel } from '../model/types.ts';
import { clientStatements, families, familyFilePath, familyStatements } from './client-file.ts';
import { DEFAULT_CACHE_DIR, formatAll, type FormatOptions } from './format.ts';
import { familyKey, methodKey, readCachedMethod, writeCachedMethod } from './emit-cache.ts';
import { methodFilePath, methodStatements } from './method-file.ts';
import { FIRST_VERSION } from '../changes/version.ts';
import {
  gitignore,
  indexTs,
  license,
  packageJson,
  tsconfigBuildJson,
  tsconfigJson,
} from './package-files.ts';
import { commonErrorCodes } from './error-enum.ts';
import { packageReadme } from './package-readme.ts';
import { buildScript, MAIN_ENTRY, type PackageEntry } from './package-build.ts';
import { sharedStatements } from './type-node.ts';

const TEMPLATES = fileURLToPath(new URL('../../templates/runtime/', import.meta.url));
const HEADER = '// Generated from the Slack Web API reference pages. Do not edit: run `npm run generate`.\n';

export type FileTree = Map<string, string>;

/** The hand-written runtime, shipped as it is. */
export function runtimeFiles(): FileTree {
  const files: FileTree = new Map();
  for (const name of readdirSync(TEMPLATES).sort()) {
    if (name.endsWith('.ts')) files.set(`runtime/${name}`, readFileSync(TEMPLATES + name, 'utf8'));
  }
  return files;
}

/** The package's entry points: the client, and the test double and its command where they were emitted. */
function packageEntries(files: FileTree): PackageEntry[] {
  const entries = [MAIN_ENTRY];
  if (files.has('testing/index.ts')) entries.push({ subpath: './testing', source: 'testing/index' });
  if (files.has('testing/cli.ts'))
    entries.push({ subpath: './testing/cli', source: 'testing/cli', bin: 'slack-mock' });
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
  files.set('model.json', `${JSON.stringify(model, null, 2)}\n`);
}

function printStatements(project: Project, path: string, statements: StatementStructures[]): string {
  const file = project.createSourceFile(path, { statements }, { overwrite: true });
  const text = file.getFullText();
  project.removeSourceFile(file);
  return HEADER + text;
}

export interface EmitOptions extends FormatOptions {
  /** The package's version (generator/changes/version.ts moves it by the API changes); `0.1.0`, the first, by default. */
  version?: string;
}

/** Only a resolved model can be emitted (generator/resolve/resolve-model.ts): emitters render, they never infer. */
export async function emitPackage(model: ResolvedModel, options: EmitOptions = {}): Promise<FileTree> {
  const project = new Project({ useInMemoryFileSystem: true });
  const methods = model.methods;
  const formatCache = options.cacheDir === undefined ? DEFAULT_CACHE_DIR : options.cacheDir;
  const emitCache = formatCache ? join(formatCache, '..', 'emit') : null;
  const files: FileTree = new Map();
  const unformatted: [string, string][] = [];
  const fresh: { path: string; key: string; shared: string[] }[] = [];
  const shared = new Set<string>();
  for (const m of methods) {
    const path = methodFilePath(m);
    const key = methodKey(m);
    const cached = readCachedMethod(emitCache, key);
    if (cached) {
      cached.shared.forEach((s) => shared.add(s));
      files.set(path, cached.text);
      continue;
    }
    const file = methodStatements(m);
    file.shared.forEach((s) => shared.add(s));
    unformatted.push([path, printStatements(project, path, file.statements)]);
    fresh.push({ path, key, shared: [...file.shared].sort() });
  }
  for (const [family, members] of families(methods)) {
    const path = familyFilePath(family);
    const key = familyKey(family, members);
    const cached = readCachedMethod(emitCache, key);
    if (cached) files.set(path, cached.text);
    else {
      unformatted.push([path, printStatements(project, path, familyStatements(family, members))]);
      fresh.push({ path, key, shared: [] });
    }
  }
  if (shared.size > 0)
    unformatted.push([
      'shared.ts',
      printStatements(project, 'shared.ts', sharedStatements(shared, model.shared)),
    ]);
  unformatted.push([
    'common-errors.ts',
    printStatements(project, 'common-errors.ts', commonErrorCodes(model.commonErrors)),
  ]);
  unformatted.push(['client.ts', printStatements(project, 'client.ts', clientStatements(methods))]);
  unformatted.push(['index.ts', indexTs(methods, shared.size > 0)]);
  const formatted = await formatAll(
    unformatted.map(([, text]) => text),
    options,
  );
  unformatted.forEach(([path], i) => files.set(path, formatted[i]!));
  for (const f of fresh) writeCachedMethod(emitCache, f.key, { text: files.get(f.path)!, shared: f.shared });
  for (const [path, text] of runtimeFiles()) files.set(path, text);
  addPackageFiles(files, model, options.version ?? FIRST_VERSION);
  return new Map([...files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
