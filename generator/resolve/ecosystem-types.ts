/**
 * Block Kit and its kin typed with the Slack SDK's own `@slack/types`, as the catalog
 * (generator/catalog/ecosystem-types.ts) says: an argument the catalog recognises (`blocks`,
 * `attachments`, `view`, `metadata`) takes that type, with `string` beside it where the docs
 * accept the JSON text; and the `blocks`, `attachments` and `metadata` of every message in a
 * response or a shared object take the same types, so a message read can be sent back
 * (`chat.update({ blocks: message.blocks })`). The emitter renders these as imports of
 * `@slack/types`; it never declares a Block Kit type itself.
 */
import {
  ECOSYSTEM_ARG_RULES,
  JSON_TEXT,
  MESSAGE_FIELDS,
  MESSAGE_KEYS,
  MESSAGE_OBJECT,
  type EcosystemArgRule,
  type EcosystemForm,
} from '../catalog/ecosystem-types.ts';
import type { Arg, ObjectNode, TypeNode } from '../model/types.ts';

/** A form of the catalog as a type node: `View`, `KnownBlock[]`, `{ entities: EntityMetadata[] }`. */
export function formType(form: EcosystemForm): TypeNode {
  if ('key' in form) {
    const items: TypeNode = { kind: 'ecosystem', name: form.listOf };
    return {
      kind: 'object',
      properties: [
        { name: form.key, type: { kind: 'array', items }, required: true, description: form.description },
      ],
      additional: false,
    };
  }
  if ('listOf' in form) return { kind: 'array', items: { kind: 'ecosystem', name: form.listOf } };
  return { kind: 'ecosystem', name: form.type };
}

function matches(rule: EcosystemArgRule, arg: Arg): boolean {
  if (!rule.args.includes(arg.name)) return false;
  if (rule.ref !== undefined && arg.ref === rule.ref) return true;
  const description = arg.description ?? '';
  return rule.says !== undefined && rule.says.every((pattern) => pattern.test(description));
}

/** The first rule of the catalog that recognises an argument, or `null`. */
export function ecosystemRule(arg: Arg): EcosystemArgRule | null {
  return ECOSYSTEM_ARG_RULES.find((rule) => matches(rule, arg)) ?? null;
}

/** The docs accept the value as JSON text: they type it a string, or say it is URL- or JSON-encoded. */
function acceptsText(arg: Arg): boolean {
  return arg.type === 'string' || arg.jsonEncoded === true || JSON_TEXT.test(arg.description ?? '');
}

/** An argument's type where the catalog recognises it (`string | KnownBlock[]`), else `null`. */
export function ecosystemArgType(arg: Arg): TypeNode | null {
  const rule = ecosystemRule(arg);
  if (!rule) return null;
  const options = rule.forms.map(formType);
  if (acceptsText(arg)) options.unshift({ kind: 'string' });
  return options.length === 1 ? options[0]! : { kind: 'union', options };
}

/** The arguments, those the catalog recognises with their `@slack/types` type as their schema. */
export function resolveArgTypes(args: readonly Arg[]): Arg[] {
  return args.map((arg) => {
    const schema = ecosystemArgType(arg);
    return schema ? { ...arg, schema } : arg;
  });
}

/** A field typed as the catalog's form, still admitting the `null` its documented type admits. */
function retyped(type: TypeNode, form: EcosystemForm): TypeNode {
  const nullable =
    type.kind === 'null' || (type.kind === 'union' && type.options.some((o) => o.kind === 'null'));
  return nullable ? { kind: 'union', options: [formType(form), { kind: 'null' }] } : formType(form);
}

/** A message: its `blocks`, `attachments` and `metadata` (where it has them) typed with `@slack/types`. */
export function asMessage(node: ObjectNode): ObjectNode {
  return {
    ...node,
    properties: node.properties.map((p) => {
      const form = MESSAGE_FIELDS[p.name];
      return form ? { ...p, type: retyped(p.type, form) } : p;
    }),
  };
}

/** An object with the messages in it typed (at any depth). */
function objectWithMessages(node: ObjectNode): ObjectNode {
  return {
    ...node,
    properties: node.properties.map((p) => ({ ...p, type: withTypedMessages(p.type, p.name) })),
  };
}

/**
 * A type with the messages in it typed: an object under a message key (`message`, `messages[]`,
 * `latest`, `root`) is a message. `key` is the field the type is the value of.
 */
export function withTypedMessages(node: TypeNode, key: string | null): TypeNode {
  switch (node.kind) {
    case 'object': {
      const typed = objectWithMessages(node);
      return key !== null && MESSAGE_KEYS.has(key) ? asMessage(typed) : typed;
    }
    case 'array':
      return { ...node, items: withTypedMessages(node.items, key) };
    case 'union':
      return { ...node, options: node.options.map((o) => withTypedMessages(o, key)) };
    case 'map':
      return { ...node, values: withTypedMessages(node.values, null) };
    default:
      return node;
  }
}

/** A success response with the messages in it typed. */
export function responseWithMessages(response: ObjectNode): ObjectNode {
  return objectWithMessages(response);
}

/** A shared object's type with the messages in it typed; the `message` object is one itself. */
export function sharedWithMessages(name: string, type: TypeNode): TypeNode {
  const typed = withTypedMessages(type, null);
  return name === MESSAGE_OBJECT && typed.kind === 'object' ? asMessage(typed) : typed;
}
