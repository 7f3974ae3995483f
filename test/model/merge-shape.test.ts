/**
 * A running generator keeps each method's samples as shapes and merges those (shape.ts
 * `mergeShape`): merged shapes must be exactly the shape of all their samples read in order.
 */
import { describe, expect, it } from 'vitest';
import { addSample, emptyShape, mergeSamples, mergeShape } from '../../generator/model/shape.ts';

const first = [
  { ok: true, channel: { id: 'C1', members: ['U1'] } },
  { ok: true, tags: [] },
];
const second = [{ ok: false, channel: { id: 'C2', name: 'x', members: [] }, count: 3 }, null, 'text'];

describe('shapes merged', () => {
  it('are the shape of all the samples read one after the other', () => {
    const merged = emptyShape();
    mergeShape(merged, mergeSamples(first));
    mergeShape(merged, mergeSamples(second));
    expect(merged).toEqual(mergeSamples([...first, ...second]));
  });

  it('keep the order fields were first seen in', () => {
    const merged = mergeSamples(first);
    mergeShape(merged, mergeSamples(second));
    const direct = emptyShape();
    for (const v of [...first, ...second]) addSample(direct, v);
    expect([...merged.object!.fields.keys()]).toEqual([...direct.object!.fields.keys()]);
    const channel = (s: typeof merged) => [...s.object!.fields.get('channel')!.shape.object!.fields.keys()];
    expect(channel(merged)).toEqual(channel(direct));
  });

  it('leave the shape merged from as it was', () => {
    const from = mergeSamples(second);
    mergeShape(mergeSamples(first), from);
    expect(from).toEqual(mergeSamples(second));
  });
});
