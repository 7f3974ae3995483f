/**
 * A documented type (the output schema) completed by an observed one (inferred from examples):
 * what the documentation says wins, required fields stay required; fields only the examples
 * show join as optional and say so.
 */
import type { PropertyNode, TypeNode } from '../model/types.ts';

export const OBSERVED_ONLY = 'Seen in an example response; not in the documented schema.';
export const OBSERVED_IN_RECORDINGS = 'Observed in recorded responses but not documented.';

const STRUCTURES: ReadonlySet<TypeNode['kind']> = new Set(['object', 'array', 'map']);

/** `note` says where the added fields were seen. */
export function completeType(documented: TypeNode, observed: TypeNode, note = OBSERVED_ONLY): TypeNode {
  // A value the docs' schema leaves `unknown` takes the structure the examples or recordings
  // show, every field optional: one sample can show what a field holds, not that it is always there.
  if (documented.kind === 'unknown' && STRUCTURES.has(observed.kind)) return allOptional(observed);
  if (documented.kind === 'array' && observed.kind === 'array')
    return { ...documented, items: completeType(documented.items, observed.items, note) };
  if (documented.kind === 'union' && observed.kind === 'array') {
    return {
      ...documented,
      options: documented.options.map((o) => (o.kind === 'array' ? completeType(o, observed, note) : o)),
    };
  }
  const docObject = objectOf(documented);
  // An object the docs leave open, seen as a map keyed by IDs, is that map.
  if (observed.kind === 'map' && docObject && docObject.properties.length === 0)
    return note === OBSERVED_ONLY ? observed : allOptional(observed);
  if (documented.kind === 'map' && observed.kind === 'map')
    return { ...documented, values: completeType(documented.values, observed.values, note) };
  const obsObject = objectOf(observed);
  if (!docObject || !obsObject) return documented;
  const properties: PropertyNode[] = docObject.properties.map((p) => {
    const seen = obsObject.properties.find((o) => o.name === p.name);
    if (!seen) return p;
    if (note !== OBSERVED_ONLY && contradicts(p.type, seen.type)) return widened(p, seen.type);
    return { ...p, type: completeType(p.type, seen.type, note) };
  });
  for (const o of obsObject.properties) {
    if (docObject.properties.some((p) => p.name === o.name)) continue;
    properties.push({
      name: o.name,
      type: note === OBSERVED_ONLY ? o.type : allOptional(o.type),
      required: false,
      description: note,
    });
  }
  const completed: TypeNode = { ...docObject, properties };
  if (documented.kind === 'union')
    return { ...documented, options: documented.options.map((x) => (x === docObject ? completed : x)) };
  return completed;
}

/** The JSON kinds a type admits; `null` when it cannot tell (unknown, a shared object, Block Kit). */
function jsonKinds(node: TypeNode): Set<string> | null {
  switch (node.kind) {
    case 'union': {
      const kinds = node.options.map(jsonKinds);
      return kinds.some((k) => k === null) ? null : new Set(kinds.flatMap((k) => [...k!]));
    }
    case 'integer':
      return new Set(['number']);
    case 'map':
      return new Set(['object']);
    case 'string':
    case 'number':
    case 'boolean':
    case 'null':
    case 'object':
    case 'array':
      return new Set([node.kind]);
    default:
      return null;
  }
}

/** Recorded responses show a JSON kind the documented type does not admit (`thumb_360_w`: a number sent as a string). */
function contradicts(documented: TypeNode, observed: TypeNode): boolean {
  const admitted = jsonKinds(documented);
  const seen = jsonKinds(observed);
  return admitted !== null && seen !== null && [...seen].some((k) => !admitted.has(k));
}

/**
 * A documented field the live API answers with another kind: the type admits both, since a type
 * that rejects what Slack sends misleads the reader, and says so.
 */
function widened(p: PropertyNode, observed: TypeNode): PropertyNode {
  const options = p.type.kind === 'union' ? p.type.options : [p.type];
  const seen = jsonKinds(observed)!;
  const note = `Documented as ${[...jsonKinds(p.type)!].join(' or ')}; recorded responses show ${[...seen].join(' or ')}.`;
  return {
    ...p,
    type: { kind: 'union', options: [...options, allOptional(observed)] },
    description: p.description ? `${p.description}\n\n${note}` : note,
  };
}

/** A type whose object fields are all optional: what recordings alone can say (never "required"). */
export function allOptional(node: TypeNode): TypeNode {
  switch (node.kind) {
    case 'object':
      return {
        ...node,
        properties: node.properties.map((p) => ({ ...p, required: false, type: allOptional(p.type) })),
      };
    case 'array':
      return { ...node, items: allOptional(node.items) };
    case 'map':
      return { ...node, values: allOptional(node.values) };
    case 'union':
      return { ...node, options: node.options.map((o) => allOptional(o)) };
    default:
      return node;
  }
}

/** The object a type is, or the one object member of a union (`object | null`). */
function objectOf(node: TypeNode): Extract<TypeNode, { kind: 'object' }> | null {
  if (node.kind === 'object') return node;
  if (node.kind === 'union') {
    const objects = node.options.filter(
      (o): o is Extract<TypeNode, { kind: 'object' }> => o.kind === 'object',
    );
    return objects.length === 1 ? objects[0]! : null;
  }
  return null;
}
