/**
 * Type nodes as TypeScript text: each kind of node, the interfaces an object declares and the
 * shared objects a reference uses; enum values as literal types, hostile strings escaped.
 */
import { StructureKind } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { ecosystemImports, literalType, newTypeContext, renderType } from '../../generator/emit/type-node.ts';
import type { PropertyNode, TypeNode } from '../../generator/model/types.ts';

const string: TypeNode = { kind: 'string' };
const object = (...properties: PropertyNode[]): TypeNode => ({
  kind: 'object',
  properties,
  additional: true,
});
const field = (name: string, type: TypeNode, required = true): PropertyNode => ({ name, type, required });

interface Rendered {
  type: string;
  /** Each interface declared, as `Name: member; member?`. */
  declares?: string[];
  /** The shared objects the type uses. */
  shared?: string[];
  /** The types of @slack/types it uses, as the file imports them (`View as SlackView`). */
  imports?: string[];
}

/** What rendering a node as `Thing` at `thing` gives, the interfaces it declared summed up one line each. */
function rendered(node: TypeNode, taken: string[] = []): Rendered {
  const ctx = newTypeContext(taken);
  const type = renderType(node, 'Thing', 'thing', ctx);
  const declares = ctx.interfaces.map(
    (i) =>
      `${i.name}: ${(i.properties ?? []).map((p) => `${p.name}${p.hasQuestionToken ? '?' : ''}: ${typeof p.type === 'string' ? p.type : '(writer)'}`).join('; ')}`,
  );
  const imports = [...ctx.ecosystem].map(([name, local]) => (name === local ? name : `${name} as ${local}`));
  return {
    type,
    ...(declares.length ? { declares } : {}),
    ...(ctx.shared.size ? { shared: [...ctx.shared] } : {}),
    ...(imports.length ? { imports } : {}),
  };
}

describe('a type node as TypeScript', () => {
  const cases: { says: string; given: TypeNode | { node: TypeNode; taken: string[] }; want: Rendered }[] = [
    { says: 'renders a string as string', given: string, want: { type: 'string' } },
    {
      says: 'renders a string enum as its literals, escaping quotes, backslashes, line breaks and comment ends',
      given: { kind: 'string', enum: ['plain', 'say "hi"', 'back\\slash', 'two\nlines', '*/ end', '${x}'] },
      want: { type: '"plain" | "say \\"hi\\"" | "back\\\\slash" | "two\\nlines" | "*/ end" | "${x}"' },
    },
    {
      says: 'renders a string with an empty enum as string',
      given: { kind: 'string', enum: [] },
      want: { type: 'string' },
    },
    { says: 'renders an integer as number', given: { kind: 'integer' }, want: { type: 'number' } },
    {
      says: 'renders an integer enum as its literals',
      given: { kind: 'integer', enum: [1, 2, 3] },
      want: { type: '1 | 2 | 3' },
    },
    { says: 'renders a number as number', given: { kind: 'number' }, want: { type: 'number' } },
    {
      says: 'renders a number enum no literal can spell as number',
      given: { kind: 'number', enum: [1.5, Number.NaN] },
      want: { type: '1.5 | number' },
    },
    { says: 'renders a boolean as boolean', given: { kind: 'boolean' }, want: { type: 'boolean' } },
    {
      says: 'renders a boolean enum of one value as that literal',
      given: { kind: 'boolean', enum: [true] },
      want: { type: 'true' },
    },
    { says: 'renders null as null', given: { kind: 'null' }, want: { type: 'null' } },
    { says: 'renders unknown as unknown, never any', given: { kind: 'unknown' }, want: { type: 'unknown' } },
    {
      says: 'renders a file upload as the binary types undici sends',
      given: { kind: 'file' },
      want: { type: 'Blob | Uint8Array' },
    },
    {
      says: 'renders an object with no properties as an open record',
      given: object(),
      want: { type: 'Record<string, unknown>' },
    },
    {
      says: 'declares an object as a named interface, quoting property names that are not identifiers',
      given: object(
        field('id', string),
        field('user id', string, false),
        field('2fa', { kind: 'boolean' }),
        field('$ref', string),
        field('say "hi"', string, false),
        field('', string),
      ),
      want: {
        type: 'Thing',
        declares: [
          'Thing: id: string; "user id"?: string; "2fa": boolean; $ref: string; "say \\"hi\\""?: string; "": string',
        ],
      },
    },
    {
      says: 'names a nested object after its parent and key, an array element in the singular',
      given: object(
        field('authed_user', object(field('id', string))),
        field('channels', { kind: 'array', items: object(field('name', string)) }),
      ),
      want: {
        type: 'Thing',
        declares: [
          'ThingAuthedUser: id: string',
          'ThingChannel: name: string',
          'Thing: authed_user: ThingAuthedUser; channels: ThingChannel[]',
        ],
      },
    },
    {
      says: 'numbers an interface whose name is taken',
      given: { node: object(field('id', string)), taken: ['Thing', 'Thing2'] },
      want: { type: 'Thing3', declares: ['Thing3: id: string'] },
    },
    {
      says: 'renders an array of a plain type with brackets',
      given: { kind: 'array', items: string },
      want: { type: 'string[]' },
    },
    {
      says: 'renders an array of a union with Array<>',
      given: { kind: 'array', items: { kind: 'union', options: [string, { kind: 'null' }] } },
      want: { type: 'Array<string | null>' },
    },
    {
      says: 'renders an array of a string enum with Array<>',
      given: { kind: 'array', items: { kind: 'string', enum: ['a'] } },
      want: { type: 'Array<"a">' },
    },
    {
      says: 'renders an array of an object with brackets on its interface',
      given: { kind: 'array', items: object(field('id', string)) },
      want: { type: 'Thing[]', declares: ['Thing: id: string'] },
    },
    {
      says: 'renders an array of arrays',
      given: { kind: 'array', items: { kind: 'array', items: { kind: 'integer' } } },
      want: { type: 'Array<number[]>' },
    },
    {
      says: 'joins the members of a union',
      given: { kind: 'union', options: [string, { kind: 'integer' }, { kind: 'null' }] },
      want: { type: 'string | number | null' },
    },
    {
      says: 'renders each member of a union once',
      given: { kind: 'union', options: [{ kind: 'integer' }, { kind: 'number' }] },
      want: { type: 'number' },
    },
    {
      says: 'renders a union with an unknown member as unknown',
      given: { kind: 'union', options: [string, { kind: 'unknown' }] },
      want: { type: 'unknown' },
    },
    {
      says: 'renders a shared object by its type name and records its use',
      given: { kind: 'ref', name: 'message' },
      want: { type: 'Message', shared: ['message'] },
    },
    {
      says: 'names a shared object with separators in PascalCase',
      given: { kind: 'ref', name: 'team-summary' },
      want: { type: 'TeamSummary', shared: ['team-summary'] },
    },
    {
      says: 'renders a shared scalar (an ID) as string, using no shared type',
      given: { kind: 'ref', name: 'channel_id' },
      want: { type: 'string' },
    },
    {
      says: 'renders a shared array as unknown[]',
      given: { kind: 'ref', name: 'blocks' },
      want: { type: 'unknown[]' },
    },
    {
      says: 'renders a type of @slack/types by its name and imports it, declaring nothing',
      given: { kind: 'ecosystem', name: 'KnownBlock' },
      want: { type: 'KnownBlock', imports: ['KnownBlock'] },
    },
    {
      says: 'renders a list of a type of @slack/types with brackets',
      given: {
        kind: 'union',
        options: [string, { kind: 'array', items: { kind: 'ecosystem', name: 'KnownBlock' } }],
      },
      want: { type: 'string | KnownBlock[]', imports: ['KnownBlock'] },
    },
    {
      says: 'imports a type of @slack/types as Slack… where the file has a type of its name (the docs’ `view` object)',
      given: { node: { kind: 'ecosystem', name: 'View' }, taken: ['View'] },
      want: { type: 'SlackView', imports: ['View as SlackView'] },
    },
    {
      says: 'names no interface after a type of @slack/types the file imports',
      given: object(
        field('view', { kind: 'ecosystem', name: 'ThingItem' }),
        field('items', { kind: 'array', items: object(field('id', string)) }),
      ),
      want: {
        type: 'Thing',
        declares: ['ThingItem2: id: string', 'Thing: view: ThingItem; items: ThingItem2[]'],
        imports: ['ThingItem'],
      },
    },
    {
      says: 'renders a map as a record of its values',
      given: { kind: 'map', values: { kind: 'integer' } },
      want: { type: 'Record<string, number>' },
    },
    {
      says: 'renders a map of objects as a record of an interface',
      given: { kind: 'map', values: object(field('name', string, false)) },
      want: { type: 'Record<string, Thing>', declares: ['Thing: name?: string'] },
    },
  ];
  for (const { says, given, want } of cases) {
    it(says, () =>
      expect('node' in given ? rendered(given.node, given.taken) : rendered(given)).toEqual(want),
    );
  }
});

describe('the import of @slack/types', () => {
  it('is one type-only import of the types the file used, sorted, aliased where the file has the name', () => {
    const ctx = newTypeContext(['View']);
    for (const name of ['View', 'MessageAttachment', 'KnownBlock', 'View'])
      renderType({ kind: 'ecosystem', name }, 'Thing', 'thing', ctx);
    expect(ecosystemImports(ctx)).toEqual([
      {
        kind: StructureKind.ImportDeclaration,
        isTypeOnly: true,
        moduleSpecifier: '@slack/types',
        namedImports: ['KnownBlock', 'MessageAttachment', { name: 'View', alias: 'SlackView' }],
      },
    ]);
  });

  it('is not there when the file uses none', () => {
    expect(ecosystemImports(newTypeContext([]))).toEqual([]);
  });
});

describe('an enum value as a literal type', () => {
  const cases: { says: string; given: unknown; want: string }[] = [
    { says: 'quotes a string', given: 'ok', want: '"ok"' },
    { says: 'escapes a double quote', given: 'say "hi"', want: '"say \\"hi\\""' },
    { says: 'escapes a backslash', given: 'a\\b', want: '"a\\\\b"' },
    { says: 'escapes a line break', given: 'two\nlines', want: '"two\\nlines"' },
    { says: 'escapes a lone surrogate', given: '\uD800', want: '"\\ud800"' },
    { says: 'keeps a comment end, harmless inside a string literal', given: '*/', want: '"*/"' },
    {
      says: 'keeps a template placeholder, harmless in a double-quoted literal',
      given: '${x}',
      want: '"${x}"',
    },
    { says: 'quotes the empty string', given: '', want: '""' },
    { says: 'writes an integer as it is', given: 42, want: '42' },
    { says: 'writes a negative fraction as it is', given: -1.5, want: '-1.5' },
    { says: 'writes a large number in exponent form', given: 1e21, want: '1e+21' },
    { says: 'admits any number for NaN', given: Number.NaN, want: 'number' },
    { says: 'admits any number for Infinity', given: Number.POSITIVE_INFINITY, want: 'number' },
    { says: 'writes true', given: true, want: 'true' },
    { says: 'writes false', given: false, want: 'false' },
    { says: 'writes null', given: null, want: 'null' },
    { says: 'admits anything for an object', given: { a: 1 }, want: 'unknown' },
    { says: 'admits anything for an array', given: [1], want: 'unknown' },
    { says: 'admits anything for undefined', given: undefined, want: 'unknown' },
  ];
  for (const { says, given, want } of cases) it(says, () => expect(literalType(given)).toBe(want));
});
