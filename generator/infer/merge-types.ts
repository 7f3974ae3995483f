/**
 * A documented type (the output schema) completed by an observed one (inferred from examples):
 * what the documentation says wins, required fields stay required; fields only the examples
 * show join as optional and say so.
 */
import type { PropertyNode, TypeNode } from '../model/types.ts';

export const OBSERVED_ONLY = 'Seen in an example response; not in the documented schema.';

export function completeType(documented: TypeNode, observed: TypeNode): TypeNode {
  const docObject = objectOf(documented);
  const obsObject = objectOf(observed);
  if (!docObject || !obsObject) return documented;
  const properties: PropertyNode[] = docObject.properties.map((p) => {
    const seen = obsObject.properties.find((o) => o.name === p.name);
    return seen ? { ...p, type: completeType(p.type, seen.type) } : p;
  });
  for (const o of obsObject.properties) {
    if (docObject.properties.some((p) => p.name === o.name)) continue;
    properties.push({ name: o.name, type: o.type, required: false, description: OBSERVED_ONLY });
  }
  const completed: TypeNode = { ...docObject, properties };
  if (documented.kind === 'union') return { ...documented, options: documented.options.map((x) => (x === docObject ? completed : x)) };
  return completed;
}

/** The object a type is, or the one object member of a union (`object | null`). */
function objectOf(node: TypeNode): Extract<TypeNode, { kind: 'object' }> | null {
  if (node.kind === 'object') return node;
  if (node.kind === 'union') {
    const objects = node.options.filter((o): o is Extract<TypeNode, { kind: 'object' }> => o.kind === 'object');
    return objects.length === 1 ? objects[0]! : null;
  }
  return null;
}
