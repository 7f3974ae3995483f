/**
 * The arguments interface of a method: required arguments required, types as the model says,
 * enums as unions of their values. The token is not an argument: the client sends it.
 */
import { StructureKind, type InterfaceDeclarationStructure, type PropertySignatureStructure } from 'ts-morph';
import type { Arg, Method, TypeNode } from '../model/types.ts';
import { literalType, renderType, type TypeContext } from './type-node.ts';
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
  const base = baseArgType(arg, owner, ctx);
  if (!arg.jsonEncoded) return base;
  const structured =
    /\barray\b/i.test(arg.description ?? '') || arg.type === 'array'
      ? 'unknown[]'
      : 'Record<string, unknown>';
  return base.split(' | ').includes(structured) ? base : `${base} | ${structured}`;
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

export function argsInterface(method: Method, ctx: TypeContext): InterfaceDeclarationStructure {
  const owner = argsTypeName(method);
  ctx.taken.add(owner);
  const properties: PropertySignatureStructure[] = callerArgs(method).map((arg) => {
    const docs = argDocs(arg);
    return {
      kind: StructureKind.PropertySignature,
      name: propertyName(arg.name),
      type: argTypeText(arg, owner, ctx),
      hasQuestionToken: !arg.required,
      ...(docs ? { docs: [docs] } : {}),
    };
  });
  return {
    kind: StructureKind.Interface,
    name: argsTypeName(method),
    isExported: true,
    docs: [docComment(`Arguments of \`${method.name}\`.`)],
    properties,
  };
}

/** `true` when a caller may call the method without arguments. */
export function argsOptional(method: Method): boolean {
  return callerArgs(method).every((a) => !a.required);
}
