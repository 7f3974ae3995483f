/**
 * The command line: wires reading, merging and writing; no logic of its own.
 *   npm run generate -- --input docs-input --out generated --model-out model.json
 */
import { Command } from 'commander';
import { InputError, readPages } from './input/read-pages.ts';
import { countBySeverity, type Diagnostic } from './model/diagnostics.ts';
import { buildModel } from './pipeline.ts';
import { emitPackage } from './emit/emit-package.ts';
import { writeFileAtomic } from './output/write-atomic.ts';
import { writeTree } from './output/write-tree.ts';
import { compareTree } from './output/compare-tree.ts';
import { bumpOf, changeReport, diffModels } from './changes/diff-models.ts';
import type { Model } from './model/types.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { watchInputs } from './watch.ts';

interface Options {
  input: string[];
  out: string;
  modelOut?: string;
  strict?: boolean;
  verbose?: boolean;
  check?: boolean;
  report?: string;
  reportChanges?: string;
  watch?: boolean;
}

const program = new Command()
  .name('generate')
  .description('Read Slack Web API reference pages and emit the model and typed client.')
  .option('--input <dir>', 'folder of reference pages, read recursively (repeatable)', (v: string, prev: string[]) => [...prev, v], [] as string[])
  .option('--out <dir>', 'output folder for the generated package', 'generated')
  .option('--model-out <file>', 'write the intermediate model as JSON')
  .option('--strict', 'treat warnings as fatal')
  .option('--verbose', 'print informational diagnostics too')
  .option('--check', 'generate in memory and exit 1 if the output folder differs (it is not written)')
  .option('--report <file>', 'write the diagnostics as JSON')
  .option('--report-changes <file>', 'write the API changes since the model in the output folder, as Markdown')
  .option('--watch', 'keep running and regenerate whenever a page changes')
  .action(async (opts: Options) => {
    await run(opts);
    if (!opts.watch || process.exitCode === 2) return;
    console.log('watching for changes (Ctrl-C to stop)…');
    watchInputs(opts.input.length > 0 ? opts.input : ['docs-input'], async () => {
      const started = performance.now();
      await run(opts);
      console.log(`regenerated in ${Math.round(performance.now() - started)} ms`);
    });
  });

async function run(opts: Options): Promise<void> {
  const inputs = opts.input.length > 0 ? opts.input : ['docs-input'];
  let pages;
  try {
    pages = readPages(inputs);
  } catch (err) {
    if (err instanceof InputError) {
      console.error(`error: ${err.message}`);
      process.exitCode = 2;
      return;
    }
    throw err;
  }
  const model = buildModel(pages);
  const all: Diagnostic[] = [...model.diagnostics, ...model.methods.flatMap((m) => m.diagnostics)];
  const unique = dedupe(all);
  printDiagnostics(unique, opts.verbose === true);
  const json = `${JSON.stringify(model, null, 2)}\n`;
  if (opts.modelOut) writeFileAtomic(opts.modelOut, json);
  if (opts.report) writeFileAtomic(opts.report, `${JSON.stringify({ diagnostics: unique }, null, 2)}\n`);
  if (opts.reportChanges) {
    const previous = readPreviousModel(join(opts.out, 'model.json'));
    const changes = diffModels(previous, model);
    writeFileAtomic(opts.reportChanges, changeReport(changes));
    console.log(`API changes: ${changes.length}, semver bump ${bumpOf(changes)}`);
  }
  const files = await emitPackage(model);
  if (opts.check) {
    const difference = compareTree(opts.out, files);
    if (!difference.clean) {
      console.log(`${opts.out} is stale:`);
      for (const p of difference.missing) console.log(`  missing ${p}`);
      for (const p of difference.extra) console.log(`  not generated ${p}`);
      for (const c of difference.changed) console.log(`  changed ${c.path}\n${c.diff.replace(/^/gm, '    ')}`);
      process.exitCode = 1;
    } else console.log(`${opts.out} is up to date.`);
  } else {
    const result = writeTree(opts.out, files);
    console.log(result.upToDate ? `${opts.out}: up to date, nothing written` : `${opts.out}: ${result.written} files written, ${result.unchanged} unchanged`);
  }
  const counts = countBySeverity(unique);
  const args = model.methods.reduce((n, m) => n + m.args.length, 0);
  const codes = model.methods.reduce((n, m) => n + m.errors.length, 0);
  console.log(
    `${pages.length} pages, ${model.methods.length} methods, ${args} arguments, ${codes} error codes; ` +
      `diagnostics: ${counts.error} errors, ${counts.warning} warnings, ${counts.info} notes`,
  );
  if (counts.error > 0 || (opts.strict && counts.warning > 0)) process.exitCode = 1;
  return;
}

/** The model the current output was made from (empty when there is none yet). */
function readPreviousModel(path: string): Model {
  if (!existsSync(path)) return { methods: [], diagnostics: [] };
  return JSON.parse(readFileSync(path, 'utf8')) as Model;
}

function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = JSON.stringify(d);
    return !seen.has(key) && Boolean(seen.add(key));
  });
}

function printDiagnostics(diagnostics: Diagnostic[], verbose: boolean): void {
  const shown = diagnostics.filter((d) => verbose || d.severity !== 'info');
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of shown) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  for (const [file, list] of [...byFile.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    console.log(file);
    for (const d of list) console.log(`  ${d.severity} ${d.code} [${d.section}${d.line ? `:${d.line}` : ''}] ${d.message}`);
  }
}

await program.parseAsync();
