/**
 * Which arguments and response fields are Block Kit and its kin, typed with the Slack SDK's own
 * `@slack/types` (blocks, attachments, views, message metadata) rather than with types the
 * generator would write itself. The resolve stage (generator/resolve/ecosystem-types.ts) reads
 * these tables; the generated package imports the types it names with `import type` only, so
 * nothing of `@slack/types` is in its bundle.
 *
 * An argument is recognised by its name and what the docs say of it (its description, the
 * shared object the record names), never by its method alone.
 */

/** The package the types come from, and the version the generated package depends on (`^`). */
export const ECOSYSTEM_PACKAGE = '@slack/types';
export const ECOSYSTEM_VERSION = '3.2.0';

/** The types of `@slack/types` the catalog uses, by the names it exports (checked by test/resolve/ecosystem-types.test.ts). */
export const ECOSYSTEM_TYPE_NAMES = [
  'EntityMetadata',
  'HomeView',
  'KnownBlock',
  'MessageAttachment',
  'MessageMetadata',
  'ModalView',
  'View',
] as const;

export type EcosystemTypeName = (typeof ECOSYSTEM_TYPE_NAMES)[number];

/**
 * One form a structured value takes: the type itself (`View`), a list of it (`KnownBlock[]`),
 * or an object holding a list of it under a key (`{ entities: EntityMetadata[] }`).
 */
export type EcosystemForm =
  | { type: EcosystemTypeName }
  | { listOf: EcosystemTypeName }
  | { key: string; listOf: EcosystemTypeName; description: string };

export interface EcosystemArgRule {
  /** What the argument is, in a few words. */
  about: string;
  /** The names of the arguments it applies to. */
  args: readonly string[];
  /** What the argument's description must say: every pattern matches. */
  says?: readonly RegExp[];
  /** Or the shared object the docs name for the argument (its `ref`). */
  ref?: string;
  /** The structured value: one of these forms (a union of them where several). */
  forms: readonly EcosystemForm[];
}

const EVENT_METADATA = /\bevent_type and event_payload\b/;
const ENTITY_METADATA = /\bwork object entity metadata\b/i;
const ENTITIES: EcosystemForm = {
  key: 'entities',
  listOf: 'EntityMetadata',
  description: 'Work Object entities, each with `entity_type`, `entity_payload`, `external_ref` and `url`.',
};

/** The arguments typed with `@slack/types`: the first rule an argument matches gives its type. */
export const ECOSYSTEM_ARG_RULES: readonly EcosystemArgRule[] = [
  {
    about: 'Block Kit blocks',
    args: ['blocks', 'user_auth_blocks'],
    says: [/\bblocks\b/i],
    forms: [{ listOf: 'KnownBlock' }],
  },
  {
    about: 'message attachments',
    args: ['attachments', 'unfurled_attachments'],
    says: [/\battachments\b/i],
    forms: [{ listOf: 'MessageAttachment' }],
  },
  { about: 'a modal', args: ['view'], ref: 'modal', forms: [{ type: 'ModalView' }] },
  // Only App Home tabs are published (views.publish names the `publishable-view` object).
  { about: 'a Home tab', args: ['view'], ref: 'publishable-view', forms: [{ type: 'HomeView' }] },
  { about: 'a view', args: ['view'], ref: 'view', forms: [{ type: 'View' }] },
  { about: 'a view', args: ['view'], says: [/\bview (payload|object)\b/i], forms: [{ type: 'View' }] },
  {
    about: 'message metadata or Work Object entities',
    args: ['metadata'],
    says: [EVENT_METADATA, ENTITY_METADATA],
    forms: [{ type: 'MessageMetadata' }, ENTITIES],
  },
  {
    about: 'message metadata',
    args: ['metadata'],
    says: [EVENT_METADATA],
    forms: [{ type: 'MessageMetadata' }],
  },
  {
    about: 'Work Object entities',
    args: ['metadata'],
    says: [/\bentities\b/, ENTITY_METADATA],
    forms: [ENTITIES],
  },
];

/** Where the docs accept the value as JSON text too ("presented as a URL-encoded string", "a JSON-encoded string"). */
export const JSON_TEXT = /\b(URL|JSON)[- ]encoded\b/i;

/** The shared object that is a message. */
export const MESSAGE_OBJECT = 'message';

/** The response fields that hold a message (or a list of them) wherever they sit: `message`, `messages[]`, a conversation's `latest`, a reply's `root`. */
export const MESSAGE_KEYS: ReadonlySet<string> = new Set(['message', 'messages', 'latest', 'root']);

/** The fields of a message typed with `@slack/types`, as `chat.update` takes them back. */
export const MESSAGE_FIELDS: Readonly<Record<string, EcosystemForm>> = {
  blocks: { listOf: 'KnownBlock' },
  attachments: { listOf: 'MessageAttachment' },
  metadata: { type: 'MessageMetadata' },
};
