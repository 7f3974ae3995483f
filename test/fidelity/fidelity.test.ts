/**
 * Response types against recorded real responses: the coverage figures never drop below the
 * committed baseline, and with recordings at least 99% of observed paths are declared.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { measureMethod, measureModel } from '../../generator/fidelity/measure.ts';
import { documentedExamples } from '../../generator/fidelity/examples.ts';
import { readRecordings } from '../../generator/fidelity/recordings.ts';
import { readPages } from '../../generator/input/read-pages.ts';
import type { Method } from '../../generator/model/types.ts';
import { buildModel } from '../../generator/pipeline.ts';
import { resolveMethod, resolveModel } from '../../generator/resolve/resolve-model.ts';
import { emptyMethod } from '../helpers/methods.ts';
import { RECORDS, RESPONSES } from '../helpers/records.ts';

const baseline = JSON.parse(readFileSync(new URL('baseline.json', import.meta.url), 'utf8')) as {
  docsOnly: { coverage: number; declared: number; mismatched: number };
  withRecordings: { coverage: number; declared: number; mismatched: number };
  examples: { declaredShare: number };
};

describe('fidelity of the response types to recorded responses', () => {
  const recordings = readRecordings(RESPONSES);

  it('does not lower docs-only coverage', () => {
    const { totals } = measureModel(resolveModel(buildModel(readPages([RECORDS]))), recordings);
    expect(totals.coverage).toBeGreaterThanOrEqual(baseline.docsOnly.coverage);
    expect(totals.declared).toBeGreaterThanOrEqual(baseline.docsOnly.declared);
    expect(totals.mismatched).toBeLessThanOrEqual(baseline.docsOnly.mismatched);
  }, 60_000);

  it('declares at least 99% of observed paths with recordings, without lowering coverage', () => {
    const model = resolveModel(buildModel(readPages([RECORDS, RESPONSES])));
    const { totals } = measureModel(model, recordings);
    expect(totals.coverage).toBeGreaterThanOrEqual(0.99);
    expect(totals.coverage).toBeGreaterThanOrEqual(baseline.withRecordings.coverage);
    expect(totals.declared).toBeGreaterThanOrEqual(baseline.withRecordings.declared);
    expect(totals.mismatched).toBeLessThanOrEqual(baseline.withRecordings.mismatched);
    // Recordings never make a field required that the docs leave optional.
    const docsOnly = buildModel(readPages([RECORDS]));
    const required = (m: Method) =>
      m.responseSchema?.kind === 'object' ? m.responseSchema.properties.filter((p) => p.required).length : 0;
    expect(model.methods.map(required)).toEqual(docsOnly.methods.map(required));
  }, 60_000);

  it("declares at least 95% of the key paths in the docs' example responses (the official SDK: 92.5%)", () => {
    const model = resolveModel(buildModel(readPages([RECORDS, RESPONSES])));
    const examples = documentedExamples(resolveModel(buildModel(readPages([RECORDS]))));
    const { totals } = measureModel(model, examples);
    expect(totals.declared / totals.observed).toBeGreaterThanOrEqual(0.95);
    expect(totals.declared / totals.observed).toBeGreaterThanOrEqual(baseline.examples.declaredShare);
  }, 60_000);
});

describe('measuring one method', () => {
  const method = resolveMethod({
    ...emptyMethod('x.y'),
    responses: [{ kind: 'success', description: null, example: { ok: true, id: 'a', n: 1 }, source: 's' }],
  });

  it('counts declared, missing and mismatched paths', () => {
    const r = measureMethod(
      method,
      { ok: false, error: '', id: 'b', n: 'not a number', extra: { deep: 1 } },
      new Map(),
    );
    expect(r).toMatchObject({
      observed: 4,
      declared: 2,
      missing: 2,
      mismatched: 1,
      mismatchedPaths: ['n: declared number, seen string'],
      missingPaths: ['extra', 'extra.deep'],
    });
  });
});
