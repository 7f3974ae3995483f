/**
 * The response interface of a method, as the resolve stage resolved its type
 * (generator/resolve/response-type.ts): the root says `ok: true`, nested objects are named
 * interfaces.
 */
import type { InterfaceDeclarationStructure } from 'ts-morph';
import type { Method, MethodResolution, ResolvedMethod } from '../model/types.ts';
import { docComment } from './jsdoc.ts';
import { typePrefix } from '../resolve/names.ts';
import { interfaceOf, type TypeContext } from './type-node.ts';

export function responseTypeName(method: Method): string {
  return `${typePrefix(method.name)}Response`;
}

/** Where the response type came from, in words, for its documentation. */
function originText({ schema, examples }: MethodResolution['responseFrom']): string {
  if (schema)
    return 'from the output schema in its reference' + (examples > 0 ? ', completed by its examples' : '');
  if (examples > 0)
    return `inferred from the ${examples} example${examples === 1 ? '' : 's'} in its reference`;
  return 'its reference shows neither schema nor example, so only `ok` is known';
}

/** The response interface and the named interfaces nested in it, outermost first. */
export function responseInterfaces(
  method: ResolvedMethod,
  ctx: TypeContext,
): InterfaceDeclarationStructure[] {
  const name = responseTypeName(method);
  ctx.taken.add(name);
  const start = ctx.interfaces.length;
  const root = interfaceOf(name, method.resolved.response, '', ctx, true);
  root.docs = [
    docComment(`Success response of \`${method.name}\`: ${originText(method.resolved.responseFrom)}.`),
  ];
  const nested = ctx.interfaces.splice(start);
  return [root, ...nested];
}
