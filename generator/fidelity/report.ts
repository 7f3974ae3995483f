/** The fidelity report as Markdown: overall figures side by side, then the methods that miss most. */
import type { FidelityTotals, MethodFidelity } from './measure.ts';

export interface FidelityRun {
  label: string;
  methods: MethodFidelity[];
  totals: FidelityTotals;
}

const pct = (n: number, d: number) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}%`);

const TOTALS_HEADER = [
  '| types | methods | paths observed | declared | open | missing | mismatched | covered (declared + open) | fields | required | `unknown` / `any` |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
];

function totalsRow(r: FidelityRun): string {
  const t = r.totals;
  return `| ${r.label} | ${t.methods} | ${t.observed} | ${t.declared} (${pct(t.declared, t.observed)}) | ${t.open} (${pct(t.open, t.observed)}) | ${t.missing} | ${t.mismatched} | ${pct(t.declared + t.open, t.observed)} | ${t.fields} | ${t.requiredFields} (${pct(t.requiredFields, t.fields)}) | ${t.unknownFields} (${pct(t.unknownFields, t.fields)}) |`;
}

/** The table of the measure on the docs' example responses, and the methods that miss there. */
function examplesSection(examples: ExamplesRuns): string[] {
  const runs = [examples.ours, ...(examples.official ? [examples.official] : [])];
  const missing = examples.ours.methods.filter((m) => m.missing > 0 || m.mismatched > 0);
  return [
    "## The docs' example responses",
    '',
    'The same measure on every key path of the first success example each reference record documents (what a reader of the docs expects to find typed), for the full client (docs + recordings) and the official SDK:',
    '',
    ...TOTALS_HEADER,
    ...runs.map(totalsRow),
    '',
    ...(missing.length > 0
      ? missing.map(
          (m) =>
            `- ${m.method}: ${m.missing} missing, ${m.mismatched} mismatched (${[
              ...m.missingPaths,
              ...m.mismatchedPaths,
            ]
              .slice(0, 3)
              .map((p) => `\`${p}\``)
              .join(', ')})`,
        )
      : ['No example key path is missing or mismatched.']),
    '',
  ];
}

/** The same types measured on the docs' own example responses. */
export interface ExamplesRuns {
  ours: FidelityRun;
  official: FidelityRun | null;
}

export function fidelityReport(
  docsOnly: FidelityRun,
  withRecordings: FidelityRun,
  official: FidelityRun | null,
  examples: ExamplesRuns | null = null,
): string {
  const runs = [docsOnly, withRecordings, ...(official ? [official] : [])];
  const lines = [
    '# Response type fidelity',
    '',
    "Every key path of the recorded real responses in `../shared/slack-responses` (arrays by their element; the recorder's own `ok`, `error`, `warning`, `needed`, `provided` left out), checked against the generated response types: **declared** with a specific type (below a message's blocks, attachments and metadata, by the types of `@slack/types`, whose declarations this measure does not read), **open** (below a shared object whose fields are not listed, or a field typed `unknown`: allowed and read as `unknown`; for the official SDK, `any`), **missing** (the type would reject the key as unknown), and **mismatched** (declared, but the declared type does not admit the JSON kind seen). Made by `npm run fidelity`.",
    '',
    ...TOTALS_HEADER,
    ...runs.map(totalsRow),
    '',
    'Docs alone declare few paths specifically: most responses hold shared objects (`message`, `conversation`, `file`, …) that the reference records name but never define, so below them every field is open. Where a schema leaves a value untyped, the docs\' example fills it in with optional fields; real responses hold more fields than one example shows (search.files), which the recordings then add. Recorded responses fill those objects in (as optional fields marked "observed but undocumented") without ever making a field required that the docs do not require; where recordings show a shared object, the fields the docs\' examples show of it join too.',
    '',
    '## Docs only: the ten methods that miss most',
    '',
    '| method | observed | missing | e.g. |',
    '| --- | ---: | ---: | --- |',
    ...[...docsOnly.methods]
      .sort((a, b) => b.missing - a.missing || (a.method < b.method ? -1 : 1))
      .slice(0, 10)
      .map(
        (m) =>
          `| ${m.method} | ${m.observed} | ${m.missing} | ${m.missingPaths
            .slice(0, 3)
            .map((p) => `\`${p}\``)
            .join(', ')} |`,
      ),
    '',
    '## Kind mismatches (docs and recordings)',
    '',
    'Where the generated type does not admit what a real response held (the recordings keep JSON kinds when they anonymise values, so the kind shown is what the API sent). Where the reference and the live API disagree (sizes the reference types as integers and the API sends as strings, `thumb_360_w`; a single object the reference types as a list, `team`), the full client admits both kinds and its documentation says so (generator/infer/merge-types.ts), so none should be left here.',
    '',
    '| method | path: documented type, recorded JSON kind |',
    '| --- | --- |',
    ...withRecordings.methods
      .filter((m) => m.mismatched > 0)
      .map((m) => `| ${m.method} | ${m.mismatchedPaths.map((p) => `\`${p}\``).join(', ')} |`),
    '',
  ];
  if (examples) lines.push(...examplesSection(examples));
  if (withRecordings.totals.missing > 0) {
    lines.push(
      '## Still missing with recordings',
      '',
      'Recordings only add optional fields to a single documented object shape. What stays missing sits below a field the docs type as a scalar the recording contradicts (the docs win), or below a union of several documented object shapes (the completion does not guess which shape a field belongs to):',
      '',
    );
    for (const m of withRecordings.methods.filter((x) => x.missing > 0))
      lines.push(`- ${m.method}: ${m.missing} (${m.missingPaths.map((p) => `\`${p}\``).join(', ')})`);
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}
