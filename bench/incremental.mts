/**
 * Regeneration after one page changed, in a process that already generated once (the generator
 * loaded and its caches filled, as in a watch loop). Prints JSON: the median and each phase.
 * Usage: tsx bench/incremental.mts <records dir> <out dir> [more input dirs…]
 */
import { performance } from 'node:perf_hooks';
import { emitPackage } from '../generator/emit/emit-package.ts';
import { readPages } from '../generator/input/read-pages.ts';
import { mergePages } from '../generator/merge/merge.ts';
import { writeTree } from '../generator/output/write-tree.ts';
import { rememberBetweenRuns } from '../generator/generate.ts';
import { readAllPages } from '../generator/pipeline.ts';
import { resolveModel } from '../generator/resolve/resolve-model.ts';

const [input, out, ...more] = process.argv.slice(2) as [string, string, ...string[]];
const pages = readPages([input, ...more]);
// As --watch does: what is read and written is remembered, a change redoes only what it touches.
rememberBetweenRuns();
const generate = async () => {
  const t0 = performance.now();
  const facts = readAllPages(pages);
  const t1 = performance.now();
  // Resolving is part of the model phase: emit takes a resolved model.
  const model = resolveModel(mergePages(facts.map((f, i) => ({ facts: f, stem: pages[i].stem }))));
  const t2 = performance.now();
  const files = await emitPackage(model);
  const t3 = performance.now();
  writeTree(out, files);
  const t4 = performance.now();
  return { total: t4 - t0, parse: t1 - t0, model: t2 - t1, emitAndFormat: t3 - t2, write: t4 - t3 };
};
await generate();
const page = pages.find((p) => p.stem === 'chat.postMessage')!;
const runs = [];
for (let i = 0; i < 5; i++) {
  const record = JSON.parse(page.content) as { desc: string };
  record.desc = `Sends a message to a channel (edit ${i}).`;
  page.content = JSON.stringify(record);
  runs.push(await generate());
}
runs.sort((a, b) => a.total - b.total);
console.log(JSON.stringify(runs[Math.floor(runs.length / 2)]));
