/**
 * The shape responses show: a recording read from its file carries its shape, a docs example
 * (or a recording a model gives as its body) is reduced when resolving; either way the shape is
 * that of the bodies read one after the other.
 */
import { describe, expect, it } from 'vitest';
import { mergeSamples } from '../../generator/model/shape.ts';
import type { ResponseExample } from '../../generator/model/types.ts';
import { responseShape, responsesShape } from '../../generator/resolve/response-shape.ts';

const example = (body: unknown): ResponseExample => ({
  kind: 'success',
  description: null,
  example: body,
  source: 'a',
});
const recorded = (body: unknown): ResponseExample => ({
  kind: 'success',
  description: null,
  example: null,
  observed: true,
  shape: mergeSamples([body]),
  source: 'b',
});

const first = { ok: true, channel: { id: 'C1' } };
const second = { ok: true, channel: { id: 'C2', name: 'x' }, ts: '1' };

describe('the shape of several responses', () => {
  const cases: { says: string; given: ResponseExample[]; want: unknown[] }[] = [
    { says: 'is that of a docs example', given: [example(first)], want: [first] },
    { says: 'is the one a recording carries', given: [recorded(second)], want: [second] },
    {
      says: 'merges docs examples in order',
      given: [example(first), example(second)],
      want: [first, second],
    },
    {
      says: 'merges recordings as if their bodies were read in order',
      given: [recorded(first), recorded(second)],
      want: [first, second],
    },
    {
      says: 'merges a recording given as its body like one read into its shape',
      given: [{ ...example(first), observed: true }, recorded(second)],
      want: [first, second],
    },
  ];
  for (const { says, given, want } of cases)
    it(says, () => expect(responsesShape(given)).toEqual(mergeSamples(want)));

  it('never changes the shapes it is given', () => {
    const r = recorded(first);
    responsesShape([r, recorded(second)]);
    expect(responseShape(r)).toEqual(mergeSamples([first]));
  });
});
