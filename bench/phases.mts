/** Where the time of one generation goes, phase by phase, in a fresh process. Prints JSON. */
import { performance } from 'node:perf_hooks';

const [input, out, ...more] = process.argv.slice(2) as [string, string, ...string[]];
const { readPages } = await import('../generator/input/read-pages.ts');
const { readAllPages } = await import('../generator/pipeline.ts');
const { mergePages } = await import('../generator/merge/merge.ts');
const { resolveModel } = await import('../generator/resolve/resolve-model.ts');
const { emitPackage } = await import('../generator/emit/emit-package.ts');
const { prewarmFormatter } = await import('../generator/emit/format.ts');
const { writeTree } = await import('../generator/output/write-tree.ts');
// As a run does: the formatting worker loads prettier while the pages are read.
prewarmFormatter();
const t1 = performance.now();
const pages = readPages([input, ...more]);
const t2 = performance.now();
const facts = readAllPages(pages);
const t3 = performance.now();
// The model phase includes resolving it (response types, paging, shared objects): emit takes a resolved model.
const model = resolveModel(mergePages(facts.map((f, i) => ({ facts: f, stem: pages[i].stem }))));
const t4 = performance.now();
const files = await emitPackage(model, { cacheDir: null });
const t5 = performance.now();
writeTree(out, files);
const t6 = performance.now();
console.log(JSON.stringify({ read: t2 - t1, parse: t3 - t2, model: t4 - t3, emit: t5 - t4, write: t6 - t5 }));
