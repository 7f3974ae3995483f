/**
 * The TypeScript files of the package, statement by statement: most statements are printed in
 * their final form (final-form.ts); the few it does not know go to prettier together, in
 * batches spread over worker threads, and come back into their places. The statements are
 * joined the way ts-morph joins them (a blank line after a `}` and before an interface, a
 * function or a class), which prettier keeps, so a file reads exactly as prettier would make it.
 */
import { StructureKind, type StatementStructures } from 'ts-morph';
import { finalStatement } from './final-form.ts';
import { loosePrint } from './loose-print.ts';
import { formatAll, statementsJob, type FormatJob, type FormatOptions } from './format.ts';

export const HEADER =
  '// Generated from the Slack Web API reference pages. Do not edit: run `npm run generate`.\n';

/** A file to render: built from statements, or a whole text prettier formats. */
export type PendingFile =
  { path: string; statements: readonly StatementStructures[] } | { path: string; text: string };

const BOUNDARY = '// @@slack-codegen: statement boundary';
const SPLIT = /\n*\/\/ @@slack-codegen: statement boundary\n+/;
/** Statements go to prettier in batches of about this many characters of their structures. */
const BATCH_CHARS = 40_000;

const BLANK_LINE_BEFORE = new Set<StructureKind>([
  StructureKind.Interface,
  StructureKind.Function,
  StructureKind.Class,
]);

/** What goes to prettier, batched; `take` answers each item's formatted text once they are done. */
class PrettierQueue {
  private readonly jobs: FormatJob[] = [];
  private batch: (StatementStructures | string)[] = [];
  private batchSize = 0;
  /** Per item: its job, and its place in that job's batch (`-1` for a whole text). */
  private readonly items: [number, number][] = [];
  private results: string[][] = [];

  addStatement(statement: StatementStructures): number {
    if (this.batch.length === 0) this.jobs.push(statementsJob(this.batch, BOUNDARY));
    this.items.push([this.jobs.length - 1, this.batch.length]);
    const printed = loosePrint(statement);
    this.batch.push(printed ?? statement);
    this.batchSize += printed?.length ?? JSON.stringify(statement).length;
    if (this.batchSize > BATCH_CHARS) {
      this.batch = [];
      this.batchSize = 0;
    }
    return this.items.length - 1;
  }

  addText(text: string): number {
    this.jobs.push({ text });
    this.items.push([this.jobs.length - 1, -1]);
    return this.items.length - 1;
  }

  async run(options: FormatOptions): Promise<void> {
    const formatted = await formatAll(this.jobs, options);
    this.results = formatted.map((text, i) => {
      const job = this.jobs[i]!;
      if ('text' in job) return [text.trimEnd()];
      const parts = text.split(SPLIT).map((p) => p.trimEnd());
      if (parts.length !== job.statements.length) throw new Error('prettier merged statements of a batch');
      return parts;
    });
  }

  take(item: number): string {
    const [job, index] = this.items[item]!;
    return this.results[job]![Math.max(index, 0)]!;
  }
}

type Part = { kind: StructureKind; text: string } | { kind: StructureKind; queued: number };

function partsOf(statements: readonly StatementStructures[], queue: PrettierQueue): Part[] {
  return statements.map((s) => {
    const text = finalStatement(s);
    return text !== null ? { kind: s.kind, text } : { kind: s.kind, queued: queue.addStatement(s) };
  });
}

function assemble(parts: readonly Part[], queue: PrettierQueue): string {
  let out = HEADER;
  let previous: string | null = null;
  for (const part of parts) {
    const text = 'text' in part ? part.text : queue.take(part.queued);
    if (previous !== null) out += previous.endsWith('}') || BLANK_LINE_BEFORE.has(part.kind) ? '\n\n' : '\n';
    out += text;
    previous = text;
  }
  return parts.length === 0 ? out : `${out}\n`;
}

/** Each file's final text, by path. */
export async function renderFiles(
  files: readonly PendingFile[],
  options: FormatOptions = {},
): Promise<Map<string, string>> {
  const queue = new PrettierQueue();
  const pending = files.map((f): [string, number | Part[]] => [
    f.path,
    'text' in f ? queue.addText(f.text) : partsOf(f.statements, queue),
  ]);
  await queue.run(options);
  return new Map(
    pending.map(([path, p]) => [path, typeof p === 'number' ? `${queue.take(p)}\n` : assemble(p, queue)]),
  );
}
