/**
 * The resolve stage: model in, resolved model out, once, before anything is emitted or measured.
 * It works out what the facts only imply (the response types, paging, the shared objects, the
 * arguments and message fields typed with `@slack/types`) and refuses names that would collide
 * in code, so that emitters only render (generator/emit/) and the fidelity measure and the
 * change report read the same types the package declares.
 */
import type { Method, MethodResolution, Model, ResolvedMethod, ResolvedModel } from '../model/types.ts';
import { callChecks } from './call-checks.ts';
import { commonErrors } from './common-errors.ts';
import { resolveCommaLists } from './comma-lists.ts';
import { resolveDocLinks } from './doc-links.ts';
import { resolveArgTypes, responseWithMessages } from './ecosystem-types.ts';
import { refuseCollidingNames } from './method-names.ts';
import { writeMark } from './method-effect.ts';
import { isPaginated, itemsKey, itemType } from './pagination.ts';
import { responseFrom, responseType } from './response-type.ts';
import { resolveSharedObjects } from './shared-objects.ts';

export function resolveMethod(page: Method): ResolvedMethod {
  const method = resolveCommaLists(resolveDocLinks(page));
  const response = responseWithMessages(responseType(method));
  const key = itemsKey(method, response);
  const args = resolveArgTypes(method.args);
  const resolved: MethodResolution = {
    response,
    responseFrom: responseFrom(method),
    paginated: isPaginated(method),
    itemsKey: key,
    itemType: itemType(response, key),
    ...writeMark(method),
    ...callChecks({ ...method, args }),
  };
  return { ...method, args, resolved };
}

/** Methods resolved before in this process: a running generator merges unchanged methods into the same objects. */
const resolvedBefore = new WeakMap<Method, ResolvedMethod>();

function resolveOnce(method: Method): ResolvedMethod {
  let resolved = resolvedBefore.get(method);
  if (!resolved) resolvedBefore.set(method, (resolved = resolveMethod(method)));
  return resolved;
}

/** Resolving again gives the same model: a model read back from model.json can be resolved anew. */
export function resolveModel(model: Model): ResolvedModel {
  // buildModel (generator/pipeline.ts) refuses colliding names too; a model made any other way
  // (tests, a model read back) must pass the same check, and a second pass finds nothing.
  const named = refuseCollidingNames(model);
  const methods = named.methods.map(resolveOnce);
  return {
    methods,
    diagnostics: named.diagnostics,
    shared: resolveSharedObjects(methods),
    commonErrors: commonErrors(),
  };
}
