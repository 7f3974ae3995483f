/**
 * Block Kit and its kin typed with `@slack/types`: which arguments the catalog recognises (by
 * name and what the docs say of them), with `string` beside the type where the docs accept the
 * JSON text; and the messages of responses and shared objects, whose blocks, attachments and
 * metadata take the same types.
 */
import { createRequire } from 'node:module';
import { Project } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import {
  ECOSYSTEM_ARG_RULES,
  ECOSYSTEM_PACKAGE,
  ECOSYSTEM_TYPE_NAMES,
  ECOSYSTEM_VERSION,
} from '../../generator/catalog/ecosystem-types.ts';
import type { Arg, Method, ObjectNode, PropertyNode, TypeNode } from '../../generator/model/types.ts';
import {
  ecosystemArgType,
  sharedWithMessages,
  withTypedMessages,
} from '../../generator/resolve/ecosystem-types.ts';
import { resolveModel } from '../../generator/resolve/resolve-model.ts';
import { emptyMethod } from '../helpers/methods.ts';

const arg = (name: string, patch: Partial<Arg> = {}): Arg => ({
  name,
  type: 'string',
  required: false,
  description: null,
  example: null,
  default: null,
  enum: null,
  sources: ['s'],
  ...patch,
});
const eco = (name: string): TypeNode => ({ kind: 'ecosystem', name });
const listOf = (name: string): TypeNode => ({ kind: 'array', items: eco(name) });
const text: TypeNode = { kind: 'string' };
const or = (...options: TypeNode[]): TypeNode => ({ kind: 'union', options });
const entities: TypeNode = {
  kind: 'object',
  additional: false,
  properties: [
    {
      name: 'entities',
      type: listOf('EntityMetadata'),
      required: true,
      description:
        'Work Object entities, each with `entity_type`, `entity_payload`, `external_ref` and `url`.',
    },
  ],
};

const BLOCKS = 'A JSON-based array of structured blocks, presented as a URL-encoded string.';
const ATTACHMENTS = 'A JSON-based array of structured attachments, presented as a URL-encoded string.';
const VIEW = 'A [view payload](https://docs.slack.dev/reference/views). This must be a JSON-encoded string.';

describe('an argument typed with @slack/types', () => {
  const cases: { says: string; given: Arg; want: TypeNode | null }[] = [
    {
      says: "types chat.postMessage's blocks as KnownBlock[], the URL-encoded JSON text still accepted",
      given: arg('blocks', { description: BLOCKS, jsonEncoded: true }),
      want: or(text, listOf('KnownBlock')),
    },
    {
      says: 'types blocks a page calls an array, and says are sent as a URL-encoded string, the same way',
      given: arg('blocks', {
        type: 'array',
        description: 'A JSON-based array of structured blocks, as a URL-encoded string.',
      }),
      want: or(text, listOf('KnownBlock')),
    },
    {
      says: 'types blocks the docs give no type nor encoding for as KnownBlock[] alone',
      given: arg('blocks', {
        type: null,
        description: 'A list of blocks that will be rendered at the bottom of the finalized message.',
        schema: { kind: 'unknown' },
      }),
      want: listOf('KnownBlock'),
    },
    {
      says: 'types the blocks of an unfurl invitation like any blocks',
      given: arg('user_auth_blocks', {
        type: null,
        description: 'Provide a JSON based array of structured blocks presented as URL-encoded string',
      }),
      want: or(text, listOf('KnownBlock')),
    },
    {
      says: 'types attachments as MessageAttachment[], dropping the boolean the record lists',
      given: arg('attachments', {
        description: ATTACHMENTS,
        schema: or({ kind: 'string' }, { kind: 'boolean' }, { kind: 'null' }),
      }),
      want: or(text, listOf('MessageAttachment')),
    },
    {
      says: 'types unfurled attachments as MessageAttachment[]',
      given: arg('unfurled_attachments', { description: ATTACHMENTS }),
      want: or(text, listOf('MessageAttachment')),
    },
    {
      says: 'types the view of views.open (a view payload) as View',
      given: arg('view', { type: null, required: true, description: VIEW, schema: { kind: 'unknown' } }),
      want: or(text, eco('View')),
    },
    {
      says: 'types a view the docs name a modal as ModalView',
      given: arg('view', {
        type: 'object',
        description: VIEW,
        ref: 'modal',
        schema: { kind: 'ref', name: 'modal' },
      }),
      want: or(text, eco('ModalView')),
    },
    {
      says: 'types a view the docs name publishable (a Home tab) as HomeView',
      given: arg('view', { type: 'object', description: VIEW, ref: 'publishable-view' }),
      want: or(text, eco('HomeView')),
    },
    {
      says: 'types a view the docs name a view object as View',
      given: arg('view', {
        type: 'object',
        description: 'A view object. This must be a JSON-encoded string.',
        ref: 'view',
      }),
      want: or(text, eco('View')),
    },
    {
      says: 'accepts no JSON text where the docs neither type the value a string nor say it is encoded',
      given: arg('view', { type: 'object', description: 'A view object.', ref: 'view' }),
      want: eco('View'),
    },
    {
      says: 'types metadata with event_type and event_payload as MessageMetadata',
      given: arg('metadata', {
        description:
          'JSON object with event_type and event_payload fields, presented as a URL-encoded string. Metadata you post to Slack is accessible to any app or user who is a member of that workspace.',
      }),
      want: or(text, eco('MessageMetadata')),
    },
    {
      says: 'types metadata that may also carry Work Object entities as either',
      given: arg('metadata', {
        description:
          'JSON object with event_type and event_payload fields, presented as a URL-encoded string. You can also provide Work Object entity metadata using this parameter.',
      }),
      want: or(text, eco('MessageMetadata'), entities),
    },
    {
      says: 'types metadata of Work Object entities only (chat.postEphemeral) as an object of EntityMetadata',
      given: arg('metadata', {
        description:
          'JSON object with an `entities` array of work object entity metadata, presented as a URL-encoded string. Only entity metadata is supported: `event_type`/`event_payload` message metadata is ignored here.',
      }),
      want: or(text, entities),
    },
    {
      says: 'leaves metadata of another kind (flexpane metadata keyed by entity ID) as the docs type it',
      given: arg('metadata', {
        type: 'object',
        description: 'URL-encoded JSON object containing flexpane metadata, keyed by entity ID.',
      }),
      want: null,
    },
    {
      says: 'leaves rich text descriptions alone: their name is not blocks',
      given: arg('description_blocks', {
        type: 'array',
        description: 'A rich text description of the List.',
      }),
      want: null,
    },
    {
      says: 'leaves an argument named blocks whose description does not speak of blocks alone',
      given: arg('blocks', { type: 'boolean', description: 'Whether to include them.' }),
      want: null,
    },
    {
      says: 'leaves an argument named blocks with no description alone',
      given: arg('blocks', { type: 'array' }),
      want: null,
    },
    {
      says: 'leaves arguments that only mention metadata alone',
      given: arg('include_all_metadata', { type: 'boolean', description: 'Return all metadata.' }),
      want: null,
    },
  ];
  for (const { says, given, want } of cases) it(says, () => expect(ecosystemArgType(given)).toEqual(want));
});

const field = (name: string, type: TypeNode, required = false): PropertyNode => ({ name, type, required });
const object = (...properties: PropertyNode[]): ObjectNode => ({
  kind: 'object',
  properties,
  additional: true,
});
const observedBlocks: TypeNode = {
  kind: 'array',
  items: object(field('type', text), field('block_id', text)),
};
const observedMessage = object(
  field('text', text),
  field('blocks', observedBlocks),
  field('attachments', { kind: 'array', items: object(field('fallback', text)) }),
  field('metadata', object(field('event_type', text))),
);
const typedMessage = object(
  field('text', text),
  field('blocks', listOf('KnownBlock')),
  field('attachments', listOf('MessageAttachment')),
  field('metadata', eco('MessageMetadata')),
);

describe('the messages of a response typed with @slack/types', () => {
  const cases: { says: string; given: TypeNode; want: TypeNode }[] = [
    {
      says: 'types the blocks, attachments and metadata of a `message` field',
      given: object(field('ok', { kind: 'boolean' }, true), field('message', observedMessage)),
      want: object(field('ok', { kind: 'boolean' }, true), field('message', typedMessage)),
    },
    {
      says: 'types each of a `messages` list, and a message nested deeper (reactions.list items)',
      given: object(
        field('messages', { kind: 'array', items: observedMessage }),
        field('items', { kind: 'array', items: object(field('message', observedMessage)) }),
      ),
      want: object(
        field('messages', { kind: 'array', items: typedMessage }),
        field('items', { kind: 'array', items: object(field('message', typedMessage)) }),
      ),
    },
    {
      says: "types a conversation's latest message and a reply's root",
      given: object(field('latest', object(field('root', observedMessage), field('blocks', observedBlocks)))),
      want: object(
        field('latest', object(field('root', typedMessage), field('blocks', listOf('KnownBlock')))),
      ),
    },
    {
      says: 'keeps the null a field admits',
      given: object(field('message', object(field('blocks', or(observedBlocks, { kind: 'null' }), true)))),
      want: object(
        field('message', object(field('blocks', or(listOf('KnownBlock'), { kind: 'null' }), true))),
      ),
    },
    {
      says: 'leaves the blocks of what is not a message alone (a file, a view)',
      given: object(
        field('file', object(field('blocks', observedBlocks))),
        field('view', object(field('blocks', observedBlocks))),
      ),
      want: object(
        field('file', object(field('blocks', observedBlocks))),
        field('view', object(field('blocks', observedBlocks))),
      ),
    },
    {
      says: 'leaves a message field that is not an object alone (an error message)',
      given: object(field('message', text)),
      want: object(field('message', text)),
    },
  ];
  for (const { says, given, want } of cases)
    it(says, () => expect(withTypedMessages(given, null)).toEqual(want));

  it('types the shared `message` object itself, and only it', () => {
    expect(sharedWithMessages('message', observedMessage)).toEqual(typedMessage);
    expect(sharedWithMessages('file', observedMessage)).toEqual(observedMessage);
  });
});

const method = (patch: Partial<Method>): Method => ({ ...emptyMethod('chat.update'), ...patch });

describe('resolving a model with Block Kit', () => {
  const given = method({
    args: [arg('blocks', { description: BLOCKS, jsonEncoded: true }), arg('channel', { required: true })],
    responseSchema: object(field('message', { kind: 'ref', name: 'message' })),
    responses: [
      {
        kind: 'success',
        description: null,
        example: {
          ok: true,
          message: { text: 'hi', blocks: [{ type: 'divider' }], attachments: [{ text: 'a' }] },
        },
        source: 'recorded',
        observed: true,
      },
    ],
  });
  const resolved = resolveModel({ methods: [given], diagnostics: [] });

  it('gives the arguments the catalog recognises their @slack/types type, and leaves the others', () => {
    const [blocks, channel] = resolved.methods[0]!.args;
    expect(blocks!.schema).toEqual(or(text, listOf('KnownBlock')));
    expect(channel!.schema).toBeUndefined();
  });

  it("types the recorded message's blocks and attachments, the shared `message` object", () => {
    const message = resolved.shared.find((s) => s.name === 'message')!.observed as ObjectNode;
    expect(message.properties.map((p) => [p.name, p.type])).toEqual([
      ['text', text],
      ['blocks', listOf('KnownBlock')],
      ['attachments', listOf('MessageAttachment')],
    ]);
  });

  it('gives the same model when resolved again', () => {
    const again = resolveModel(JSON.parse(JSON.stringify(resolved)) as typeof resolved);
    expect(again.methods[0]!.args).toEqual(resolved.methods[0]!.args);
    expect(again.shared).toEqual(resolved.shared);
  });
});

describe('the catalog of @slack/types', () => {
  it(`names only types that ${ECOSYSTEM_PACKAGE} ${ECOSYSTEM_VERSION} exports`, () => {
    const require = createRequire(import.meta.url);
    const pkg = require(`${ECOSYSTEM_PACKAGE}/package.json`) as { version: string };
    expect(pkg.version).toBe(ECOSYSTEM_VERSION);
    const project = new Project({
      skipAddingFilesFromTsConfig: true,
      compilerOptions: { skipLibCheck: true },
    });
    const index = project.addSourceFileAtPath(require.resolve(`${ECOSYSTEM_PACKAGE}/dist/index.d.ts`));
    project.resolveSourceFileDependencies();
    const exported = new Set(index.getExportedDeclarations().keys());
    expect(ECOSYSTEM_TYPE_NAMES.filter((name) => !exported.has(name))).toEqual([]);
  });

  it('gives every rule a way to recognise an argument: what its description says, or the object it names', () => {
    expect(ECOSYSTEM_ARG_RULES.filter((r) => (r.says ?? []).length === 0 && r.ref === undefined)).toEqual([]);
  });
});
