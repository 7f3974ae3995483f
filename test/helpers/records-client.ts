/**
 * A client generated from a few of the structured records into a scratch folder inside the
 * project (so it resolves undici), for tests that call methods docs-input/ does not have.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { emitPackage } from '../../generator/emit/emit-package.ts';
import { readPages } from '../../generator/input/read-pages.ts';
import { buildModel } from '../../generator/pipeline.ts';
import { resolveModel } from '../../generator/resolve/resolve-model.ts';
import { writeTree } from '../../generator/output/write-tree.ts';
import { DOCS_INPUT } from './pages.ts';
import { RECORDS } from './records.ts';

export async function recordsClientDir(methods: readonly string[]): Promise<string> {
  const pages = readPages([RECORDS]).filter((p) => methods.includes(p.stem));
  const parent = join(DOCS_INPUT, '..', 'node_modules', '.cache');
  mkdirSync(parent, { recursive: true });
  const dir = join(mkdtempSync(join(parent, 'records-client-')), 'client');
  writeTree(dir, await emitPackage(resolveModel(buildModel(pages))));
  return dir;
}

export async function importClient<T>(dir: string): Promise<T> {
  return (await import(pathToFileURL(join(dir, 'index.ts')).href)) as T;
}
