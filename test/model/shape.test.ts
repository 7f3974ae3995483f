/** Shapes merged from JSON samples: kinds seen, fields counted, array elements merged. */
import { describe, expect, it } from 'vitest';
import {
  mergeSamples,
  PRIMITIVE,
  shapeSize,
  shapeWithin,
  type ObjectShape,
  type Primitive,
  type Shape,
} from '../../generator/model/shape.ts';

/** A shape from what it saw: primitive kinds, and an object or array where one was seen. */
function shape(primitives: Primitive[], rest: Partial<Pick<Shape, 'object' | 'array'>> = {}): Shape {
  return {
    primitives: primitives.reduce((bits, p) => bits | PRIMITIVE[p], 0),
    object: rest.object ?? null,
    array: rest.array ?? null,
  };
}

/** An object shape: how many objects were merged, and for each field its shape and how many of them had it. */
function object(samples: number, fields: Record<string, [Shape, number]>): ObjectShape {
  return {
    samples,
    fields: new Map(Object.entries(fields).map(([key, [s, seen]]) => [key, { shape: s, seen }])),
  };
}

describe('the shape merged from samples', () => {
  const cases: { says: string; given: unknown[]; want: Shape }[] = [
    { says: 'is empty when there are no samples', given: [], want: shape([]) },
    { says: 'keeps a string, not its value', given: ['ok'], want: shape(['string']) },
    { says: 'keeps a number however many were seen', given: [1, 2, 1], want: shape(['number']) },
    { says: 'keeps a boolean', given: [true], want: shape(['boolean']) },
    { says: 'records null beside the other kinds', given: [null, 'x'], want: shape(['null', 'string']) },
    { says: 'ignores undefined, which JSON cannot hold', given: [undefined], want: shape([]) },
    {
      says: 'has an array with no element shape when every array was empty',
      given: [[], []],
      want: shape([], { array: { element: null } }),
    },
    {
      says: 'merges the elements of every array into one element shape',
      given: [[1], ['a', null]],
      want: shape([], { array: { element: shape(['number', 'string', 'null']) } }),
    },
    {
      says: 'merges arrays of arrays level by level',
      given: [[[true]]],
      want: shape([], {
        array: { element: shape([], { array: { element: shape(['boolean']) } }) },
      }),
    },
    {
      says: 'counts the objects merged and how many had each field',
      given: [{ a: 1 }, { a: 2, b: 'x' }],
      want: shape([], {
        object: object(2, { a: [shape(['number']), 2], b: [shape(['string']), 1] }),
      }),
    },
    {
      says: 'counts an empty object as a sample with no fields',
      given: [{}],
      want: shape([], { object: object(1, {}) }),
    },
    {
      says: 'keeps a field seen as null and as an object as both',
      given: [{ user: { id: 'U1' } }, { user: null }],
      want: shape([], {
        object: object(2, {
          user: [shape(['null'], { object: object(1, { id: [shape(['string']), 1] }) }), 2],
        }),
      }),
    },
    {
      says: 'keeps an object, an array and a primitive seen in the same place side by side',
      given: [{}, [], 'x'],
      want: shape(['string'], { object: object(1, {}), array: { element: null } }),
    },
    {
      says: 'keeps odd keys exactly as written, `__proto__` among them',
      given: [JSON.parse('{"user id": 1, "": 2, "__proto__": 3}')],
      want: shape([], {
        object: object(
          1,
          Object.fromEntries([
            ['user id', [shape(['number']), 1]],
            ['', [shape(['number']), 1]],
            ['__proto__', [shape(['number']), 1]],
          ]),
        ),
      }),
    },
  ];
  for (const { says, given, want } of cases) it(says, () => expect(mergeSamples(given)).toEqual(want));
});

/** `[[…[]…]]`: arrays nested `depth` deep (built in a loop: deeper than a call stack goes). */
function nested(depth: number): unknown {
  let value: unknown = [];
  for (let d = 1; d < depth; d++) value = [value];
  return value;
}

describe('the shape of one value, within a depth', () => {
  const cases: { says: string; given: { value: unknown; maxDepth: number }; want: Shape | null }[] = [
    {
      says: 'is the shape of the value as a sample when it nests no deeper',
      given: { value: { a: [1] }, maxDepth: 2 },
      want: mergeSamples([{ a: [1] }]),
    },
    { says: 'counts an empty object as 1 deep', given: { value: {}, maxDepth: 1 }, want: mergeSamples([{}]) },
    { says: 'is null past the depth', given: { value: { a: [] }, maxDepth: 1 }, want: null },
    { says: 'gives a primitive at any depth', given: { value: 'x', maxDepth: 0 }, want: shape(['string']) },
    {
      says: 'stops at the first level too many, however deep the value goes',
      given: { value: nested(100_000), maxDepth: 64 },
      want: null,
    },
  ];
  for (const { says, given, want } of cases)
    it(says, () => expect(shapeWithin(given.value, given.maxDepth)).toEqual(want));
});

describe('the size of a shape', () => {
  const cases: { says: string; given: unknown[]; want: { fields: number; widest: number } }[] = [
    { says: 'is nothing for primitives', given: ['x', 1], want: { fields: 0, widest: 0 } },
    {
      says: 'counts each field of every object once, however many samples had it',
      given: [
        { a: 1, b: { c: 1 } },
        { a: 2, b: { d: 2 } },
      ],
      want: { fields: 4, widest: 2 },
    },
    {
      says: 'counts the fields of array elements once, merged',
      given: [{ list: [{ a: 1 }, { b: 2 }, { a: 3 }] }],
      want: { fields: 3, widest: 2 },
    },
  ];
  for (const { says, given, want } of cases)
    it(says, () => expect(shapeSize(mergeSamples(given))).toEqual(want));
});
