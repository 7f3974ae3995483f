/**
 * The package's model.json is made of each method's text, kept by method object so that a
 * running generator serialises only the methods that changed; the file must read exactly as the
 * whole model serialised at once, recorded bodies left out, and its registered bytes be its UTF-8.
 */
import { describe, expect, it } from 'vitest';
import { utf8Of, utf8Pieces } from '../../generator/disk/text-bytes.ts';
import { modelFileText } from '../../generator/emit/model-file.ts';
import { readPages } from '../../generator/input/read-pages.ts';
import type { ResolvedMethod, ResolvedModel } from '../../generator/model/types.ts';
import { buildModel } from '../../generator/pipeline.ts';
import { resolveModel } from '../../generator/resolve/resolve-model.ts';
import { trickyModel } from './fixtures/tricky-model.ts';
import { DOCS_INPUT } from '../helpers/pages.ts';

/** The file as the whole model serialised at once. */
function serialisedWhole(model: ResolvedModel): string {
  const methods = model.methods.map((m) => ({
    ...m,
    responses: m.responses.map((r) => (r.observed ? { ...r, example: null } : r)),
  }));
  return `${JSON.stringify({ ...model, methods }, null, 2)}\n`;
}

/** A method with a recorded response whose body the file leaves out. */
function withRecording(method: ResolvedMethod): ResolvedMethod {
  const recorded = { kind: 'success', example: { ok: true, big: 'body' }, observed: true };
  return { ...method, responses: [...method.responses, recorded as ResolvedMethod['responses'][number]] };
}

describe('model.json', () => {
  const docs = resolveModel(buildModel(readPages([DOCS_INPUT])));
  const tricky = resolveModel(trickyModel);

  it('reads as the whole model serialised at once, recorded bodies left out', () => {
    const model = { ...docs, methods: [withRecording(docs.methods[0]!), ...docs.methods.slice(1)] };
    const text = modelFileText(model);
    expect(text).toBe(serialisedWhole(model));
    expect(text).not.toContain('"big": "body"');
  });

  it('reads the same for odd characters, no methods, and methods that are not the first key', () => {
    expect(modelFileText(tricky)).toBe(serialisedWhole(tricky));
    expect(modelFileText({ ...docs, methods: [] })).toBe(serialisedWhole({ ...docs, methods: [] }));
    const { methods, ...rest } = docs;
    const methodsLast: ResolvedModel = { ...rest, methods };
    expect(modelFileText(methodsLast)).toBe(serialisedWhole(methodsLast));
  });

  it('gives the whole serialisation when some methods are those of an earlier model and one changed', () => {
    modelFileText(docs);
    const changed = { ...docs.methods[1]!, description: 'Changed, with an arrow → and an emoji 🎉.' };
    const next = { ...docs, methods: [docs.methods[0]!, changed, ...docs.methods.slice(2)] };
    expect(modelFileText(next)).toBe(serialisedWhole(next));
  });

  it('registers its bytes with its text: they are its UTF-8, in pieces', () => {
    const changed = { ...docs.methods[0]!, description: 'Non-ASCII: “quoted” → ✓' };
    const text = modelFileText({ ...docs, methods: [changed, ...docs.methods.slice(1)] });
    expect(utf8Pieces(text).length).toBe(2 * docs.methods.length + 1);
    expect(utf8Of(text).equals(Buffer.from(text))).toBe(true);
    expect(utf8Pieces('any other text')).toEqual([Buffer.from('any other text')]);
  });
});
