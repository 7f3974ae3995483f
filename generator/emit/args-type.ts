/**
 * The arguments of a method: required arguments required, types as the model says, enums as
 * unions of their values, and the groups the docs state (one of `view_id` or `external_id`) as
 * unions. The token is not an argument: the client sends it.
 */
import {
  StructureKind,
  type InterfaceDeclarationStructure,
  type PropertySignatureStructure,
  type StatementStructures,
  type TypeAliasDeclarationStructure,
} from 'ts-morph';
import type { Arg, ArgGroup, Method, TypeNode } from '../model/types.ts';
import { literalType, namesEcosystemType, renderType, type TypeContext } from './type-node.ts';
import { docComment, exampleText } from './jsdoc.ts';
import { nestedTypeName, propertyName, typePrefix } from '../resolve/names.ts';

/** Arguments the client supplies itself. */
export const CLIENT_ARGUMENTS = new Set(['token']);

export function callerArgs(method: Method): Arg[] {
  return method.args.filter((a) => !CLIENT_ARGUMENTS.has(a.name));
}

export function argsTypeName(method: Method): string {
  return `${typePrefix(method.name)}Arguments`;
}

/** A caller's type for an argument: the structured value too where the docs say JSON-encoded. */
export function argTypeText(arg: Arg, owner: string, ctx: TypeContext): string {
  const base = arg.commaList ? commaListType(arg, owner, ctx) : baseArgType(arg, owner, ctx);
  // Where the resolve stage typed the structured value (`KnownBlock[]`), it is already there.
  if (!arg.jsonEncoded || namesEcosystemType(arg.schema)) return base;
  const structured =
    /\barray\b/i.test(arg.description ?? '') || arg.type === 'array'
      ? 'unknown[]'
      : 'Record<string, unknown>';
  return base.split(' | ').includes(structured) ? base : `${base} | ${structured}`;
}

/** A comma-separated list: the string the docs show, or an array of its items (sent comma-joined). */
function commaListType(arg: Arg, owner: string, ctx: TypeContext): string {
  const list = arg.type === 'array' ? baseArgType(arg, owner, ctx) : 'string[]';
  return list.split(' | ').includes('string') ? list : `string | ${list === 'unknown[]' ? 'string[]' : list}`;
}

function baseArgType(arg: Arg, owner: string, ctx: TypeContext): string {
  if (arg.enum && arg.enum.length > 0) return arg.enum.map(literalType).join(' | ');
  if (arg.schema) {
    // A form field cannot be null: an optional argument is left out instead.
    const schema: TypeNode =
      arg.schema.kind === 'union'
        ? { ...arg.schema, options: arg.schema.options.filter((o) => o.kind !== 'null') }
        : arg.schema;
    const text = renderType(schema, nestedTypeName(owner, arg.name), arg.name, ctx);
    if (text !== 'null' && text !== '') return text;
  }
  switch (arg.type) {
    case 'string':
      return 'string';
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'array':
      return 'unknown[]';
    case 'object':
      return 'Record<string, unknown>';
    case null:
      // The page gives no type: any value that encodes as a form field.
      return 'string | number | boolean';
  }
}

function argDocs(arg: Arg): string {
  return docComment(arg.description, [
    ['example', arg.example === null ? null : exampleText(arg.example)],
    ['defaultValue', arg.default === null ? null : exampleText(arg.default)],
  ]);
}

/** The arguments interface: every argument a caller passes, required ones required. */
function argsInterfaceOf(
  method: Method,
  name: string,
  types: ReadonlyMap<string, string>,
  docs: string,
): InterfaceDeclarationStructure {
  const properties: PropertySignatureStructure[] = callerArgs(method).map((arg) => {
    const argDoc = argDocs(arg);
    return {
      kind: StructureKind.PropertySignature,
      name: propertyName(arg.name),
      // `| undefined` too: under exactOptionalPropertyTypes a caller may still pass a value that may be undefined.
      type: arg.required ? types.get(arg.name)! : `${types.get(arg.name)!} | undefined`,
      hasQuestionToken: !arg.required,
      ...(argDoc ? { docs: [argDoc] } : {}),
    };
  });
  return { kind: StructureKind.Interface, name, isExported: true, docs: [docs], properties };
}

/**
 * The groups the types and the runtime enforce: at least two members, each an argument the
 * caller passes and none required (a required member leaves nothing to choose).
 */
export function enforcedGroups(method: Method): ArgGroup[] {
  const args = new Map(callerArgs(method).map((a) => [a.name, a]));
  return method.argGroups.filter(
    (g) => new Set(g.args).size >= 2 && g.args.every((n) => args.has(n) && !args.get(n)!.required),
  );
}

/** `a`, or `a` = `true` for a member that counts only with that value. */
function memberText(group: ArgGroup, name: string): string {
  const value = group.when?.[name];
  return value === undefined ? `\`${name}\`` : `\`${name}: ${literalType(value)}\``;
}

/** The rule a group states, as a sentence for the docs. */
export function groupSentence(group: ArgGroup): string {
  const members = group.args.map((n) => memberText(group, n)).join(', ');
  return `${group.kind === 'one-of' ? 'Exactly' : 'At least'} one of ${members} is required.`;
}

/**
 * A group as a union of object types, one a member: `{ view_id: string } | { external_id: string }`;
 * for exactly one, each also rules the others out (`external_id?: never`).
 */
function groupUnion(group: ArgGroup, types: ReadonlyMap<string, string>): string {
  const options = group.args.map((name) => {
    const value = group.when?.[name];
    const own = `${propertyName(name)}: ${value === undefined ? types.get(name)! : literalType(value)}`;
    if (group.kind !== 'one-of') return `{ ${own} }`;
    const others = group.args.filter((n) => n !== name).map((n) => `${propertyName(n)}?: never`);
    return `{ ${[own, ...others].join('; ')} }`;
  });
  return `(${options.join(' | ')})`;
}

/**
 * The declarations of a method's arguments. Without groups, the interface `…Arguments`. With
 * groups, the interface `…ArgumentsBase` and the type `…Arguments`: the base and, for each group,
 * a union that requires its members as the docs say.
 */
export function argsDeclarations(method: Method, ctx: TypeContext): StatementStructures[] {
  const owner = argsTypeName(method);
  const groups = enforcedGroups(method);
  const base = `${owner}Base`;
  ctx.taken.add(owner);
  if (groups.length > 0) ctx.taken.add(base);
  const types = new Map(callerArgs(method).map((arg) => [arg.name, argTypeText(arg, owner, ctx)]));
  const docs = docComment(`Arguments of \`${method.name}\`.`);
  if (groups.length === 0) return [argsInterfaceOf(method, owner, types, docs)];
  const baseDocs = docComment(
    `Arguments of \`${method.name}\`, each on its own: {@link ${owner}} adds which of them must be given.`,
  );
  const see = groups.map((g) => g.docUrl).find((u) => u !== undefined);
  const alias: TypeAliasDeclarationStructure = {
    kind: StructureKind.TypeAlias,
    name: owner,
    isExported: true,
    docs: [
      docComment(`Arguments of \`${method.name}\`. ${groups.map(groupSentence).join(' ')}`, [['see', see]]),
    ],
    type: [base, ...groups.map((g) => groupUnion(g, types))].join(' & '),
  };
  return [argsInterfaceOf(method, base, types, baseDocs), alias];
}

/** `true` when a caller may call the method without arguments. */
export function argsOptional(method: Method): boolean {
  return callerArgs(method).every((a) => !a.required) && enforcedGroups(method).length === 0;
}
