/** Shapes merged from JSON samples: kinds and literals seen, fields counted, array elements merged. */
import { describe, expect, it } from 'vitest';
import { mergeSamples, type ObjectShape, type Shape } from '../../generator/infer/shape.ts';

type Primitive = 'string' | 'number' | 'boolean' | 'null';

/** A shape from what it saw: primitive kinds, literal values, and an object or array where one was seen. */
function shape(
  primitives: Primitive[],
  literals: (string | number | boolean)[] = [],
  rest: Partial<Pick<Shape, 'object' | 'array'>> = {},
): Shape {
  return {
    primitives: new Set(primitives),
    literals: new Set(literals),
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
    { says: 'keeps a string and its value as a literal', given: ['ok'], want: shape(['string'], ['ok']) },
    { says: 'keeps every number seen as a literal', given: [1, 2, 1], want: shape(['number'], [1, 2]) },
    { says: 'keeps a boolean and its value', given: [true], want: shape(['boolean'], [true]) },
    {
      says: 'records null beside the other kinds, with no literal for it',
      given: [null, 'x'],
      want: shape(['null', 'string'], ['x']),
    },
    { says: 'ignores undefined, which JSON cannot hold', given: [undefined], want: shape([]) },
    {
      says: 'has an array with no element shape when every array was empty',
      given: [[], []],
      want: shape([], [], { array: { element: null } }),
    },
    {
      says: 'merges the elements of every array into one element shape',
      given: [[1], ['a', null]],
      want: shape([], [], { array: { element: shape(['number', 'string', 'null'], [1, 'a']) } }),
    },
    {
      says: 'merges arrays of arrays level by level',
      given: [[[true]]],
      want: shape([], [], {
        array: { element: shape([], [], { array: { element: shape(['boolean'], [true]) } }) },
      }),
    },
    {
      says: 'counts the objects merged and how many had each field',
      given: [{ a: 1 }, { a: 2, b: 'x' }],
      want: shape([], [], {
        object: object(2, { a: [shape(['number'], [1, 2]), 2], b: [shape(['string'], ['x']), 1] }),
      }),
    },
    {
      says: 'counts an empty object as a sample with no fields',
      given: [{}],
      want: shape([], [], { object: object(1, {}) }),
    },
    {
      says: 'keeps a field seen as null and as an object as both',
      given: [{ user: { id: 'U1' } }, { user: null }],
      want: shape([], [], {
        object: object(2, {
          user: [shape(['null'], [], { object: object(1, { id: [shape(['string'], ['U1']), 1] }) }), 2],
        }),
      }),
    },
    {
      says: 'keeps an object, an array and a primitive seen in the same place side by side',
      given: [{}, [], 'x'],
      want: shape(['string'], ['x'], { object: object(1, {}), array: { element: null } }),
    },
    {
      says: 'keeps odd keys exactly as written, `__proto__` among them',
      given: [JSON.parse('{"user id": 1, "": 2, "__proto__": 3}')],
      want: shape([], [], {
        object: object(
          1,
          Object.fromEntries([
            ['user id', [shape(['number'], [1]), 1]],
            ['', [shape(['number'], [2]), 1]],
            ['__proto__', [shape(['number'], [3]), 1]],
          ]),
        ),
      }),
    },
  ];
  for (const { says, given, want } of cases) it(says, () => expect(mergeSamples(given)).toEqual(want));
});
