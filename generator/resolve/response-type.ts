/**
 * The type of a method's success response: from the output schema where the docs give one,
 * completed by what the success examples show; from the examples alone otherwise (a key missing
 * from some examples is optional, `null` gives `| null`, arrays of objects merge their
 * elements); then completed by recorded responses, which only ever add optional, marked fields.
 */
import { allOptional, completeType, OBSERVED_IN_RECORDINGS } from '../infer/merge-types.ts';
import { typeOfShape } from '../infer/shape-to-type.ts';
import type { Method, MethodResolution, ObjectNode, ResponseExample, TypeNode } from '../model/types.ts';
import { responsesShape } from './response-shape.ts';

/** The success examples of the docs (`observed: false`) or the recorded responses (`observed: true`). */
function examplesOf(method: Method, observed: boolean): ResponseExample[] {
  return method.responses.filter((r) => r.kind === 'success' && Boolean(r.observed) === observed);
}

/** Always an object: of a union, its object member; where nothing is known, an open object. */
export function responseType(method: Method): ObjectNode {
  const examples = examplesOf(method, false);
  const recorded = examplesOf(method, true);
  const fromExamples = examples.length > 0 ? typeOfShape(responsesShape(examples)) : null;
  let type: TypeNode | null = method.responseSchema
    ? fromExamples
      ? completeType(method.responseSchema, fromExamples)
      : method.responseSchema
    : fromExamples;
  if (recorded.length > 0) {
    const observed = typeOfShape(responsesShape(recorded));
    type = type ? completeType(type, observed, OBSERVED_IN_RECORDINGS) : allOptional(observed);
  }
  const object =
    type?.kind === 'object'
      ? type
      : type?.kind === 'union'
        ? type.options.find((o): o is ObjectNode => o.kind === 'object')
        : undefined;
  return object ?? { kind: 'object', properties: [], additional: true };
}

/** What the response type was made from, for its documentation. */
export function responseFrom(method: Method): MethodResolution['responseFrom'] {
  return { schema: Boolean(method.responseSchema), examples: examplesOf(method, false).length };
}
