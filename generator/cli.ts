/**
 * The command line: parses options and wires `generate` (generate.ts) and `--watch` (watch.ts);
 * no logic of its own.
 *   npm run generate -- --input docs-input --out generated --model-out model.json
 */
import { Command } from 'commander';
import { performance } from 'node:perf_hooks';
import { EXIT } from './exit-codes.ts';
import { generate, rememberBetweenRuns, type GenerateOptions } from './generate.ts';
import { watchInputs } from './watch.ts';

const DEFAULT_INPUT = 'docs-input';

const EXIT_CODES = `
Exit codes:
  0   generated (or --check: up to date)
  1   a page has an error (or a warning under --strict), or --check found the output stale; nothing written
  2   an input folder does not exist or cannot be read, or it holds no pages
  3   the output folder is refused (not the generator's, inside an input, the project, home or /),
      cannot be written, or another run holds it
  70  a bug in the generator; nothing written`;

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

const program = new Command()
  .name('generate')
  .description('Read Slack Web API reference pages and emit the model and typed client.')
  .option(
    '--input <dir>',
    `folder of reference pages, read recursively; repeat for several (default: ${DEFAULT_INPUT})`,
    collect,
  )
  .option(
    '--out <dir>',
    'output folder for the generated package; only files the generator wrote there are replaced',
    'generated',
  )
  .option(
    '--force',
    'adopt an output folder that holds files the generator did not write (they are left alone)',
  )
  .option('--model-out <file>', 'write the intermediate model as JSON')
  .option('--strict', 'treat warnings as fatal')
  .option('--verbose', 'print informational diagnostics too, and the stack of an internal error')
  .option('--check', 'generate in memory and exit 1 if the output folder differs (it is not written)')
  .option('--report <file>', 'write the diagnostics as JSON')
  .option(
    '--report-changes <file>',
    'write the API changes since the model in the output folder, as Markdown',
  )
  .option('--watch', 'keep running and regenerate whenever a page changes')
  .addHelpText('after', EXIT_CODES)
  .action(async (raw: Omit<GenerateOptions, 'input'> & { input?: string[]; watch?: boolean }) => {
    const opts: GenerateOptions = { ...raw, input: raw.input ?? [DEFAULT_INPUT] };
    // From the first run on, what is read and written is remembered: a change redoes only what it touches.
    if (raw.watch) rememberBetweenRuns();
    process.exitCode = await generate(opts);
    if (!raw.watch || process.exitCode === EXIT.input || process.exitCode === EXIT.output) return;
    console.log('watching for changes (Ctrl-C to stop)…');
    watchInputs(opts.input, async () => {
      const started = performance.now();
      process.exitCode = await generate(opts);
      console.log(`regenerated in ${Math.round(performance.now() - started)} ms`);
    });
  });

await program.parseAsync();
