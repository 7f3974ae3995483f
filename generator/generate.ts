/**
 * One run of `generate`, step by step: check where the output goes, read the pages, build the
 * model and resolve it, report, work out the API changes since the output and the version they
 * move the package to, then write (or compare with) the output. Each step either goes on or ends the
 * run with an exit code; no step writes anything once a page has a fatal problem.
 */
import { homedir } from 'node:os';
import { bumpOf, changeReport, diffModels, type ApiChange } from './changes/diff-models.ts';
import { readPreviousOutput, recordOutputModel, rememberOutputModels } from './changes/previous-output.ts';
import { nextVersion } from './changes/version.ts';
import { emitPackage } from './emit/emit-package.ts';
import { prewarmFormatter } from './emit/format.ts';
import { EXIT, type ExitCode } from './exit-codes.ts';
import { InputError, readInputs, rememberInputs, type Inputs } from './input/read-pages.ts';
import { countBySeverity, type Diagnostic } from './model/diagnostics.ts';
import type { Model, ResolvedModel } from './model/types.ts';
import { compareTree } from './output/compare-tree.ts';
import { checkOutputPlace } from './output/output-place.ts';
import { OutputError } from './output/output-error.ts';
import { PROJECT_ROOT } from './disk/project-root.ts';
import { writeFileAtomic } from './disk/write-atomic.ts';
import { writeTree } from './output/write-tree.ts';
import { rememberWrites } from './output/written-before.ts';
import { buildModel, rememberPages } from './pipeline.ts';
import { resolveModel } from './resolve/resolve-model.ts';

export interface GenerateOptions {
  input: string[];
  out: string;
  modelOut?: string;
  strict?: boolean;
  verbose?: boolean;
  check?: boolean;
  force?: boolean;
  report?: string;
  reportChanges?: string;
  /** A watch run formats its few changed statements on the main thread, with no workers. */
  watch?: boolean;
}

/** The generator's own project folder: an output there would overwrite the generator. */

/** Text from pages and file names, safe to print: no terminal control sequences. */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g, '?');
}

function fail(code: ExitCode, message: string): ExitCode {
  console.error(printable(`error: ${message}`));
  return code;
}

function readInputsOrFail(inputs: readonly string[]): Inputs | ExitCode {
  try {
    const read = readInputs(inputs);
    if (read.pages.length > 0) return read;
    return fail(
      EXIT.input,
      `nothing to generate: no reference pages in ${inputs.join(', ')} ` +
        '(pages are .html, .htm, .txt, .text, .md and .json files, read recursively).',
    );
  } catch (err) {
    if (err instanceof InputError) return fail(EXIT.input, err.message);
    throw err;
  }
}

/** What a run keeps of its inputs once the model is built: the pages' text is let go. */
interface Read {
  pageCount: number;
  diagnostics: Diagnostic[];
}

/** The model the pages make, resolved; the pages themselves stay in here and are freed with it. */
function modelOf(inputs: Inputs): { model: ResolvedModel; read: Read } {
  const model = resolveModel(buildModel(inputs.pages));
  return { model, read: { pageCount: inputs.pages.length, diagnostics: inputs.diagnostics } };
}

function readAndBuild(dirs: readonly string[]): ExitCode | { model: ResolvedModel; read: Read } {
  const pages = readInputsOrFail(dirs);
  return typeof pages === 'number' ? pages : modelOf(pages);
}

function uniqueDiagnostics(model: Model, inputs: Read): Diagnostic[] {
  const all = [...inputs.diagnostics, ...model.diagnostics, ...model.methods.flatMap((m) => m.diagnostics)];
  const seen = new Set<string>();
  return all.filter((d) => {
    const key = JSON.stringify(d);
    return !seen.has(key) && Boolean(seen.add(key));
  });
}

function printDiagnostics(diagnostics: readonly Diagnostic[], verbose: boolean): void {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics)
    if (verbose || d.severity !== 'info') byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  for (const [file, list] of [...byFile.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    console.log(printable(file));
    for (const d of list)
      console.log(
        printable(`  ${d.severity} ${d.code} [${d.section}${d.line ? `:${d.line}` : ''}] ${d.message}`),
      );
  }
}

function summary(inputs: Read, model: Model, diagnostics: readonly Diagnostic[], verbose: boolean): string {
  const counts = countBySeverity(diagnostics);
  const args = model.methods.reduce((n, m) => n + m.args.length, 0);
  const codes = model.methods.reduce((n, m) => n + m.errors.length, 0);
  const notes =
    counts.info === 0 || verbose ? `${counts.info} notes` : `${counts.info} notes (--verbose shows them)`;
  return (
    `${inputs.pageCount} pages, ${model.methods.length} methods, ${args} arguments, ${codes} error codes; ` +
    `diagnostics: ${counts.error} errors, ${counts.warning} warnings, ${notes}`
  );
}

/** The API changes since the model kept in the output, and the version they move its package to. */
interface Changes {
  changes: ApiChange[];
  version: string;
  /** The version kept in the output, `null` when there is none. */
  kept: string | null;
}

/** Computed on every run (it is cheap), so that a write and `--check` give the same version. */
function changesSinceOutput(out: string, model: ResolvedModel): Changes {
  const previous = readPreviousOutput(out);
  for (const w of previous.warnings) console.error(printable(`warning: ${w}`));
  const changes = diffModels(previous.model, model);
  return { changes, version: nextVersion(previous.version, bumpOf(changes)), kept: previous.version };
}

function writeSideFiles(opts: GenerateOptions, model: ResolvedModel, changes: Changes): void {
  if (opts.modelOut) writeFileAtomic(opts.modelOut, `${JSON.stringify(model, null, 2)}\n`);
  if (opts.reportChanges) {
    writeFileAtomic(opts.reportChanges, changeReport(changes.changes));
    const version =
      changes.kept === null ? `version ${changes.version}` : `version ${changes.kept} → ${changes.version}`;
    console.log(
      `API changes: ${changes.changes.length}, semver bump ${bumpOf(changes.changes)} (${version})`,
    );
  }
}

/** `--check`: compare what would be written with what the generator owns in the output. */
function checkOutput(out: string, files: ReadonlyMap<string, string>): ExitCode {
  const difference = compareTree(out, files);
  if (difference.clean) {
    console.log(`${out} is up to date.`);
    return EXIT.ok;
  }
  console.log(`${out} is stale:`);
  for (const p of difference.missing) console.log(`  missing ${p}`);
  for (const p of difference.extra) console.log(`  no longer generated ${p}`);
  for (const c of difference.changed) console.log(`  changed ${c.path}\n${c.diff.replace(/^/gm, '    ')}`);
  return EXIT.failed;
}

async function emitAndWrite(opts: GenerateOptions, model: ResolvedModel, version: string): Promise<ExitCode> {
  const files = await emitPackage(model, { version });
  if (opts.check) return checkOutput(opts.out, files);
  // writeTree takes the output's lock itself: concurrent runs on one output take turns.
  const r = writeTree(opts.out, files, { force: opts.force === true });
  recordOutputModel(opts.out, model);
  console.log(
    r.upToDate
      ? `${opts.out}: up to date, nothing written`
      : `${opts.out}: ${r.written} files written, ${r.unchanged} unchanged, ${r.removed} removed`,
  );
  return EXIT.ok;
}

/**
 * From now on, each run remembers what it read and wrote, and the next run reads, merges,
 * resolves, emits, hashes and writes again only what changed (`--watch` calls it once, before
 * its first run). The output is byte for byte what a new process would write.
 */
export function rememberBetweenRuns(): void {
  rememberInputs();
  rememberPages();
  rememberOutputModels();
  rememberWrites();
}

export async function generate(opts: GenerateOptions): Promise<ExitCode> {
  try {
    checkOutputPlace(opts.out, opts.input, { projectRoot: PROJECT_ROOT, home: homedir() });
    // Formatting workers load prettier while the pages are read; unused, they end with the run.
    if (!opts.watch) prewarmFormatter();
    const built = readAndBuild(opts.input);
    if (typeof built === 'number') return built;
    const { model, read: inputs } = built;
    const diagnostics = uniqueDiagnostics(model, inputs);
    printDiagnostics(diagnostics, opts.verbose === true);
    if (opts.report) writeFileAtomic(opts.report, `${JSON.stringify({ diagnostics }, null, 2)}\n`);
    const counts = countBySeverity(diagnostics);
    const fatal = counts.error > 0 || (opts.strict === true && counts.warning > 0);
    let code: ExitCode = EXIT.failed;
    if (!fatal) {
      const changes = changesSinceOutput(opts.out, model);
      writeSideFiles(opts, model, changes);
      code = await emitAndWrite(opts, model, changes.version);
    }
    console.log(summary(inputs, model, diagnostics, opts.verbose === true));
    if (fatal)
      console.log(
        `nothing written: ${opts.strict && counts.error === 0 ? 'warnings are fatal under --strict' : 'fix the errors above'}; ${opts.out} is as it was.`,
      );
    return code;
  } catch (err) {
    if (err instanceof OutputError) return fail(EXIT.output, err.message);
    return internalError(err, opts.verbose === true);
  }
}

function internalError(err: unknown, verbose: boolean): ExitCode {
  const message = err instanceof Error ? err.message.split('\n')[0]! : String(err);
  console.error(printable(`internal error: ${message}`));
  console.error(
    'This is a bug in the generator; nothing was written. Please report it with the command you ran' +
      (verbose ? '.' : ' (--verbose prints the stack).'),
  );
  if (verbose && err instanceof Error && err.stack) console.error(err.stack);
  return EXIT.internal;
}
