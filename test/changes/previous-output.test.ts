/**
 * A running generator compares with the model it wrote last instead of reading model.json back,
 * while the file is the one it wrote; a model.json written by anyone else since is read.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffModels } from '../../generator/changes/diff-models.ts';
import {
  readPreviousOutput,
  recordOutputModel,
  rememberOutputModels,
} from '../../generator/changes/previous-output.ts';
import { readPages } from '../../generator/input/read-pages.ts';
import { buildModel } from '../../generator/pipeline.ts';
import { resolveModel } from '../../generator/resolve/resolve-model.ts';
import { DOCS_INPUT } from '../helpers/pages.ts';

describe('the previous output, in a generator that remembers between runs', () => {
  rememberOutputModels();
  const model = resolveModel(buildModel(readPages([DOCS_INPUT])));

  it('is the model written last while its model.json is unchanged', () => {
    const out = mkdtempSync(join(tmpdir(), 'out-'));
    writeFileSync(join(out, 'model.json'), JSON.stringify(model));
    recordOutputModel(out, model);
    expect(readPreviousOutput(out).model).toBe(model);
    expect(diffModels(readPreviousOutput(out).model, model)).toEqual([]);
  });

  it('is read from model.json once another model was written there', () => {
    const out = mkdtempSync(join(tmpdir(), 'out-'));
    writeFileSync(join(out, 'model.json'), JSON.stringify(model));
    recordOutputModel(out, model);
    const fewer = { ...model, methods: model.methods.slice(1) };
    writeFileSync(join(out, 'model.json'), JSON.stringify(fewer));
    const previous = readPreviousOutput(out).model;
    expect(previous).not.toBe(model);
    expect(previous.methods.map((m) => m.name)).toEqual(fewer.methods.map((m) => m.name));
    expect(diffModels(previous, model)).toEqual([
      { method: model.methods[0]!.name, text: 'method added', breaking: false, bump: 'minor' },
    ]);
  });
});
