/**
 * `npm run fidelity`: measures the response types against recorded responses, docs only and docs
 * plus recordings, beside the official SDK's, and writes FIDELITY.md and fidelity.json.
 */
import { Command } from 'commander';
import { readPages } from './input/read-pages.ts';
import { buildModel } from './pipeline.ts';
import { resolveModel } from './resolve/resolve-model.ts';
import { measureModel } from './fidelity/measure.ts';
import { measureOfficial } from './fidelity/official.ts';
import { documentedExamples } from './fidelity/examples.ts';
import { readRecordings } from './fidelity/recordings.ts';
import { fidelityReport } from './fidelity/report.ts';
import { writeFileAtomic } from './disk/write-atomic.ts';

interface Options {
  records: string;
  responses: string;
  out: string;
  json: string;
}

await new Command()
  .name('fidelity')
  .option('--records <dir>', 'the structured reference records', '../shared/slack-reference/methods')
  .option('--responses <dir>', 'the recorded responses', '../shared/slack-responses')
  .option('--out <file>', 'the Markdown report', 'FIDELITY.md')
  .option('--json <file>', 'the figures as JSON', 'fidelity.json')
  .action((opts: Options) => {
    const recordings = readRecordings(opts.responses);
    const docsModel = resolveModel(buildModel(readPages([opts.records])));
    const fullModel = resolveModel(buildModel(readPages([opts.records, opts.responses])));
    const docsOnly = { label: 'ours, docs only', ...measureModel(docsModel, recordings) };
    const withRecordings = { label: 'ours, docs + recordings', ...measureModel(fullModel, recordings) };
    const official = { label: '@slack/web-api', ...measureOfficial(recordings) };
    const exampleResponses = documentedExamples(docsModel);
    const examples = {
      ours: { label: 'ours, docs + recordings', ...measureModel(fullModel, exampleResponses) },
      official: { label: '@slack/web-api', ...measureOfficial(exampleResponses) },
    };
    writeFileAtomic(opts.out, fidelityReport(docsOnly, withRecordings, official, examples));
    writeFileAtomic(
      opts.json,
      `${JSON.stringify({ docsOnly, withRecordings, official, examples }, null, 2)}\n`,
    );
    for (const r of [docsOnly, withRecordings, official]) {
      console.log(
        `${r.label}: ${(100 * r.totals.coverage).toFixed(2)}% covered, ${r.totals.missing} missing, ${r.totals.mismatched} mismatched`,
      );
    }
  })
  .parseAsync();
