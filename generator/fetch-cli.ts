/**
 * Fetching reference pages: `npm run fetch -- --out docs-input/docs.slack.dev [--methods a,b]`.
 * Wires the fetcher to the command line; exits 1 when any page failed (pages already there stay).
 */
import { Command } from 'commander';
import { fetchPages } from './fetch/fetch-pages.ts';
import { progress } from './fetch/progress.ts';

interface Options {
  baseUrl: string;
  out: string;
  methods?: string;
  concurrency: string;
  records: boolean;
}

await new Command()
  .name('fetch')
  .description("Download Slack's method reference pages (and their structured records) into a source folder.")
  .option('--base-url <url>', 'the docs site', 'https://docs.slack.dev')
  .requiredOption('--out <dir>', 'the source folder, e.g. docs-input/docs.slack.dev')
  .option('--methods <list>', 'comma-separated method names (default: every method of the site index)')
  .option('--concurrency <n>', 'requests at once', '4')
  .option('--no-records', 'do not fetch the structured records (<page>.json)')
  .action(async (opts: Options) => {
    const methods = opts.methods
      ?.split(',')
      .map((m) => m.trim())
      .filter(Boolean);
    const outcomes = await fetchPages({
      baseUrl: opts.baseUrl,
      outDir: opts.out,
      concurrency: Number(opts.concurrency),
      records: opts.records,
      progress: (total) => progress(total),
      ...(methods ? { methods } : {}),
    });
    const count = (r: string) => outcomes.filter((o) => o.result === r).length;
    for (const o of outcomes.filter((x) => x.result === 'failed'))
      console.error(`failed ${o.url}: ${o.detail}`);
    console.log(
      `${outcomes.length} files: ${count('written')} written, ${count('unchanged')} unchanged, ${count('failed')} failed`,
    );
    if (count('failed') > 0) process.exitCode = 1;
  })
  .parseAsync();
