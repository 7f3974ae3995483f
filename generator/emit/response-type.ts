/**
 * The response interface of a method: from the output schema where the docs give one, completed
 * by what the success examples show; from the examples alone otherwise (a key missing from some
 * examples is optional, `null` gives `| null`, arrays of objects merge their elements).
 */
import type { InterfaceDeclarationStructure } from 'ts-morph';
import { allOptional, completeType, OBSERVED_IN_RECORDINGS } from '../infer/merge-types.ts';
import { mergeSamples } from '../infer/shape.ts';
import { typeOfShape } from '../infer/shape-to-type.ts';
import type { Method, TypeNode } from '../model/types.ts';
import { docComment } from './jsdoc.ts';
import { typePrefix } from '../resolve/names.ts';
import { interfaceOf, type TypeContext } from './type-node.ts';

export function responseTypeName(method: Method): string {
  return `${typePrefix(method.name)}Response`;
}

type ObjectNode = Extract<TypeNode, { kind: 'object' }>;

/**
 * The type of a success response: the output schema, completed by the docs' examples, then by
 * recorded responses (which only ever add optional, marked fields).
 */
export function responseType(method: Method): ObjectNode {
  const success = method.responses.filter((r) => r.kind === 'success');
  const examples = success.filter((r) => !r.observed).map((r) => r.example);
  const recorded = success.filter((r) => r.observed).map((r) => r.example);
  const fromExamples = examples.length > 0 ? typeOfShape(mergeSamples(examples)) : null;
  let type: TypeNode | null = method.responseSchema
    ? (fromExamples ? completeType(method.responseSchema, fromExamples) : method.responseSchema)
    : fromExamples;
  if (recorded.length > 0) {
    const observed = typeOfShape(mergeSamples(recorded));
    type = type ? completeType(type, observed, OBSERVED_IN_RECORDINGS) : allOptional(observed, OBSERVED_IN_RECORDINGS);
  }
  const object = type?.kind === 'object' ? type : type?.kind === 'union' ? type.options.find((o): o is ObjectNode => o.kind === 'object') : undefined;
  return object ?? { kind: 'object', properties: [], additional: true };
}

/** The response interface and the named interfaces nested in it, outermost first. */
export function responseInterfaces(method: Method, ctx: TypeContext): InterfaceDeclarationStructure[] {
  const name = responseTypeName(method);
  ctx.taken.add(name);
  const samples = method.responses.filter((r) => r.kind === 'success' && !r.observed).length;
  const start = ctx.interfaces.length;
  const root = interfaceOf(name, responseType(method), '', ctx, true);
  const origin = method.responseSchema
    ? 'from the output schema in its reference' + (samples > 0 ? ', completed by its examples' : '')
    : samples > 0
      ? `inferred from the ${samples} example${samples === 1 ? '' : 's'} in its reference`
      : 'its reference shows neither schema nor example, so only `ok` is known';
  root.docs = [docComment(`Success response of \`${method.name}\`: ${origin}.`)];
  const nested = ctx.interfaces.splice(start);
  return [root, ...nested];
}
