/**
 * Samples of the shared objects taken from the shape of a response: what was seen wherever the
 * documented type names a shared object. Each case gives a value (reduced to its shape) and
 * wants, per shared object, the samples it got (compared as the shape mergeSamples makes of them).
 */
import { describe, expect, it } from 'vitest';
import { collectSharedSamples } from '../../generator/infer/shared-samples.ts';
import { mergeSamples, type Shape } from '../../generator/model/shape.ts';
import type { TypeNode } from '../../generator/model/types.ts';

const ref = (name: string): TypeNode => ({ kind: 'ref', name });
const object = (properties: Record<string, TypeNode>): TypeNode => ({
  kind: 'object',
  properties: Object.entries(properties).map(([name, type]) => ({ name, type, required: false })),
  additional: true,
});

function collected(documented: TypeNode, value: unknown): Map<string, Shape> {
  const into = new Map<string, Shape>();
  collectSharedSamples(documented, mergeSamples([value]), into);
  return into;
}

describe('the shared-object samples in a recorded value', () => {
  const cases: {
    says: string;
    given: { documented: TypeNode; value: unknown };
    want: Record<string, unknown[]>;
  }[] = [
    {
      says: 'takes an object where a shared object is named',
      given: { documented: ref('message'), value: { text: 'hi' } },
      want: { message: [{ text: 'hi' }] },
    },
    {
      says: 'takes nothing where the recorded value is a string',
      given: { documented: ref('message'), value: 'hi' },
      want: {},
    },
    {
      says: 'takes nothing where the recorded value is an array',
      given: { documented: ref('message'), value: [{ text: 'hi' }] },
      want: {},
    },
    { says: 'takes nothing from null', given: { documented: ref('message'), value: null }, want: {} },
    {
      says: 'takes nothing where nothing was recorded',
      given: { documented: ref('message'), value: undefined },
      want: {},
    },
    {
      says: 'takes nothing where the docs name no shared object',
      given: { documented: { kind: 'string' }, value: { text: 'hi' } },
      want: {},
    },
    {
      says: 'takes each element of an array of shared objects',
      given: {
        documented: { kind: 'array', items: ref('message') },
        value: [{ text: 'a' }, { text: 'b', ts: '1' }],
      },
      want: { message: [{ text: 'a' }, { text: 'b', ts: '1' }] },
    },
    {
      says: 'takes nothing from a value that is not the documented array',
      given: { documented: { kind: 'array', items: ref('message') }, value: { text: 'a' } },
      want: {},
    },
    {
      says: 'follows the documented fields of an object to the shared objects they name',
      given: {
        documented: object({ channel: ref('conversation'), message: ref('message'), ts: { kind: 'string' } }),
        value: { channel: { id: 'C1' }, message: { text: 'hi' }, ts: '1' },
      },
      want: { conversation: [{ id: 'C1' }], message: [{ text: 'hi' }] },
    },
    {
      says: 'skips documented fields the recording lacks and recorded fields the docs lack',
      given: { documented: object({ message: ref('message') }), value: { other: { text: 'hi' } } },
      want: {},
    },
    {
      says: 'reaches shared objects nested in arrays of objects',
      given: {
        documented: object({ messages: { kind: 'array', items: object({ user: ref('user') }) } }),
        value: { messages: [{ user: { id: 'U1' } }, { user: { id: 'U2' } }] },
      },
      want: { user: [{ id: 'U1' }, { id: 'U2' }] },
    },
    {
      says: 'takes the value for every shared object a union names',
      given: {
        documented: { kind: 'union', options: [ref('message'), ref('file'), { kind: 'null' }] },
        value: { id: 'F1' },
      },
      want: { message: [{ id: 'F1' }], file: [{ id: 'F1' }] },
    },
    {
      says: 'takes nothing where a documented object was recorded as an array',
      given: { documented: object({ message: ref('message') }), value: [{ message: { text: 'hi' } }] },
      want: {},
    },
  ];
  for (const { says, given, want } of cases) {
    it(says, () => {
      const samples = new Map(Object.entries(want).map(([name, values]) => [name, mergeSamples(values)]));
      expect(collected(given.documented, given.value)).toEqual(samples);
    });
  }

  it('adds to the samples already collected for a shared object', () => {
    const into = new Map([['message', mergeSamples([{ text: 'a' }])]]);
    collectSharedSamples(ref('message'), mergeSamples([{ text: 'b', ts: '1' }]), into);
    expect(into).toEqual(new Map([['message', mergeSamples([{ text: 'a' }, { text: 'b', ts: '1' }])]]));
  });
});
