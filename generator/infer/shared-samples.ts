/**
 * Samples of the shared objects (`message`, `conversation`) taken from the shape of a response:
 * where the documented type names a shared object, the objects seen there are its samples.
 */
import type { TypeNode } from '../model/types.ts';
import { emptyShape, mergeShape, type Shape } from '../model/shape.ts';

/**
 * Walks the documented type and the shape side by side, each route of the type over everything
 * seen there at once. The same samples as taking the values one by one, in the same order,
 * unless an array element reaches one shared object by two routes: its fields then come in the
 * order of the routes.
 */
export function collectSharedSamples(
  documented: TypeNode,
  seen: Shape | null,
  into: Map<string, Shape>,
): void {
  if (seen === null) return;
  switch (documented.kind) {
    case 'ref': {
      // Only the objects seen there are samples: a string, an array or null is none.
      if (!seen.object) return;
      let shape = into.get(documented.name);
      if (!shape) into.set(documented.name, (shape = emptyShape()));
      mergeShape(shape, { primitives: 0, object: seen.object, array: null });
      return;
    }
    case 'array':
      return collectSharedSamples(documented.items, seen.array?.element ?? null, into);
    case 'union':
      for (const option of documented.options) collectSharedSamples(option, seen, into);
      return;
    case 'object':
      for (const p of documented.properties)
        collectSharedSamples(p.type, seen.object?.fields.get(p.name)?.shape ?? null, into);
      return;
    default:
  }
}
