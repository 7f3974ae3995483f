/**
 * Inferred shapes as type nodes. Each case gives the samples the shape is merged from
 * (mergeSamples, tested in shape.test.ts), which read more plainly than the shape itself.
 */
import { describe, expect, it } from 'vitest';
import { mergeSamples } from '../../generator/model/shape.ts';
import { typeOfShape } from '../../generator/infer/shape-to-type.ts';
import type { TypeNode } from '../../generator/model/types.ts';

const object = (properties: [string, TypeNode, boolean][]): TypeNode => ({
  kind: 'object',
  properties: properties.map(([name, type, required]) => ({ name, type, required })),
  additional: true,
});

describe('the type of a shape inferred from samples', () => {
  const cases: { says: string; given: unknown[]; want: TypeNode }[] = [
    { says: 'is unknown when nothing was seen', given: [], want: { kind: 'unknown' } },
    { says: 'is unknown when only null was seen', given: [null, null], want: { kind: 'unknown' } },
    {
      says: 'is the one primitive kind seen, without literal types',
      given: ['a', 'b'],
      want: { kind: 'string' },
    },
    {
      says: 'is nullable when null was seen beside a value',
      given: ['a', null],
      want: { kind: 'union', options: [{ kind: 'string' }, { kind: 'null' }] },
    },
    {
      says: 'lists several primitive kinds as string, number, boolean whatever the order seen',
      given: [true, 1, 'a'],
      want: { kind: 'union', options: [{ kind: 'string' }, { kind: 'number' }, { kind: 'boolean' }] },
    },
    {
      says: 'is an array of unknown when every array was empty',
      given: [[]],
      want: { kind: 'array', items: { kind: 'unknown' } },
    },
    {
      says: 'is an array of the merged elements',
      given: [[1], [2]],
      want: { kind: 'array', items: { kind: 'number' } },
    },
    {
      says: 'makes a field required when every object had it, and optional otherwise',
      given: [{ a: 1 }, { a: 2, b: 'x' }],
      want: object([
        ['a', { kind: 'number' }, true],
        ['b', { kind: 'string' }, false],
      ]),
    },
    { says: 'keeps an empty object as an object with no properties', given: [{}], want: object([]) },
    {
      says: 'types a field only ever null as unknown',
      given: [{ a: null }],
      want: object([['a', { kind: 'unknown' }, true]]),
    },
    {
      says: 'makes an object keyed only by Slack IDs a map of its merged values',
      given: [{ U0123ABCD: { name: 'a' }, W0456EFGH_: { name: 'b', x: 1 } }],
      want: {
        kind: 'map',
        values: object([
          ['name', { kind: 'string' }, true],
          ['x', { kind: 'number' }, false],
        ]),
      },
    },
    {
      says: 'merges the values of ID-keyed objects across samples',
      given: [{ U0123ABCD: 1 }, { U0123ABCE: 'x' }],
      want: { kind: 'map', values: { kind: 'union', options: [{ kind: 'string' }, { kind: 'number' }] } },
    },
    {
      says: 'keeps an object with one key that is not an ID as an object',
      given: [{ U0123ABCD: 1, name: 'x' }],
      want: object([
        ['U0123ABCD', { kind: 'number' }, true],
        ['name', { kind: 'string' }, true],
      ]),
    },
    {
      says: 'does not take a short upper-case key for an ID',
      given: [{ ABC: 1 }],
      want: object([['ABC', { kind: 'number' }, true]]),
    },
    {
      says: 'lists an object, an array, primitives and null seen in one place, in that order',
      given: [null, 'x', [1], { a: 1 }],
      want: {
        kind: 'union',
        options: [
          object([['a', { kind: 'number' }, true]]),
          { kind: 'array', items: { kind: 'number' } },
          { kind: 'string' },
          { kind: 'null' },
        ],
      },
    },
    {
      says: 'names odd keys as written',
      given: [{ 'user id': true, '2fa': false }],
      want: object([
        ['user id', { kind: 'boolean' }, true],
        ['2fa', { kind: 'boolean' }, true],
      ]),
    },
  ];
  for (const { says, given, want } of cases)
    it(says, () => expect(typeOfShape(mergeSamples(given))).toEqual(want));
});
