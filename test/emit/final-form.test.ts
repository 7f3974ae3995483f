/**
 * The package's TypeScript is printed in its final form instead of being formatted on every
 * run (generator/emit/final-form.ts), so prettier guards the style here: every file rendered
 * for the seeds, the docs-input pages, the tricky fixtures and a sample of the records with
 * their recordings must be byte for byte what prettier makes of ts-morph's printing of the same
 * statements, the way the generator made every file before.
 */
import { join } from 'node:path';
import { format, util } from 'prettier';
import { Project, type StatementStructures } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { clientStatements, families, familyStatements } from '../../generator/emit/client-file.ts';
import { commonErrorCodes } from '../../generator/emit/error-enum.ts';
import { finalStatement } from '../../generator/emit/final-form.ts';
import { methodStatements } from '../../generator/emit/method-file.ts';
import { indexTs, methodsIndexTs } from '../../generator/emit/package-files.ts';
import { mockTableTs } from '../../generator/emit/mock-table.ts';
import { HEADER, renderFiles } from '../../generator/emit/render-files.ts';
import { requote } from '../../generator/emit/prettier-quotes.ts';
import { sharedStatements } from '../../generator/emit/type-node.ts';
import { readPages } from '../../generator/input/read-pages.ts';
import type { ResolvedModel } from '../../generator/model/types.ts';
import { buildModel } from '../../generator/pipeline.ts';
import { resolveModel } from '../../generator/resolve/resolve-model.ts';
import { blockKitModel } from './fixtures/block-kit-model.ts';
import { trickyModel } from './fixtures/tricky-model.ts';
import { DOCS_INPUT, docsInput } from '../helpers/pages.ts';
import { RECORDS, RESPONSES } from '../helpers/records.ts';

const PRETTIER = { singleQuote: true, printWidth: 110, trailingComma: 'all', parser: 'typescript' } as const;
const SEEDS = join(DOCS_INPUT, '..', '..', 'shared', 'seeds');

/** The statement-built files of a package, by path, as emitPackage lists them. */
function sourcesOf(model: ResolvedModel): { path: string; statements: StatementStructures[] }[] {
  const shared = new Set<string>();
  const files = model.methods.map((m) => {
    const file = methodStatements(m);
    file.shared.forEach((s) => shared.add(s));
    return { path: `methods/${m.name}.ts`, statements: file.statements };
  });
  for (const [family, members] of families(model.methods))
    files.push({ path: `client/${family}.ts`, statements: familyStatements(family, members) });
  if (shared.size > 0) files.push({ path: 'shared.ts', statements: sharedStatements(shared, model.shared) });
  files.push({ path: 'common-errors.ts', statements: commonErrorCodes(model.commonErrors) });
  files.push({ path: 'client.ts', statements: clientStatements(model.methods) });
  return files;
}

/** What the generator made before: ts-morph prints the whole file, prettier formats it. */
async function formattedByPrettier(statements: StatementStructures[]): Promise<string> {
  const project = new Project({ useInMemoryFileSystem: true });
  const file = project.createSourceFile('file.ts', { statements });
  return format(HEADER + file.getFullText(), PRETTIER);
}

/** The paths whose rendered text differs from prettier's, with the first differing line of each. */
async function differences(model: ResolvedModel): Promise<string[]> {
  const sources = sourcesOf(model);
  const rendered = await renderFiles(sources, { cacheDir: null, workers: 0 });
  const out: string[] = [];
  for (const { path, statements } of sources) {
    const expected = await formattedByPrettier(statements);
    const actual = rendered.get(path)!;
    if (actual === expected) continue;
    const lines = actual.split('\n');
    const at = expected.split('\n').findIndex((l, i) => l !== lines[i]);
    out.push(`${path}:${at + 1}: ${lines[at]}`);
  }
  return out;
}

function modelOf(inputs: string[], keep: (stem: string) => boolean = () => true): ResolvedModel {
  return resolveModel(buildModel(readPages(inputs).filter((p) => keep(p.stem))));
}

describe('files printed in their final form', () => {
  it('are what prettier makes of the docs-input pages', async () => {
    expect(await differences(docsInput().resolved)).toEqual([]);
  });

  it('are what prettier makes of the seed pages', async () => {
    expect(await differences(modelOf([SEEDS]))).toEqual([]);
  });

  it('are what prettier makes of names, codes and docs that break careless code', async () => {
    expect(await differences(resolveModel(trickyModel))).toEqual([]);
    expect(await differences(resolveModel(blockKitModel))).toEqual([]);
  });

  it('are what prettier makes of a sample of the records with their recorded responses', async () => {
    const stems = readPages([RECORDS]).map((p) => p.stem);
    const sample = new Set(stems.filter((_, i) => i % 6 === 0));
    expect(await differences(modelOf([RECORDS, RESPONSES], (s) => sample.has(s)))).toEqual([]);
  }, 120_000);

  it("lay out the full client's tables by method name as prettier does, long names included", async () => {
    const statements = clientStatements(modelOf([RECORDS, RESPONSES]).methods);
    const tables = ['SlackMethods', 'SPECS', 'PaginatedMethods', 'PAGINATED'];
    const named = (s: StatementStructures) =>
      'name' in s ? s.name : 'declarations' in s ? s.declarations[0]?.name : undefined;
    const mine = statements.filter((s) => tables.includes(String(named(s))));
    expect(mine.map((s) => finalStatement(s) === null)).toEqual([false, false, false, false]);
    const rendered = await renderFiles([{ path: 'client.ts', statements }], { cacheDir: null, workers: 0 });
    expect(rendered.get('client.ts')).toBe(await formattedByPrettier(statements));
  }, 120_000);

  it("write the full client's entry points, long method names included, as prettier does", async () => {
    const methods = modelOf([RECORDS, RESPONSES]).methods;
    for (const text of [indexTs(methods, true), methodsIndexTs(methods)])
      expect(text).toBe(await format(text, PRETTIER));
  }, 120_000);

  it("print the full client's test-double table in prettier's form, not leaving it to prettier", async () => {
    const table = mockTableTs(modelOf([RECORDS, RESPONSES]).methods, util.getStringWidth);
    expect(table.final).toBe(true);
    expect(table.text).toBe(await format(table.text, PRETTIER));
  }, 120_000);

  it('leave to prettier only the few statements the printers do not know', () => {
    const statements = sourcesOf(docsInput().resolved).flatMap((f) => f.statements);
    const left = statements.filter((s) => finalStatement(s) === null).length;
    expect(left / statements.length).toBeLessThan(0.1);
  });
});

describe('string literals requoted as prettier quotes them', () => {
  it('turns double quotes single unless the text holds more single quotes', () => {
    expect(requote('"internal_error"')).toBe("'internal_error'");
    expect(requote(`"it's"`)).toBe(`"it's"`);
    expect(requote(`"c'd\\"e\\""`)).toBe(`'c\\'d"e"'`);
  });

  it('keeps escapes prettier keeps and leaves an escaped single quote to prettier', () => {
    expect(requote('"a\\d\\n\\u2028"')).toBe("'a\\d\\n\\u2028'");
    expect(requote(`"\\'"`)).toBeNull();
  });
});
