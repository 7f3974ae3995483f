/** Where the time of one generation goes, phase by phase, in a fresh process. Prints JSON. */
import { performance } from 'node:perf_hooks';

const t0 = performance.now();
const { readPages } = await import('../generator/input/read-pages.ts');
const { readAllPages } = await import('../generator/pipeline.ts');
const { mergePages } = await import('../generator/merge/merge.ts');
const { resolveModel } = await import('../generator/resolve/resolve-model.ts');
const { Project } = await import('ts-morph');
const { methodStatements } = await import('../generator/emit/method-file.ts');
const { clientStatements } = await import('../generator/emit/client-file.ts');
const { formatAll } = await import('../generator/emit/format.ts');
const { emitPackage } = await import('../generator/emit/emit-package.ts');
const { writeTree } = await import('../generator/output/write-tree.ts');
const t1 = performance.now();
const [input, out] = process.argv.slice(2) as [string, string];
const pages = readPages([input]);
const t2 = performance.now();
const facts = readAllPages(pages);
const t3 = performance.now();
// The model phase includes resolving it (response types, paging, shared objects): emit takes a resolved model.
const model = resolveModel(mergePages(facts.map((f, i) => ({ facts: f, stem: pages[i].stem }))));
const t4 = performance.now();
const project = new Project({ useInMemoryFileSystem: true });
const texts = model.methods.map((m) =>
  project
    .createSourceFile('m.ts', { statements: methodStatements(m).statements }, { overwrite: true })
    .getFullText(),
);
texts.push(
  project
    .createSourceFile('c.ts', { statements: clientStatements(model.methods) }, { overwrite: true })
    .getFullText(),
);
const t5 = performance.now();
await formatAll(texts, { cacheDir: null });
const t6 = performance.now();
const files = await emitPackage(model, { cacheDir: null });
const t7 = performance.now();
writeTree(out, files);
const t8 = performance.now();
console.log(
  JSON.stringify({
    import: t1 - t0,
    read: t2 - t1,
    parse: t3 - t2,
    model: t4 - t3,
    emit: t5 - t4,
    format: t6 - t5,
    write: t8 - t7,
  }),
);
