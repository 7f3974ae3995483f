/**
 * A documented type completed by an observed one: the docs win, their required fields stay
 * required, fields only the examples (or recordings) show join as optional and say so.
 */
import { describe, expect, it } from 'vitest';
import {
  allOptional,
  completeType,
  OBSERVED_IN_RECORDINGS,
  OBSERVED_ONLY,
} from '../../generator/infer/merge-types.ts';
import type { PropertyNode, TypeNode } from '../../generator/model/types.ts';

const string: TypeNode = { kind: 'string' };
const number: TypeNode = { kind: 'number' };
const object = (...properties: PropertyNode[]): TypeNode => ({
  kind: 'object',
  properties,
  additional: true,
});
const required = (name: string, type: TypeNode): PropertyNode => ({ name, type, required: true });
const optional = (name: string, type: TypeNode): PropertyNode => ({ name, type, required: false });
const added = (name: string, type: TypeNode, note = OBSERVED_ONLY): PropertyNode => ({
  name,
  type,
  required: false,
  description: note,
});

describe('a documented type completed by an observed one', () => {
  const cases: {
    says: string;
    given: { documented: TypeNode; observed: TypeNode; note?: string };
    want: TypeNode;
  }[] = [
    {
      says: 'gives a value the docs leave unknown the structure recordings show, every field optional',
      given: {
        documented: { kind: 'array', items: { kind: 'unknown' } },
        observed: { kind: 'array', items: object(required('id', string)) },
        note: OBSERVED_IN_RECORDINGS,
      },
      want: { kind: 'array', items: object(optional('id', string)) },
    },
    {
      says: 'leaves a value the docs leave unknown unknown when the samples show only a primitive',
      given: { documented: { kind: 'unknown' }, observed: string, note: OBSERVED_IN_RECORDINGS },
      want: { kind: 'unknown' },
    },
    {
      says: "gives a value the docs' schema leaves unknown the structure their examples show, every field optional",
      given: { documented: { kind: 'unknown' }, observed: object(required('id', string)) },
      want: object({ name: 'id', type: string, required: false }),
    },
    {
      says: 'widens a documented field that recordings show as another kind, and says so',
      given: {
        documented: object(required('width', number)),
        observed: object(required('width', string)),
        note: OBSERVED_IN_RECORDINGS,
      },
      want: object({
        name: 'width',
        type: { kind: 'union', options: [number, string] },
        required: true,
        description: 'Documented as number; recorded responses show string.',
      }),
    },
    {
      says: "keeps the documented kind against the docs' own examples",
      given: { documented: object(required('width', number)), observed: object(required('width', string)) },
      want: object(required('width', number)),
    },
    {
      says: 'adds the fields only the examples show, optional and noted as observed',
      given: {
        documented: object(required('a', string)),
        observed: object(required('a', string), required('b', number)),
      },
      want: object(required('a', string), added('b', number)),
    },
    {
      says: 'keeps a documented field required though the examples lack it',
      given: { documented: object(required('a', string)), observed: object(required('b', number)) },
      want: object(required('a', string), added('b', number)),
    },
    {
      says: 'keeps the documented type of a field the examples show with another type',
      given: { documented: object(optional('a', string)), observed: object(required('a', number)) },
      want: object(optional('a', string)),
    },
    {
      says: 'completes nested objects field by field',
      given: {
        documented: object(required('user', object(required('id', string)))),
        observed: object(required('user', object(required('id', string), required('name', string)))),
      },
      want: object(required('user', object(required('id', string), added('name', string)))),
    },
    {
      says: 'makes the nested fields of a field seen only in recordings optional too',
      given: {
        documented: object(),
        observed: object(required('team', object(required('id', string)))),
        note: OBSERVED_IN_RECORDINGS,
      },
      want: object(added('team', object(optional('id', string)), OBSERVED_IN_RECORDINGS)),
    },
    {
      says: 'keeps the nested fields of a field seen only in examples as the examples have them',
      given: { documented: object(), observed: object(required('team', object(required('id', string)))) },
      want: object(added('team', object(required('id', string)))),
    },
    {
      says: 'completes the elements of a documented array',
      given: {
        documented: { kind: 'array', items: object(required('id', string)) },
        observed: { kind: 'array', items: object(required('id', string), required('n', number)) },
      },
      want: { kind: 'array', items: object(required('id', string), added('n', number)) },
    },
    {
      says: 'completes the array member of a documented union, leaving its other members alone',
      given: {
        documented: { kind: 'union', options: [{ kind: 'array', items: object() }, { kind: 'null' }] },
        observed: { kind: 'array', items: object(required('id', string)) },
      },
      want: {
        kind: 'union',
        options: [{ kind: 'array', items: object(added('id', string)) }, { kind: 'null' }],
      },
    },
    {
      says: 'completes the one object member of a nullable union',
      given: {
        documented: { kind: 'union', options: [object(), { kind: 'null' }] },
        observed: object(required('id', string)),
      },
      want: { kind: 'union', options: [object(added('id', string)), { kind: 'null' }] },
    },
    {
      says: 'leaves a union of two objects as documented: the examples cannot say which they complete',
      given: {
        documented: {
          kind: 'union',
          options: [object(required('a', string)), object(required('b', string))],
        },
        observed: object(required('c', string)),
      },
      want: { kind: 'union', options: [object(required('a', string)), object(required('b', string))] },
    },
    {
      says: 'takes an open documented object seen keyed by IDs as that map',
      given: { documented: object(), observed: { kind: 'map', values: object(required('id', string)) } },
      want: { kind: 'map', values: object(required('id', string)) },
    },
    {
      says: 'takes an open documented object recorded keyed by IDs as that map, its fields optional',
      given: {
        documented: object(),
        observed: { kind: 'map', values: object(required('id', string)) },
        note: OBSERVED_IN_RECORDINGS,
      },
      want: { kind: 'map', values: object(optional('id', string)) },
    },
    {
      says: 'keeps a documented object with fields though the examples show a map',
      given: { documented: object(required('a', string)), observed: { kind: 'map', values: string } },
      want: object(required('a', string)),
    },
    {
      says: 'completes the values of a documented map',
      given: {
        documented: { kind: 'map', values: object() },
        observed: { kind: 'map', values: object(required('id', string)) },
      },
      want: { kind: 'map', values: object(added('id', string)) },
    },
    {
      says: 'keeps a documented primitive whatever the examples show',
      given: { documented: string, observed: object(required('a', string)) },
      want: string,
    },
    {
      says: 'keeps a documented object seen as a primitive as documented',
      given: { documented: object(required('a', string)), observed: string },
      want: object(required('a', string)),
    },
  ];
  for (const { says, given, want } of cases)
    it(says, () => expect(completeType(given.documented, given.observed, given.note)).toEqual(want));
});

describe('a type with every object field optional', () => {
  const cases: { says: string; given: TypeNode; want: TypeNode }[] = [
    { says: 'leaves a primitive as it is', given: string, want: string },
    {
      says: 'leaves a reference as it is',
      given: { kind: 'ref', name: 'message' },
      want: { kind: 'ref', name: 'message' },
    },
    {
      says: 'makes the fields of an object optional',
      given: object(required('a', string), optional('b', number)),
      want: object(optional('a', string), optional('b', number)),
    },
    {
      says: 'reaches objects nested in fields, arrays, maps and unions',
      given: object(
        required('list', { kind: 'array', items: object(required('id', string)) }),
        required('byId', {
          kind: 'map',
          values: { kind: 'union', options: [object(required('n', number)), { kind: 'null' }] },
        }),
      ),
      want: object(
        optional('list', { kind: 'array', items: object(optional('id', string)) }),
        optional('byId', {
          kind: 'map',
          values: { kind: 'union', options: [object(optional('n', number)), { kind: 'null' }] },
        }),
      ),
    },
    {
      says: 'keeps descriptions',
      given: object({ name: 'a', type: string, required: true, description: 'The a.' }),
      want: object({ name: 'a', type: string, required: false, description: 'The a.' }),
    },
  ];
  for (const { says, given, want } of cases) it(says, () => expect(allOptional(given)).toEqual(want));
});
