/**
 * The resolve stage puts into the model what the emitter used to infer while emitting: the
 * response type, paging and the shared objects, so that `--model-out` shows them.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generate } from '../../generator/generate.ts';
import { OBSERVED_IN_RECORDINGS, OBSERVED_ONLY } from '../../generator/infer/merge-types.ts';
import { readPages } from '../../generator/input/read-pages.ts';
import type {
  Method,
  MethodResolution,
  ResolvedModel,
  ResponseExample,
  SharedObject,
  TypeNode,
} from '../../generator/model/types.ts';
import { buildModel } from '../../generator/pipeline.ts';
import { resolveMethod, resolveModel } from '../../generator/resolve/resolve-model.ts';
import { DOCS_INPUT } from '../helpers/pages.ts';
import { emptyMethod } from '../helpers/methods.ts';

// Scopes say the method takes a token, so the call checks have nothing to add (test/resolve/call-checks.test.ts covers them).
const method = (patch: Partial<Method>): Method => ({
  ...emptyMethod('things.list'),
  scopes: { bot: ['things:read'], user: [] },
  ...patch,
});
const success = (example: unknown, observed = false): ResponseExample => ({
  kind: 'success',
  description: null,
  example,
  source: 's',
  ...(observed ? { observed } : {}),
});
const cursor = {
  name: 'cursor',
  type: 'string' as const,
  required: false,
  description: null,
  example: null,
  default: null,
  enum: null,
  sources: ['s'],
};
const str: TypeNode = { kind: 'string' };

describe('resolving one method', () => {
  const cases: { name: string; given: Partial<Method>; want: MethodResolution }[] = [
    {
      name: 'knows only `ok` when the docs show neither schema nor example',
      given: {},
      want: {
        response: { kind: 'object', properties: [], additional: true },
        responseFrom: { schema: false, examples: 0 },
        paginated: false,
        itemsKey: null,
        itemType: null,
      },
    },
    {
      name: 'infers the response from its examples and finds the items of a method that pages',
      given: {
        args: [cursor],
        responses: [
          success({ ok: true, things: [{ id: 'T1' }], response_metadata: { next_cursor: '' } }),
          success({ ok: true, things: [] }),
        ],
      },
      want: {
        response: {
          kind: 'object',
          additional: true,
          properties: [
            { name: 'ok', type: { kind: 'boolean' }, required: true },
            {
              name: 'things',
              type: {
                kind: 'array',
                items: {
                  kind: 'object',
                  additional: true,
                  properties: [{ name: 'id', type: str, required: true }],
                },
              },
              required: true,
            },
            {
              name: 'response_metadata',
              type: {
                kind: 'object',
                additional: true,
                properties: [{ name: 'next_cursor', type: str, required: true }],
              },
              required: false,
            },
          ],
        },
        responseFrom: { schema: false, examples: 2 },
        paginated: true,
        itemsKey: 'things',
        itemType: {
          kind: 'object',
          additional: true,
          properties: [{ name: 'id', type: str, required: true }],
        },
      },
    },
    {
      name: 'completes the output schema by its examples, then by recordings, whose fields stay optional',
      given: {
        responseSchema: {
          kind: 'object',
          additional: false,
          properties: [{ name: 'id', type: str, required: true }],
        },
        responses: [
          success({ ok: true, id: 'a', name: 'n' }),
          success({ ok: true, id: 'b', team: 'T' }, true),
        ],
      },
      want: {
        response: {
          kind: 'object',
          additional: false,
          properties: [
            { name: 'id', type: str, required: true },
            { name: 'ok', type: { kind: 'boolean' }, required: false, description: OBSERVED_ONLY },
            { name: 'name', type: str, required: false, description: OBSERVED_ONLY },
            { name: 'team', type: str, required: false, description: OBSERVED_IN_RECORDINGS },
          ],
        },
        responseFrom: { schema: true, examples: 1 },
        paginated: false,
        itemsKey: null,
        itemType: null,
      },
    },
    {
      name: 'has no items key when a method pages but its response holds no array',
      given: { args: [cursor], responses: [success({ ok: true, response_metadata: { next_cursor: '' } })] },
      want: {
        response: {
          kind: 'object',
          additional: true,
          properties: [
            { name: 'ok', type: { kind: 'boolean' }, required: true },
            {
              name: 'response_metadata',
              type: {
                kind: 'object',
                additional: true,
                properties: [{ name: 'next_cursor', type: str, required: true }],
              },
              required: true,
            },
          ],
        },
        responseFrom: { schema: false, examples: 1 },
        paginated: true,
        itemsKey: null,
        itemType: null,
      },
    },
  ];
  for (const { name, given, want } of cases)
    it(name, () => expect(resolveMethod(method(given)).resolved).toEqual(want));
});

describe('resolving the shared objects', () => {
  const schema: TypeNode = {
    kind: 'object',
    additional: false,
    properties: [
      { name: 'user', type: { kind: 'ref', name: 'user' }, required: true },
      { name: 'channel', type: { kind: 'ref', name: 'channel' }, required: true },
    ],
  };
  const observed = (...names: string[]): TypeNode => ({
    kind: 'object',
    additional: true,
    properties: names.map((name) => ({
      name,
      type: str,
      required: false,
      description: OBSERVED_IN_RECORDINGS,
    })),
  });
  const cases: { name: string; recorded: unknown; example?: unknown; want: SharedObject[] }[] = [
    {
      name: "adds the fields the docs' examples show where recordings show the object too",
      recorded: { ok: true, user: { id: 'U1' }, channel: 'C1' },
      example: { ok: true, user: { id: 'U2', real_name: 'Ann' }, channel: 'C2' },
      want: [
        { name: 'thing', kind: 'object', observed: null },
        {
          name: 'user',
          kind: 'object',
          observed: {
            kind: 'object',
            additional: true,
            properties: [
              { name: 'id', type: str, required: false, description: OBSERVED_ONLY },
              { name: 'real_name', type: str, required: false, description: OBSERVED_ONLY },
            ],
          },
        },
      ],
    },
    {
      name: "leaves a shared object that only the docs' examples show open",
      recorded: { ok: true, channel: 'C1' },
      example: { ok: true, user: { id: 'U2' }, channel: 'C2' },
      want: [
        { name: 'thing', kind: 'object', observed: null },
        { name: 'user', kind: 'object', observed: null },
      ],
    },
    {
      name: 'lists each one named, with the fields recordings show where the schema names it',
      recorded: { ok: true, user: { id: 'U1', name: 'ann' }, channel: 'C1' },
      want: [
        { name: 'thing', kind: 'object', observed: null },
        { name: 'user', kind: 'object', observed: observed('id', 'name') },
      ],
    },
    {
      name: 'keeps one the catalog calls a string where recordings show an object, of its kind',
      recorded: { ok: true, user: 'U1', channel: { id: 'C1' } },
      want: [
        { name: 'channel', kind: 'string', observed: observed('id') },
        { name: 'thing', kind: 'object', observed: null },
        { name: 'user', kind: 'object', observed: null },
      ],
    },
  ];
  for (const { name, recorded, example, want } of cases) {
    it(name, () => {
      const responses = [
        success(recorded, true),
        ...(example === undefined ? [] : [success(example, false)]),
      ];
      const model = resolveModel({
        diagnostics: [],
        methods: [
          method({ responseSchema: schema, responses }),
          method({
            name: 'things.info',
            args: [{ ...cursor, name: 'thing', schema: { kind: 'ref', name: 'thing' } }],
          }),
        ],
      });
      expect(model.shared).toEqual(want);
    });
  }
});

/** A Markdown page of a method: its arguments and one example response. */
const page = (name: string, args: string[], example: unknown) =>
  [
    `# ${name}`,
    '',
    `Does ${name}.`,
    '',
    '## Arguments',
    '',
    '| Argument | Type | Required | Description |',
    '|---|---|---|---|',
    ...args.map((a) => `| \`${a}\` | string | No | The ${a}. |`),
    '',
    '## Response',
    '',
    '```json',
    JSON.stringify(example, null, 2),
    '```',
    '',
  ].join('\n');

describe('--model-out', () => {
  beforeEach(() => void vi.spyOn(console, 'log').mockImplementation(() => {}));
  afterEach(() => vi.restoreAllMocks());

  const modelOut = async (input: string): Promise<ResolvedModel> => {
    const dir = mkdtempSync(join(tmpdir(), 'resolve-'));
    const code = await generate({ input: [input], out: join(dir, 'out'), modelOut: join(dir, 'model.json') });
    expect(code).toBe(0);
    return JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8')) as ResolvedModel;
  };

  it('holds the resolved response and item types of a small page set', async () => {
    const pages = join(mkdtempSync(join(tmpdir(), 'pages-')), 'pages');
    mkdirSync(pages);
    writeFileSync(
      join(pages, 'things.list.md'),
      page('things.list', ['cursor'], {
        ok: true,
        things: [{ id: 'T1', size: 2 }],
        response_metadata: { next_cursor: '' },
      }),
    );
    writeFileSync(
      join(pages, 'things.info.md'),
      page('things.info', ['thing'], { ok: true, thing: { id: 'T1' } }),
    );
    const model = await modelOut(pages);
    const item = {
      kind: 'object',
      additional: true,
      properties: [
        { name: 'id', type: str, required: true },
        { name: 'size', type: { kind: 'number' }, required: true },
      ],
    };
    expect(
      model.methods.map((m) => [m.name, m.resolved.paginated, m.resolved.itemsKey, m.resolved.itemType]),
    ).toEqual([
      ['things.info', false, null, null],
      ['things.list', true, 'things', item],
    ]);
    expect(
      model.methods[1]!.resolved.response.properties.map((p) => [p.name, p.type.kind, p.required]),
    ).toEqual([
      ['ok', 'boolean', true],
      ['things', 'array', true],
      ['response_metadata', 'object', true],
    ]);
    expect(model.shared).toEqual([]);
  });

  it('holds what buildModel and resolveModel give for docs-input/, the paged items of conversations.history among them', async () => {
    const model = await modelOut(DOCS_INPUT);
    expect(model).toEqual(JSON.parse(JSON.stringify(resolveModel(buildModel(readPages([DOCS_INPUT]))))));
    const history = model.methods.find((m) => m.name === 'conversations.history')!;
    expect([history.resolved.paginated, history.resolved.itemsKey, history.resolved.responseFrom]).toEqual([
      true,
      'messages',
      { schema: false, examples: 2 },
    ]);
    const messages = history.resolved.response.properties.find((p) => p.name === 'messages')!.type;
    expect(messages).toMatchObject({ kind: 'array', items: { kind: 'object' } });
    expect(history.resolved.itemType).toEqual((messages as Extract<TypeNode, { kind: 'array' }>).items);
    expect(model.methods.filter((m) => m.resolved.paginated).map((m) => m.name)).toEqual([
      'conversations.history',
    ]);
  });
});
